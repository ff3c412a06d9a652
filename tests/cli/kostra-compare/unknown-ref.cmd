cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref Fylket 12362-pleie-og-omsorg.json
