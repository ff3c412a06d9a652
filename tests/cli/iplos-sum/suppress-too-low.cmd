iplos-sum --suppress 2 --on 2024-01-01 x.csv
