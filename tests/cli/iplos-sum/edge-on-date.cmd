cd "$FIXTURES/iplos" && iplos-sum --on 2024-03-01 --on 2024-02-29 --only 'Langtidsopphold,Hjemmesykepleie,Praktisk bistand,Hjemmetjenester' edge-stays.csv
