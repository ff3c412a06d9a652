cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --measure hours,users --on 2020-12-31 --on 2021-12-31 --only 'BPA,BPA vederlag' --wide --format md --numbers nb levanger.csv
