# a row two figures short is an error with its line, not a municipality left out of the ranking
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 12362-short-row.csv
