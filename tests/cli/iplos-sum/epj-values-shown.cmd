# A value is shown when at least the threshold of persons hold it: with --suppress 3, 'Dagsenter' (3 persons) is named, Nattpatrulje (2) and 'Praktisk bistand' (1) are counted only; sex X, 9, U (one person each) never
cd "$FIXTURES/iplos" && iplos-sum --columns @epj-kolonner.txt --on 31.12.2023 --skip-invalid --suppress 3 --only Hjemmesykepleie,Langtidsopphold,Hjemmetjenester epj-export.csv
