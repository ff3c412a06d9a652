cd "$FIXTURES/iplos" && iplos-sum --on 2024-01-01 -o "$TMP/out.csv" edge-invalid.csv; echo "exit $?"; ls -A "$TMP"
