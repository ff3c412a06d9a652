cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on-each 02-29 --years 2020-2021 --only Hjemmesykepleie levanger.csv
