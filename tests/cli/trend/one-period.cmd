cd "$FIXTURES/trend" && trend --base 2021 saker-2021.csv
