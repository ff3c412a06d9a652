cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --measure bed-days --during 2023 --during 2024 --only Langtidsopphold,Korttidsopphold --wide --format md --numbers nb levanger.csv
