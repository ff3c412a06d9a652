# A table with many implausible values says so once per kind: how many,
# the first three, not a line each.
{
	echo 'unit,label,period,value'
	for u in 5001 5006 5007 5014 5020 5021 5022; do
		echo "$u,K$u,2021,-$u"
		echo "$u,K$u,2022,20000"
	done
	echo '5037,Levanger,2021,21000'
	echo '5037,Levanger,2022,21050'
	echo 'EKG09,Kostragruppe 09,2021,20613'
	echo 'EKG09,Kostragruppe 09,2022,23719'
} >"$TMP/many.csv"
kostra-compare --focus Levanger --ref EKG09 "$TMP/many.csv" 2>&1 >/dev/null
