# a real KOSTRA workbook (Lørenskog's, 10 sheets): its first sheet into
# trend, every figure held against Python's own reading of the xlsx
# (zipfile and the sheet's XML); the second table under the first is
# left out and said
f="$SHARED/external/ssb-real/lorenskog-kostra-2025-nokkeltall.xlsx"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
trend --wide-in --ignore Enhet,'Landet 2025' "$f" 2>"$TMP/err" >"$TMP/out" || exit 1
sed 's|.*/||' "$TMP/err"
head -n 5 "$TMP/out"
python3 - "$f" "$TMP/out" <<'PY' || exit 1
import csv, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
ss = [re.sub(r'<[^>]+>', '', s) for s in
      re.findall(r'<si>(.*?)</si>', z.read('xl/sharedStrings.xml').decode(), re.S)]
want = {}
for r, body in re.findall(r'<row r="(\d+)"[^>]*>(.*?)</row>', z.read('xl/worksheets/sheet1.xml').decode()):
    if not 7 <= int(r) <= 21:
        continue
    cells = {}
    for ref, attrs, inner in re.findall(r'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', body):
        v = re.search(r'<v>(.*?)</v>', inner or '')
        if v:
            cells[ref] = ss[int(v.group(1))] if 't="s"' in attrs else float(v.group(1))
    want[(cells['A'], '2024')] = cells['B']
    want[(cells['A'], '2025')] = cells['C']
got = {(r['Indikator'], r['period']): float(r['value']) for r in csv.DictReader(open(sys.argv[2]))}
bad = [k for k in want if got.get(k) != want[k]]
print('%d figures, %d as the sheet holds' % (len(want), len(want) - len(bad)))
sys.exit(1 if bad or len(got) != len(want) else 0)
PY
