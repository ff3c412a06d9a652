cd "$FIXTURES/trend" && trend --period tidspunkt --value verdi egne-kolonner.csv
