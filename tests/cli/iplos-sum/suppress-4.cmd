cd "$FIXTURES/iplos" && iplos-sum --suppress 4 --audit --by sex --on 2024-01-01 --only 'Hjemmesykepleie,Langtidsopphold' --wide --format md edge-suppress.csv
