cd "$FIXTURES/iplos" && iplos-sum --measure waiting-days --during 2024 --only 'Heldøgns omsorgsbolig' edge-waiting.csv
