cd "$FIXTURES/iplos" && iplos-sum --measure bed-days --during 2024 --by service --only korttid_utredning,korttid_annet edge-stays.csv
