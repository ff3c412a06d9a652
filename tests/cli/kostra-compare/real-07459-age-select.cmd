# Statistikkbanken's own 07459 download by age (English, Latin-1, a title
# line, "K-3001 Halden"): the 80-year-olds of 2021 chosen with --select,
# every municipality's figure held against Python's own reading of the
# file, and the age column left open refused with the fix
f="$SHARED/external/ssb-real/ssb-07459-statbank-2021-alder-latin1-title.csv"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
kostra-compare --focus Levanger --ref Verdal --select 'age=80 years' "$f" 2>/dev/null >"$TMP/cmp" || exit 1
head -n 3 "$TMP/cmp"
python3 - "$f" "$TMP/cmp" <<'PY' || exit 1
import csv, io, sys
rows = list(csv.reader(io.open(sys.argv[1], encoding='latin-1'), delimiter=';'))
# by name: the reform of 2024 renumbered many (3001 Halden is 3101 now)
want = {}
for r in rows[3:]:
    if len(r) == 3 and r[1] == '80 years':
        want[r[0].split(' ', 1)[1]] = int(r[2])
got = {r['label']: int(r['value']) for r in csv.DictReader(open(sys.argv[2]))}
bad = [n for n, v in want.items() if got.get(n) != v]
print('%d units, %d figures agree with the file, %d differ %s' % (len(got),
    len(want) - len(bad), len(bad), bad[:3]))
sys.exit(1 if bad or len(got) != len(want) else 0)
PY
kostra-compare --focus Levanger --ref Verdal "$f" >/dev/null 2>"$TMP/err"
echo "status $?"
sed 's|.*/||' "$TMP/err"
