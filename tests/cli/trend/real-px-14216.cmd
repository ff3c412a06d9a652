# a real PX file from SSB (14216, Latin-1, the years newest first) into
# trend: the changes held against Python's own reading of its DATA
f="$SHARED/external/ssb-real/ssb-14216-tettsted-latin1.px"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
trend "$f" >"$TMP/out" || exit 1
cat "$TMP/out"
python3 - "$f" "$TMP/out" <<'PY' || exit 1
import csv, sys
text = open(sys.argv[1], encoding='latin-1').read()
data = [float(x) for x in text.split('DATA=', 1)[1].split(';')[0].split()]
# STUB tettsted (1), HEADING statistikkvariabel (2) x år (2025, 2024)
want = {'Areal av tettsted (km²)': data[0] - data[1], 'Bosatte': data[2] - data[3]}
got = {r['statistikkvariabel']: float(r['change']) for r in csv.DictReader(open(sys.argv[2])) if r['change']}
ok = got.keys() == want.keys() and all(abs(got[k] - want[k]) < 1e-9 for k in want)
print('changes', 'as the file holds' if ok else 'NOT as the file holds')
sys.exit(0 if ok else 1)
PY
