cd "$FIXTURES/trend" && trend months.csv months-april.csv
