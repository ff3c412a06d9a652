cd "$FIXTURES/trend" && trend --base 2019 --round 1 missing.csv
