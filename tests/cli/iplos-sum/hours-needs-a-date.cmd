iplos-sum --measure hours --during 2024 x.csv
