cd "$FIXTURES/trend" && trend --base 2023 --measures index --round 1 --wide --format table --numbers nb eldre-prognose.csv
