# --combine population: Asker 2019 is its predecessors' mean weighted by
# inhabitants; checked here by awk from the two files on their own
cd "$FIXTURES/kostra" && kostra-compare --focus Asker --ref Landet --units Asker --combine population --population asker-baerum-folketall.csv baerum-asker-2019-2024.json 2>/dev/null >"$TMP/out" &&
cat "$TMP/out" &&
awk -F, 'NR > 1 && $3 == 2019 && ($1 == "0220" || $1 == "0627" || $1 == "0628") { p[$1] = $4 } END { printf "%.4f\n", (58000 * p["0220"] + 54000 * p["0627"] + 56000 * p["0628"]) / (p["0220"] + p["0627"] + p["0628"]) }' asker-baerum-folketall.csv &&
awk -F, '$1 == 3203 && $3 == 2019 { printf "%.4f\n", $4 }' "$TMP/out"
