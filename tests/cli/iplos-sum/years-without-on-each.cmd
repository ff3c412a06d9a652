iplos-sum --years 2017-2022 x.csv
