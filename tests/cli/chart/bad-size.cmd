chart --size big -o x.png x.csv
