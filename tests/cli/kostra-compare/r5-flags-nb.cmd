cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --labels nb 12362-pleie-og-omsorg.json
