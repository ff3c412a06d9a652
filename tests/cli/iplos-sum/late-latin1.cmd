# Windows-1252 bytes only after the first rows: converted from there on
cd "$FIXTURES/iplos" && iplos-sum --on 2024-03-01 --by district --only Hjemmetjenester edge-latin1-late.csv
