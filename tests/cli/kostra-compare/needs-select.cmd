cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 art-select.json
