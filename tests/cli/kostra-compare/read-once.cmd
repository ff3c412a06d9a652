# Every input is read once: a JSON-stat or CSV file through a pipe, a FIFO
# or standard input gives what the file gives (the format is told from the
# bytes already read, not by opening the file again).
cd "$FIXTURES/kostra" || exit 1
run() { kostra-compare --focus 5037 --ref EKG09 "$@" 2>/dev/null; }
for f in 12362-pleie-og-omsorg.json 12362-pleie-og-omsorg-latin1.csv; do
	run "$f" >"$TMP/file" || exit 1
	run <(cat "$f") >"$TMP/pipe" || exit 1
	run - <"$f" >"$TMP/stdin" || exit 1
	cat "$f" | run - >"$TMP/stdin-pipe" || exit 1
	mkfifo "$TMP/fifo" && { cat "$f" >"$TMP/fifo" & }
	timeout 10 kostra-compare --focus 5037 --ref EKG09 "$TMP/fifo" \
	    >"$TMP/fifo.out" 2>/dev/null || exit 1
	rm "$TMP/fifo"
	for how in pipe stdin stdin-pipe fifo.out; do
		cmp "$TMP/file" "$TMP/$how" || exit 1
	done
	kostra-compare --dump - <"$f" | head -n 3
done
cat "$TMP/file"
