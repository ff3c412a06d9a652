cd "$FIXTURES/trend" && trend --format tsv months.csv
