cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --public --audit --on 2022-09-13 --by age-group,sex --only Langtidsopphold,Korttidsopphold --format table levanger.csv
