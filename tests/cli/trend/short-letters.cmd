# -m is --measures and -k --keys, as in every tool that has them
# (docs/formats.md's table); --multiply has no letter
cd "$FIXTURES/trend" || exit 1
trend -m change_pct -k aldersgruppe eldre-prognose.csv >"$TMP/short"
trend --measures change_pct --keys aldersgruppe eldre-prognose.csv | cmp - "$TMP/short" || exit 1
cat "$TMP/short"
trend -m 52 eldre-prognose.csv
echo "status $?"
