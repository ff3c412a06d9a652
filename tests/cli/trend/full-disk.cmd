cd "$FIXTURES/trend" && trend months.csv > /dev/full
