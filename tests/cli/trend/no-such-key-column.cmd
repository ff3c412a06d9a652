cd "$FIXTURES/trend" && trend --keys enhet --period tidspunkt --value antall egne-kolonner.csv
