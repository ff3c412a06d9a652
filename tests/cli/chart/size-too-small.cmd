cd "$FIXTURES/trend" && chart --size 50x50 -o x.png eldre-prognose.csv
