cd "$FIXTURES/iplos" && iplos-sum --only Hjemmehjelp --on 2024-01-01 edge-stays.csv
