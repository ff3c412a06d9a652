cd "$FIXTURES/kostra" && kostra-compare --focus 5037 --ref ekg09 12362-pleie-og-omsorg-tidy.csv
