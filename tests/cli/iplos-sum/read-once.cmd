# Every input is read once: a pipe, a FIFO and standard input give what
# the file gives, output and messages, at any thread count (a stream is
# never cut into blocks, a file is).
cd "$FIXTURES/iplos" || exit 1
f=levanger.csv
run() {
	iplos-sum --on 2024-01-01 --skip-invalid --threads 3 \
	    --block-size 4096 "$1" >"$TMP/$2" 2>"$TMP/$2.err" || exit 1
	sed "s|^iplos-sum: [^:]*:|iplos-sum: FILE:|" "$TMP/$2.err" \
	    >"$TMP/$2.msg"
}
run "$f" file
run <(cat "$f") pipe
cat "$f" | run - stdin
mkfifo "$TMP/fifo" && { cat "$f" >"$TMP/fifo" & }
run "$TMP/fifo" from-fifo
for how in pipe stdin from-fifo; do
	cmp "$TMP/file" "$TMP/$how" && cmp "$TMP/file.msg" "$TMP/$how.msg" ||
	    exit 1
done
cat "$TMP/file" "$TMP/file.msg"
