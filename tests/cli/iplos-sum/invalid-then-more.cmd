# an invalid row early, a person whose rows disagree and a repeated row later: read strictly, the run is refused naming the invalid row only, the same for every thread count and block size
cd "$FIXTURES/iplos" && iplos-sum --on 2024-06-01 --measure recipients,hours edge-invalid-then-more.csv
