cd "$FIXTURES/trend" && trend no-such-file.csv
