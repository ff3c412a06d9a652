# R1's categories by age group in columns, on one census day of the Levanger fixture
cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on 2022-09-13 --by age-group --across age-group --only Hjemmesykepleie,'Praktisk bistand',Langtidsopphold --format md levanger.csv
