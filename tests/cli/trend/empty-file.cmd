cd "$FIXTURES/trend" && trend empty.csv
