iplos-sum --from 2024-01-01 x.csv
