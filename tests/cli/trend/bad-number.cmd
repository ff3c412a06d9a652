cd "$FIXTURES/trend" && trend bad-number.csv
