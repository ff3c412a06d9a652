cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --labels nb --format md sami-names-2024.csv
