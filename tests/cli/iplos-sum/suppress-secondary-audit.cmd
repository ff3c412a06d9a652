# the man page's example with its audit: the women's 3 below the threshold, the men's 7 hidden with them, no combination of published cells giving either
cd "$FIXTURES/iplos" && iplos-sum --public --audit --by sex --on 2024-01-01 --only 'Hjemmesykepleie,Praktisk bistand,Langtidsopphold' --wide --format md edge-suppress.csv
