cd "$FIXTURES/trend" && trend --project 2026 linear.csv | chart --script --title 'Lineær trend' -o trend.png
