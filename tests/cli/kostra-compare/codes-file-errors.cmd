cd "$FIXTURES/kostra" || exit 1
printf 'old,new,from\n1719,5037,2018\n5037,1719,2019\n' >"$TMP/circle.csv"
printf 'old,new,from\n1719,5037,2018-13-01\n' >"$TMP/date.csv"
printf 'old,new,from,kind\n1719,5037,2018,moved\n' >"$TMP/kind.csv"
for f in circle date kind; do
	kostra-compare --codes "$TMP/$f.csv" --focus Levanger --ref Landet gamle-kommunenummer.csv 2>&1 | sed "s|$TMP/||"
done
