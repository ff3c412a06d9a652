cd "$FIXTURES/trend" && trend --wide-in --ignore Status --empty-is-zero --total Sum staup-tiltak-2025.csv
