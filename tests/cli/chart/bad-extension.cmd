chart -o chart.jpg x.csv
