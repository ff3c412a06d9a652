cd "$FIXTURES/trend" && trend --measures change --round 0 --wide --format md --numbers nb missing.csv
