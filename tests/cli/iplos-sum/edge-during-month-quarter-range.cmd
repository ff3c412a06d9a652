cd "$FIXTURES/iplos" && iplos-sum --measure recipients,bed-days --during 2024-05 --during 2024K2 --from 2023-12-31 --to 2024-01-01 --only Korttidsopphold edge-stays.csv
