cd "$FIXTURES/trend" && PATH=/nonexistent "$(command -v chart)" -o "$TMP/x.png" eldre-prognose.csv; echo "exit $?"; ls -A "$TMP"
