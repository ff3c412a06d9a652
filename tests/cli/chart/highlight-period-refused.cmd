# What the options name is looked up before the program is written: a
# --highlight with --by-series on lines, an hbars --period not in the data, write
# nothing on standard output.
cd "$FIXTURES/kostra" || exit 1
kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null >"$TMP/r5.csv"
chart --script --kind line --by-series --highlight Levanger "$TMP/r5.csv" | wc -c
chart --script --kind hbars --period 2031 "$TMP/r5.csv" | wc -c
