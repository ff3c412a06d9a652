cd "$FIXTURES/trend" && trend --keys tjeneste --period tidspunkt --value antall egne-kolonner.csv
