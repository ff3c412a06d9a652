cd "$FIXTURES/iplos" && iplos-sum --skip-invalid --on 2024-01-01 --only Hjemmesykepleie edge-invalid.csv
