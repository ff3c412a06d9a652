cd "$FIXTURES/trend" && trend -o "$TMP/r.csv" months.csv && cat "$TMP/r.csv" && ls -A "$TMP"
