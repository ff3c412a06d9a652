cd "$FIXTURES/iplos" && iplos-sum --on 2024-01-01 edge-fnr.csv
