cd "$FIXTURES/trend" && trend --delimiter ';' --measures value eldre-prognose-latin1.csv | head -3; trend --delimiter , --measures value eldre-prognose-latin1.csv
