cd "$FIXTURES/iplos" && iplos-sum --during-each month --from 2023-01-15 --to 2023-06-30 levanger.csv
