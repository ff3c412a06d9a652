# KLASS's real changes answer (../shared), served and fetched: every
# change since 2013 as kostra-compare --codes reads it, the kinds the
# same as the checked table of ../shared/external/klass (an independent
# derivation), and kostra-compare takes the file.
. ./serve.sh
shared
k=../../../../shared/external/klass
serve --klass-changes "$k/raw/klass-131-changes-1971-2025.json"
ssb-get --klass-changes 131 --from 2013-01-01 -o "$TMP/changes.csv"
head -4 "$TMP/changes.csv"
python3 -c '
import csv, sys
ours = {(r["old"], r["new"], r["from"]): r["kind"] for r in csv.DictReader(open(sys.argv[1]))}
ref = {(r["old_code"], r["new_code"], r["valid_from"][:4]): r["kind"]
       for r in csv.DictReader(open(sys.argv[2])) if r["valid_from"] >= "2013" and r["valid_from"] < "2026"}
print(len(ours), "changes;", len(ref), "in the checked table before 2026")
print("the same changes:", set(ours) == set(ref))
print("kinds differing:", sum(1 for k in ref if ours.get(k) != ref[k]))' "$TMP/changes.csv" "$k/municipality-changes.csv"
kostra-compare --codes "$TMP/changes.csv" --focus 5037 --ref EKG09 -f md \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null | head -3
ssb-get --klass-changes 131 --from 2024-01-01 --to 2024-01-01 | wc -l
requests
