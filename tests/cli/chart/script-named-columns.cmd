cd "$FIXTURES/trend" && chart --script --x år --y verdi --keys enhet saker-2021.csv
