cd "$FIXTURES/trend" && trend --base 2023 --total Total --measures base_change --wide --format md --numbers nb eldre-prognose.csv
