# ISO weeks (SSB's 2020U53, and 2021W01), half-years and school years are
# periods: ordered, one step apart across the turn of a year, with an
# index against a base.
printf 'unit,period,value\nA,2021W01,110\nA,2020U53,100\nA,2021U02,121\n' >"$TMP/weeks.csv"
trend --base 2020U53 -m change,change_pct,index "$TMP/weeks.csv"
printf 'unit,period,value\nA,2023H2,50\nA,2023H1,40\nA,2024H1,60\n' >"$TMP/halves.csv"
trend -m change,cagr_pct --base 2023H1 "$TMP/halves.csv"
printf 'unit,period,value\nA,2022-2023,300\nA,2023/2024,330\n' >"$TMP/school.csv"
trend -m change_pct "$TMP/school.csv"
