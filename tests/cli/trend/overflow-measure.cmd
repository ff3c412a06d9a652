# A measure past what a double holds is an error naming the series, the
# period and the measure (it was left empty, unexplained); a change in
# percent from 0 is missing, as documented
printf 'unit,period,value\nA,2020,0\nA,2021,5\nA,2022,1e308\n' >"$TMP/t.csv"
trend --measures change "$TMP/t.csv"
trend "$TMP/t.csv"
echo "status $?"
printf 'unit,period,value\nA,2020,1e200\nA,2021,2e200\nA,2022,3e200\n' |
    trend --project 2024 -
echo "status $?"
