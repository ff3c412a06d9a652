# --per month draws a month's days as one point, their mean (a day
# without a value left out of it), held here against awk's own means;
# --combine sum adds them instead.
cat >"$TMP/days.csv" <<'CSV'
unit,period,value
A,2024-01-30,10
A,2024-01-31,20
A,2024-02-01,1
A,2024-02-02,
A,2024-02-03,4
B,2024-01-15,7
B,2024-03-01,9
CSV
for how in mean sum; do
	chart --script --per month --combine "$how" "$TMP/days.csv" |
	    sed -n '/^\$data/,/^EOD_data/p' | sed '1d;$d' >"$TMP/got.$how"
	awk -F, -v how="$how" 'NR > 1 && $3 != "" {
		m = substr($2, 1, 7); s[$1 "," m] += $3; n[$1 "," m]++
	} END {
		split("2024-01 2024-02 2024-03", ms, " ")
		for (i = 1; i <= 3; i++) {
			line = i - 1
			split("A B", us, " ")
			for (u = 1; u <= 2; u++) {
				k = us[u] "," ms[i]
				v = (k in n) ? (how == "sum" ? s[k] : s[k] / n[k]) : "NaN"
				line = line " " v
			}
			print line
		}
	}' "$TMP/days.csv" >"$TMP/want.$how"
	diff "$TMP/want.$how" "$TMP/got.$how" && cat "$TMP/got.$how"
done
chart --script --per month "$TMP/days.csv" | grep '^set xtics ('
