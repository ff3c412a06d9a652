iplos-sum --block-size 2048M --on 2024-03-01 x.csv
