trend --round bogus=1 regnbuen.csv
