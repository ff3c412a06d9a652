cd "$FIXTURES/iplos" && iplos-sum --measure recipients,hours,users --on 2024-06-30 --on 2024-07-01 --only BPA edge-hours.csv
