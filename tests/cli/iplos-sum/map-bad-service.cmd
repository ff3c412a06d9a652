cd "$FIXTURES/iplos" && printf 'code,service,category\nx,hjemmehjelp,X\n' > "$TMP/m.csv" && iplos-sum --map "$TMP/m.csv" --on 2024-01-01 edge-stays.csv 2>&1 | sed "s|$TMP/||"
