cd "$FIXTURES/trend" && trend --wide-in --ignore Status --measures change staup-tiltak-2025.csv
