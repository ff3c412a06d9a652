# --during-each month from one month to another: one window per month, whole months
cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --during-each month --from 2023-11 --to 2024-02 --only Langtidsopphold --measure recipients,bed-days --wide levanger.csv 2>/dev/null
