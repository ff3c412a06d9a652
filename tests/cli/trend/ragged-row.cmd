cd "$FIXTURES/trend" && trend ragged.csv
