# R5's table as Statistikkbanken's Excel download: the comparison and its
# warnings those of the CSV download, byte for byte
cd "$FIXTURES" || exit 1
kostra-compare --focus Levanger --ref EKG09 kostra/12362-pleie-og-omsorg-latin1.csv >"$TMP/csv.out" 2>"$TMP/csv.err" || exit 1
kostra-compare --focus Levanger --ref EKG09 xlsx/12362-pleie-og-omsorg.xlsx >"$TMP/xlsx.out" 2>"$TMP/xlsx.err" || exit 1
cmp "$TMP/csv.out" "$TMP/xlsx.out" && cmp "$TMP/csv.err" "$TMP/xlsx.err" && cat "$TMP/xlsx.out"
