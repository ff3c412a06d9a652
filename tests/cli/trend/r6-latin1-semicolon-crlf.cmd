cd "$FIXTURES/trend" && trend --base 2023 --total Total --measures base_change,base_change_pct --round 1 eldre-prognose-latin1.csv
