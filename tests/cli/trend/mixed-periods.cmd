cd "$FIXTURES/trend" && trend mixed-periods.csv
