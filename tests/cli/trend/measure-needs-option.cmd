cd "$FIXTURES/trend" && trend --measures index linear.csv
