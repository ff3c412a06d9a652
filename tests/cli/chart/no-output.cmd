chart x.csv
