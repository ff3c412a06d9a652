chart --kind pie -o x.png x.csv
