# --round M=N rounds that measure only, in every format (here CSV), and
# wins over --round N, which is every other column's: the values and
# the index one decimal (12.0, 141.7 for 17/12), change_pct none (41.67
# -> 42).
cd "$FIXTURES/trend" && trend --base 2019 --measures change_pct,index --round 1 --round change_pct=0 regnbuen.csv
# the same in the other order: M=N wins wherever it stands
trend --base 2019 --measures change_pct,index --round change_pct=0 --round 1 regnbuen.csv | cmp - <(trend --base 2019 --measures change_pct,index --round 1 --round change_pct=0 regnbuen.csv) && echo "same in either order"
