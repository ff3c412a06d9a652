# a file of one's own replaces the built-in changes: without 1719 -> 5037,
# Levanger's old and new codes are two units
cd "$FIXTURES/kostra" && printf 'old,new,from\n1721,5038,2018\n' > "$TMP/c.csv" && kostra-compare --codes "$TMP/c.csv" --focus 5037 --ref Landet gamle-kommunenummer.csv
