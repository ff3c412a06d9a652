cd "$FIXTURES/iplos" && iplos-sum --public --by sex --on 2024-01-01 --only 'Hjemmesykepleie,Praktisk bistand,Langtidsopphold' --wide --format md edge-suppress.csv
