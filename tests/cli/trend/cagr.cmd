cd "$FIXTURES/trend" && trend --base 2020 --series b --measures cagr_pct,index --round 2 linear.csv
