# --total over a table without rows, and over series some of whose cells
# are empty (missing; 0 with --empty-is-zero): found by fuzzing (the sum
# of no series walked a null array)
printf 'unit,period,value\n' | trend --total Sum -
printf 'unit,period,value\nA,2020,\nB,2020,3\nA,2021,1\nB,2021,2\nB,2022,5\n' >"$TMP/t.csv"
trend --total Sum "$TMP/t.csv"
trend --total Sum --empty-is-zero "$TMP/t.csv"
