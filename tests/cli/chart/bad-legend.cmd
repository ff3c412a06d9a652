cd "$FIXTURES/trend" && chart --legend middle -o x.png eldre-prognose.csv
