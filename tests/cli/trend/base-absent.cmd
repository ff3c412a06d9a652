cd "$FIXTURES/trend" && trend --base 2030 eldre-prognose.csv
