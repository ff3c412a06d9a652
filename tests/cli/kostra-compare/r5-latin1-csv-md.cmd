cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --wide --format md --numbers nb 12362-pleie-og-omsorg-latin1.csv
