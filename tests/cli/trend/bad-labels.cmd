cd "$FIXTURES/trend" && trend --labels sv months.csv
