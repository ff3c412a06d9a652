# Every input is read once: a pipe and standard input give the script the
# file gives.
cd "$FIXTURES/chart" || exit 1
f=apostrophes.csv
chart --script "$f" | grep -v "^# " >"$TMP/file" || exit 1
chart --script <(cat "$f") | grep -v "^# " >"$TMP/pipe" || exit 1
cat "$f" | chart --script - | grep -v "^# " >"$TMP/stdin" || exit 1
cmp "$TMP/file" "$TMP/pipe" && cmp "$TMP/file" "$TMP/stdin" || exit 1
sed -n '/^\$data/,/^EOD_data/p' "$TMP/file"
