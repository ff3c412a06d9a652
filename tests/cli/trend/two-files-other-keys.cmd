cd "$FIXTURES/trend" && trend quarters.csv missing.csv
