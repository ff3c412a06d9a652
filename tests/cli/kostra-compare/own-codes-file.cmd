cd "$FIXTURES/kostra" && printf 'old,new,from\n1719,L,2018\n5037,L,2018\n' > "$TMP/c.csv" && kostra-compare --codes "$TMP/c.csv" --focus L --ref Landet --units L gamle-kommunenummer.csv
