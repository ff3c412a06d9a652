cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 bad-truncated.json
