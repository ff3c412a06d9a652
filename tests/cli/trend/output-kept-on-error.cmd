cd "$FIXTURES/trend" && echo old > "$TMP/r.csv" && trend -o "$TMP/r.csv" bad-number.csv; echo "exit $?"; cat "$TMP/r.csv"; ls -A "$TMP"
