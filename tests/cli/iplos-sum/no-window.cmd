iplos-sum edge.csv
