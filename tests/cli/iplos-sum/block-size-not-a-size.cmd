iplos-sum --block-size 1T --on 2024-03-01 x.csv
