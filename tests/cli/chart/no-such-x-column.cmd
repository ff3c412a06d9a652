cd "$FIXTURES/trend" && chart --script --x when saker-2021.csv
