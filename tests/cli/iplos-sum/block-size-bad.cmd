iplos-sum --block-size 10 --on 2024-03-01 x.csv
