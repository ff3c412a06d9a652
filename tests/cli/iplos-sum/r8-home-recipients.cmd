cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --during 2023 --during 2024 --only Hjemmetjenester --wide --format md --numbers nb levanger.csv
