cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref Landet gamle-kommunenummer.csv
