cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null | chart --script --kind bars --by-series --legend outside
