iplos-sum --on 2023-01-01 --on 2023-05-01 --period-label year x.csv
