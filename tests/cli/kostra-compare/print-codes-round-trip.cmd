# the built-in changes, printed, read back with --codes: the same result
cd "$FIXTURES/kostra" && kostra-compare --print-codes -o "$TMP/codes.csv" &&
kostra-compare --focus Levanger --ref Landet gamle-kommunenummer.csv >"$TMP/a" &&
kostra-compare --codes "$TMP/codes.csv" --focus Levanger --ref Landet gamle-kommunenummer.csv >"$TMP/b" &&
cmp "$TMP/a" "$TMP/b" && grep -c . "$TMP/codes.csv" && grep '^1719,' "$TMP/codes.csv"
