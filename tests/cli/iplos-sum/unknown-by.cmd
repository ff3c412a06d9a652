iplos-sum --by kommune --on 2024-01-01 x.csv
