# R5's query over a /config whose maxDataCells is 12: three requests
# (regions 3, 2, 2), merged into the dataset one request gives (checked
# against an unsplit fetch from a server without the limit, byte for
# byte but for the provenance), and the same figures as the recorded
# table itself.
. ./serve.sh
q="12362 region=* KOKfunksjon0000=FGF KOKart0000=AGD2 ContentsCode=KOSbelopinnbygge0000 Tid=from(2019)"
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json"
ssb-get --no-cache $q | show --bare >"$TMP/whole"
kill $server; wait $server 2>/dev/null; rm "$TMP/port" "$TMP/log"
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json" --max-cells 12
ssb-get --no-cache $q >"$TMP/split.json"
show --bare <"$TMP/split.json" >"$TMP/split"
cmp "$TMP/whole" "$TMP/split" && echo "split and whole: the same dataset"
python3 -c '
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
assert a["value"] == b["value"] and a["size"] == b["size"], "values differ"
print("the recorded table: the same", len(a["value"]), "values")' \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" "$TMP/split.json"
requests | grep /data
