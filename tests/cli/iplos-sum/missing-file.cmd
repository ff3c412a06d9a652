iplos-sum --on 2024-01-01 no-such-extract.csv
