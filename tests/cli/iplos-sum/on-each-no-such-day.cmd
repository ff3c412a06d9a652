iplos-sum --on-each 02-30 --years 2020-2021 x.csv
