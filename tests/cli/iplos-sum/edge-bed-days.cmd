cd "$FIXTURES/iplos" && iplos-sum --measure bed-days --during 2023 --during 2024 --only Langtidsopphold,Korttidsopphold edge-stays.csv
