cd "$FIXTURES/iplos" && iplos-sum --measure waiting --on 2024-03-01 --only 'Heldøgns omsorgsbolig' edge-waiting.csv
