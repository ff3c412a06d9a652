cd "$FIXTURES/trend" && trend --wide-in --ignore Status --empty-is-zero --total Sum --wide --format md --numbers nb staup-tiltak-2025.csv
