cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --units Levanger --from 2022 --labels nb --format html --numbers nb 12362-pleie-og-omsorg.json
