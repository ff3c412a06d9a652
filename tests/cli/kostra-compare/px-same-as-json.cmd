# R5's table as SSB writes PX (Latin-1, CHARSET ANSI, a title over two
# lines, English keywords beside the Norwegian, TIMEVAL, MAP): the same
# comparison, bytes and warnings, as from its JSON-stat 2 version
cd "$FIXTURES/kostra" || exit 1
for f in 12362-pleie-og-omsorg.json 12362-pleie-og-omsorg.px; do
	kostra-compare --focus Levanger --ref EKG09 "$f" >"$TMP/$f.out" 2>"$TMP/$f.err" || exit 1
	kostra-compare --focus Levanger --ref EKG09 --wide --format md --numbers nb "$f" >"$TMP/$f.md" 2>/dev/null || exit 1
	kostra-compare --dump "$f" >"$TMP/$f.dump" || exit 1
done
for x in out err md dump; do
	cmp "$TMP/12362-pleie-og-omsorg.json.$x" "$TMP/12362-pleie-og-omsorg.px.$x" || exit 1
done
cat "$TMP/12362-pleie-og-omsorg.px.md"
