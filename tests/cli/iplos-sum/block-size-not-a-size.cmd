iplos-sum --block-size 1G --on 2024-03-01 x.csv
