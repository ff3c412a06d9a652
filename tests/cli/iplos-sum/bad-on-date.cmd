iplos-sum --on 13.09.22 x.csv
