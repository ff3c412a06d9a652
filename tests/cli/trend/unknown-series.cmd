cd "$FIXTURES/trend" && trend --series nope eldre-prognose.csv
