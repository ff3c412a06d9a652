# --numbers nb CSV as Norwegian Excel opens it by a double click: a BOM, ';' between fields, decimal comma, no digit groups (read here as Excel's Norwegian locale would: every figure a number), and the toolkit reads it back as the machine CSV
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --numbers nb 12362-pleie-og-omsorg.json 2>/dev/null > "$TMP/nb.csv" && kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null > "$TMP/c.csv"
head -c 3 "$TMP/nb.csv" | od -An -tx1
python3 - "$TMP/nb.csv" "$TMP/c.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf')
nb = list(csv.reader(raw[3:].decode('utf-8').splitlines(), delimiter=';'))
c = list(csv.reader(open(sys.argv[2], encoding='utf-8')))
assert len(nb) == len(c) and nb[0] == c[0], 'header or rows differ'
numbers = same = 0
for a, b in zip(nb[1:], c[1:]):
    for x, y in zip(a, b):
        try:
            v = float(y)
        except ValueError:
            assert x == y, (x, y)
            continue
        assert ' ' not in x and '%' not in x, x
        assert float(x.replace(',', '.')) == v, (x, y)
        numbers += 1
print(len(nb) - 1, 'rows,', numbers, 'numbers, each the machine CSV\'s')
PY
