cd "$FIXTURES/trend" && trend --divide 7.8 --as 'Saker per årsverk' --series 'Registrerte saker' --round 1 --wide --format md --numbers nb saker-2021.csv
