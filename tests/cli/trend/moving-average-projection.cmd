cd "$FIXTURES/trend" && trend --window 3 --project 2027 --round 2 linear.csv
