# The real 07459 download (Latin-1, title, "Persons 2021", single years, 359 regions): Levanger's inhabitants per age group, checked against Python's own reading of the file
[ -f "$SHARED/external/ssb-real/ssb-07459-statbank-2021-alder-latin1-title.csv" ] || { echo 'no ../shared' >&2; exit 77; }
f="$SHARED/external/ssb-real/ssb-07459-statbank-2021-alder-latin1-title.csv"
cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on 2021-09-13 --by age-group --only Langtidsopphold --population "$f" --region 5037 levanger.csv 2>/dev/null | grep ',population,' > "$TMP/ours"
python3 - "$f" "$TMP/ours" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='latin-1'), delimiter=';'))
start = next(i for i, r in enumerate(rows) if r[:1] == ['region'])
groups = {'0-66': (0, 66), '67-79': (67, 79), '80-89': (80, 89), '90+': (90, 999), 'I alt': (0, 999)}
want = {g: 0 for g in groups}
for r in rows[start + 1:]:
    if len(r) < 3 or not r[0].startswith('K-5037 '):
        continue
    age = int(r[1].split()[0])
    for g, (lo, hi) in groups.items():
        if lo <= age <= hi:
            want[g] += int(r[2])
for line in open(sys.argv[2]):
    f = next(csv.reader([line]))
    print(f[1], f[5], 'agrees' if int(f[5]) == want[f[1]] else 'DIFFERS: %d' % want[f[1]])
PY
