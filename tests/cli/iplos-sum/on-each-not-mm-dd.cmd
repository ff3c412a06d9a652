iplos-sum --on-each 9-13 --years 2020-2021 x.csv
