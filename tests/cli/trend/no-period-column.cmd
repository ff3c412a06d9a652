cd "$FIXTURES/trend" && trend no-period.csv
