# A census on 13 September each year, labelled by year, is a yearly series: trend --base 2017 and --project 2026 step by year (R1's Langtidsopphold: 14, 10, 7, 13, 21, 26)
cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on-each 09-13 --years 2017-2022 --period-label year --only Langtidsopphold levanger.csv | trend --base 2017 --project 2024
