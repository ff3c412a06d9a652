# SSB's real v2 answer for table 12134 (../shared) served as the table:
# every value, label and status as SSB gave them, the Sami names kept.
. ./serve.sh
shared
real=../../../../shared/external/ssb-real/ssb-12134-v2-kostra-nokkeltall-jsonstat2.json
serve --table "$real"
ssb-get --info 12134
ssb-get 12134 region='*' ContentsCode='*' Tid='*' >"$TMP/got.json"
python3 -c '
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
hv = b["extension"].pop("hvstat")
print("same values:", a["value"] == b["value"], "same labels:",
      a["dimension"] == b["dimension"], "same notes:", a["note"] == b["note"])
print("table", hv["table"], "updated", hv["updated"])' "$real" "$TMP/got.json"
ssb-get -f csv 12134 region='*' ContentsCode='*' Tid='*'
