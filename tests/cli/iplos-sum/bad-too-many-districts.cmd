# --by district with more districts than a table is made of (1 000): a
# district column of identifiers or addresses is refused at the end of the
# file, with the same message at any thread count (300 000 of them took
# 24 GB and were killed).  1 000 districts are a table.
extract() {
	echo person_id,birth_year,sex,district,service,decision_date,start_date,end_date,hours_per_week
	awk -v n="$1" 'BEGIN { for (i = 0; i < 3 * n; i++)
	    printf "P%07d,%d,%d,D%05d,hjemmesykepleie,,2023-03-01,,\n",
	    i, 1930 + i % 60, 1 + i % 2, i % n }'
}
extract 1000 >"$TMP/1000.csv"
extract 1001 >"$TMP/1001.csv"
iplos-sum --on 2024-01-01 --by district "$TMP/1000.csv" | wc -l
for t in 1 3; do
	iplos-sum --on 2024-01-01 --by age-group,sex,district --threads $t \
	    --block-size 4096 "$TMP/1001.csv" 2>&1 |
	    sed "s|$TMP/||"
	echo "status ${PIPESTATUS[0]}"
done
