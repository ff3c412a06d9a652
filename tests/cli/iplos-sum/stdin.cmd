cd "$FIXTURES/iplos" && iplos-sum --on 2024-03-01 --only Langtidsopphold < edge-stays.csv
