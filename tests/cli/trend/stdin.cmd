cd "$FIXTURES/trend" && trend --measures change < quarters.csv
