cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --measure recipients,bed-days --during 2023 --only Langtidsopphold --by sex --labels nb --format md --numbers nb levanger.csv
