# A year the population file does not have: '..' and a line saying so; a sex the file cannot give is an error
cd "$FIXTURES/iplos" && iplos-sum --columns @epj-kolonner.txt --on 31.12.2025 --only Langtidsopphold --population befolkning-epj.csv --skip-invalid epj-export.csv 2>&1 | grep -v 'epj-export.csv'
