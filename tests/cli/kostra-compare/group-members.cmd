# --group-members: a file of municipalities and their KOSTRA groups
# (KLASS's 9, 09 or KG09 read as EKG09) gives the peers and the
# reference; a file without the columns, a focus in no group and a
# municipality in two groups are errors; --print-source.
printf 'source,target\n5037,9\n5038,09\n5035,KG09\n5006,EKG09\n5028,10\n' >"$TMP/g.csv"
kostra-compare --focus Levanger --group-members "$TMP/g.csv" --wide -f md \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>&1 | sed "s|$TMP/||"
printf 'kommune,navn\n5037,Levanger\n' >"$TMP/bad.csv"
kostra-compare --focus Levanger --group-members "$TMP/bad.csv" \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>&1 | sed "s|$TMP/||"
printf 'source,target\n5038,09\n' >"$TMP/none.csv"
kostra-compare --focus Levanger --group-members "$TMP/none.csv" \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>&1 | sed "s|$TMP/||"
printf 'source,target\n5037,09\n5037,10\n' >"$TMP/twice.csv"
kostra-compare --focus Levanger --group-members "$TMP/twice.csv" \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>&1 | sed "s|$TMP/||"
kostra-compare --print-source "$FIXTURES/kostra/12362-pleie-og-omsorg.json" \
    "$FIXTURES/kostra/12362-pleie-og-omsorg-tidy.csv"
kostra-compare --print-source "$FIXTURES/kostra/12362-pleie-og-omsorg-tidy.csv"
