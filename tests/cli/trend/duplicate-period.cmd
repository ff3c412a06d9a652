cd "$FIXTURES/trend" && trend duplicate-period.csv
