cd "$FIXTURES/trend" && trend months.csv
