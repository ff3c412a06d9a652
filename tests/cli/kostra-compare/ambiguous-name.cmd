cd "$FIXTURES/kostra" && kostra-compare --focus Herøy --ref Landet same-names-2023.csv
