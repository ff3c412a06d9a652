cd "$FIXTURES/trend" && trend --encoding utf-8 eldre-prognose-latin1.csv
