cd "$FIXTURES/trend" && trend two-digit-year.csv
