iplos-sum --during-each fortnight --years 2023 x.csv
