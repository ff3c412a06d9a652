cd "$FIXTURES/kostra" && kostra-compare --print-codes | cmp - kommunenummer.csv && echo same
