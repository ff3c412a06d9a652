# quoted fields, one with a line break: the lines of invalid rows count it
cd "$FIXTURES/iplos" && iplos-sum --skip-invalid --on 2024-03-01 --by district --only Hjemmesykepleie edge-quotes-valid.csv
