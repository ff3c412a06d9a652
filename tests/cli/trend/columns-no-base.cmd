cd "$FIXTURES/trend" && trend --wide-in --ignore Status --base 2019 staup-tiltak-2025.csv
