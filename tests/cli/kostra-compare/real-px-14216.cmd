# a real PX file from SSB (table 14216, Latin-1, CHARSET ANSI): every
# cell held against Python's own reading of its DATA and CODES
f="$SHARED/external/ssb-real/ssb-14216-tettsted-latin1.px"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
kostra-compare --dump "$f" >"$TMP/dump" || exit 1
cat "$TMP/dump"
python3 - "$f" "$TMP/dump" <<'PY' || exit 1
import csv, re, sys
text = open(sys.argv[1], encoding='latin-1').read()
data = [float(x) for x in text.split('DATA=', 1)[1].split(';')[0].split()]
codes = dict(re.findall(r'CODES\("([^"]+)"\)=([^;]+);', text))
def items(s): return re.findall(r'"([^"]*)"', s)
want = []
for a in items(codes['tettsted']):
    for b in items(codes['statistikkvariabel']):
        for c in items(codes['år']):
            want.append((a, b, c))
rows = list(csv.DictReader(open(sys.argv[2], encoding='utf-8')))
got = [(r['TettSted'], r['ContentsCode'], r['Tid']) for r in rows]
ok = got == want and [float(r['value']) for r in rows] == data
print('%d cells, %s' % (len(rows), 'as the file holds' if ok else 'NOT as the file holds'))
sys.exit(0 if ok else 1)
PY
