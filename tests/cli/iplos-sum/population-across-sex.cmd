# A crosstab: sex in columns, per 100 inhabitants; Langtidsopphold 90+: 1 man of 60 (1.7), 2 women of 140 (1.4), 3 of 200 (1.5)
cd "$FIXTURES/iplos" && iplos-sum --columns @epj-kolonner.txt --on 31.12.2023 --by age-group,sex --across sex --only Langtidsopphold --population befolkning-epj.csv --per 100 --skip-invalid --format md epj-export.csv
