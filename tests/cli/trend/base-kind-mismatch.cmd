cd "$FIXTURES/trend" && trend --base 2022 --round 1 --format json quarters.csv
