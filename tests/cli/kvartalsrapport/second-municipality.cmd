# Another municipality's report from its settings file alone, with the
# same script: Verdal's title, Verdal first and marked in the KOSTRA
# tables, its IPLOS tables from an EPJ export as the EPJ writes it (its
# own column and service names, 11 invalid rows skipped and said), small
# counts suppressed (prikking = 3), no table of Levanger's own series.
"$FIXTURES/../docs/examples/kvartalsrapport.sh" -s "$FIXTURES/rapport-verdal.conf" "$FIXTURES" "$TMP/out" 2>&1 >/dev/null | grep -v '^kostra-compare:' | sed -e "s|$FIXTURES/||" -e "s|$TMP/||g"; cat "$TMP/out/rapport.md" && ls "$TMP/out"
