"$FIXTURES/../docs/examples/kvartalsrapport.sh" "$FIXTURES" "$TMP/out" && cat "$TMP/out/rapport.md" && ls "$TMP/out"
