# The JSON output, read by Python's json module, holds what the CSV
# output holds, read by its csv module: the same rows, texts and numbers
# (each the same double), missing as null.
cd "$FIXTURES/trend" || exit 1
set -- --base 2023 --total Total --window 2 --project 2050 eldre-prognose.csv
trend -f json "$@" >"$TMP/out.json" && trend "$@" >"$TMP/out.csv" &&
python3 - "$TMP/out.json" "$TMP/out.csv" <<'PY'
import csv, json, sys
rows = json.load(open(sys.argv[1], encoding='utf-8'))
want = list(csv.DictReader(open(sys.argv[2], encoding='utf-8')))
assert len(rows) == len(want), (len(rows), len(want))
cells = 0
for got, row in zip(rows, want):
    assert list(got) == list(row), (list(got), list(row))
    for name, text in row.items():
        v = got[name]
        if v is None:
            assert text == '', (name, text)
        elif isinstance(v, str):
            assert v == text, (name, v, text)
        else:
            assert float(text) == v, (name, text, v)
        cells += 1
print('%d rows, %d cells agree' % (len(rows), cells))
PY
