cd "$FIXTURES/kostra" && kostra-compare --focus 5037 --ref 5038 bad-no-time.json
