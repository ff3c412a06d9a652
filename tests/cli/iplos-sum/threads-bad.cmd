iplos-sum --threads 9 --on 2024-03-01 x.csv
