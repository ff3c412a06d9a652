# UTF-8 first, then a Windows-1252 byte: an error on its line
cd "$FIXTURES/iplos" && iplos-sum --on 2024-03-01 --only Hjemmetjenester edge-utf8-then-latin1.csv
