kostra-compare --focus a --ref b
