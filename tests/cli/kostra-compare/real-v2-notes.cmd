# SSB's notes in a PxWebApi v2 answer: the ones noteMandatory marks are
# shown with the figures (on standard error), the others counted; held
# against Python's own reading of the file
f="$SHARED/external/ssb-real/ssb-12134-v2-kostra-nokkeltall-jsonstat2.json"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
kostra-compare --focus Trondheim --ref Oslo "$f" 2>"$TMP/err" >/dev/null || exit 1
sed 's|^kostra-compare: [^ ]*/||' "$TMP/err"
python3 - "$f" "$TMP/err" <<'PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
marked = d['extension']['noteMandatory']
want = [n for i, n in enumerate(d['note']) if marked.get(str(i))]
got = [l.split("the table's note: ", 1)[1].rstrip('\n')
       for l in open(sys.argv[2]) if "the table's note: " in l]
others = len(d['note']) - len(want)
print('%d shown as marked, %s' % (len(got), 'as the file marks them'
      if got == want and ('%d other notes' % others) in open(sys.argv[2]).read()
      else 'NOT as the file marks them'))
sys.exit(0 if got == want else 1)
PY
