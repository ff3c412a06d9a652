cd "$FIXTURES/trend" && trend --base 2023 --total Total --measures base_change --wide --format md --numbers nb --labels nb eldre-prognose.csv
