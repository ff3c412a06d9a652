# --every 4 keeps the 1st, 5th, 9th ... x value and the last.
cat >"$TMP/m.csv" <<'CSV'
unit,period,value
A,2024-01,1
A,2024-02,2
A,2024-03,3
A,2024-04,4
A,2024-05,5
A,2024-06,6
A,2024-07,7
A,2024-08,8
A,2024-09,9
A,2024-10,10
CSV
chart --script --every 4 "$TMP/m.csv" | sed -n '/^set xtics (/p; /^\$data/,/^EOD_data/p'
