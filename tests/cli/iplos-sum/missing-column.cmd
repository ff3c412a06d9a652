cd "$FIXTURES/iplos" && iplos-sum --measure waiting --on 2024-01-01 edge-columns-latin1.csv
