cd "$FIXTURES/trend" && trend --wide-in staup-tiltak-2025.csv
