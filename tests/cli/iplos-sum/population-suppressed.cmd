# With --public a suppressed count's rate is suppressed too (with the population published it would give the count back)
cd "$FIXTURES/iplos" && iplos-sum --columns @epj-kolonner.txt --on 31.12.2023 --only Hjemmesykepleie,Hjemmetjenester --population befolkning-epj.csv --skip-invalid --public epj-export.csv 2>&1 | grep -v 'epj-export.csv'
