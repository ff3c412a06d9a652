# The table is updated at SSB (its metadata's updated changes): the
# cached answer is not used, the new figures are fetched.
. ./serve.sh
cp ../../pxweb/99001-syntetisk.json "$TMP/t.json"
serve --table "$TMP/t.json"
q="99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024"
ssb-get $q | show | grep -E '^value|"updated"'
kill $server; wait $server 2>/dev/null; rm "$TMP/port"
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["updated"] = "2026-03-16T07:00:00Z"
d["value"] = [v + 1 if isinstance(v, int) else v for v in d["value"]]
json.dump(d, open(sys.argv[1], "w"))' "$TMP/t.json"
: >"$TMP/log"
serve --table "$TMP/t.json"
ssb-get $q | show | grep -E '^value|"updated"|fromCache'
requests
