# Every input is read once: a pipe, a FIFO and standard input give what
# the file gives.
cd "$FIXTURES/trend" || exit 1
f=eldre-prognose-latin1.csv
trend --base 2023 "$f" >"$TMP/file" || exit 1
trend --base 2023 <(cat "$f") >"$TMP/pipe" || exit 1
cat "$f" | trend --base 2023 - >"$TMP/stdin" || exit 1
mkfifo "$TMP/fifo" && { cat "$f" >"$TMP/fifo" & }
timeout 10 trend --base 2023 "$TMP/fifo" >"$TMP/fifo.out" || exit 1
for how in pipe stdin fifo.out; do
	cmp "$TMP/file" "$TMP/$how" || exit 1
done
cat "$TMP/file"
