cd "$FIXTURES/trend" && trend --wide-in --ignore Status --empty-is-zero staup-tiltak-2025.csv | chart --script --kind hbars --period 'Kostnad (kr)' --title Innsparing
