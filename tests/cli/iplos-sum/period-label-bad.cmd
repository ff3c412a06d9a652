iplos-sum --period-label month --on 2024-01-01 x.csv
