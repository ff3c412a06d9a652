# The real ones: a long download of Folkemengde by county since 1951, the
# 2021 population by age (wide, "Persons 2021", with a title line).  Each
# change held against awk's reading of the file.
d=$SHARED/external/ssb-real
[ -d "$d" ] || { echo "no $d" >&2; exit 77; }
f=$d/ssb-statbank-folkemengde-fylke-long.csv
trend -m change "$f" | grep -c '' 
trend -m change "$f" | awk -F, '$2 == "Folkemengde" && $1 ~ /^01 / && $6 != "" { n++; s += $6 } END { print "ours:", n, s }'
awk -F';' '$3 == "\"Folkemengde\"" && $1 ~ /^"01 / { if (prev != "") { n++; s += $4 - prev } prev = $4 } END { print "awk: ", n, s }' "$f"
trend "$d/ssb-07459-statbank-2021-alder-latin1-title.csv" | sed -n '1,3p'
