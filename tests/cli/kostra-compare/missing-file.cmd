kostra-compare --focus a --ref b no-such.json
