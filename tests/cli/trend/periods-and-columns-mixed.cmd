cd "$FIXTURES/trend" && trend --wide-in mixed-columns.csv
