# dates before 1970 are dates (days before it count negative)
cd "$FIXTURES/iplos" && iplos-sum --on 1969-06-01 --measure recipients,waiting --only Langtidsopphold edge-before-1970.csv
