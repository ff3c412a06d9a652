cd "$FIXTURES/trend" && chart --script no-period.csv
