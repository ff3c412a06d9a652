cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --from 2022 --need utgiftsbehov-2022.csv 12362-pleie-og-omsorg.json
