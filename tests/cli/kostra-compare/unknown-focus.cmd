cd "$FIXTURES/kostra" && kostra-compare --focus Levangr --ref EKG09 12362-pleie-og-omsorg.json
