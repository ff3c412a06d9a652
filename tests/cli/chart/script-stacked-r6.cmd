cd "$FIXTURES/trend" && chart --script --kind stacked --title 'Eldre innbyggere' --legend below eldre-prognose.csv
