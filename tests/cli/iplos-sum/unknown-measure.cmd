iplos-sum --measure beds --on 2024-01-01 x.csv
