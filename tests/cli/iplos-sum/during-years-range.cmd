# --during 2017-2024 is no period: the message says what to write
iplos-sum --during 2017-2024 x.csv
