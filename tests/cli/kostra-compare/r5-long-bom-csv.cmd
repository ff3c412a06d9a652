cd "$FIXTURES/kostra" && kostra-compare --focus '5037 Levanger' --ref 'Kostragruppe 09' 12362-pleie-og-omsorg-long-bom.csv
