cd "$FIXTURES/trend" && trend --base 2024K4 --measures change,index --round 1 --format json quarters.csv
