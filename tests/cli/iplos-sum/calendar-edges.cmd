# leap days of 1900, 2000, 2100 and 2024, a stay across a new year, year 9999, and dates that do not exist: bed-days 1, 2 + 2, 1 + 1, 1, 1
cd "$FIXTURES/iplos" && iplos-sum --skip-invalid --measure bed-days --only Langtidsopphold --during 1900 --during 2000 --during 2024 --during 2100 --during 9999 edge-calendar.csv
