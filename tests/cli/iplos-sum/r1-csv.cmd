cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on-each 09-13 --years 2017-2022 --only 'Hjemmesykepleie,Langtidsopphold' levanger.csv
