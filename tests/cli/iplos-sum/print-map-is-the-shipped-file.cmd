cd "$FIXTURES/iplos" && iplos-sum --print-map | cmp - kategorier.csv && echo same
