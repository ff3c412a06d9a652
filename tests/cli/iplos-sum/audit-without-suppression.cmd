# --audit has nothing to audit without --public or --suppress: a usage error
cd "$FIXTURES/iplos" && iplos-sum --audit --on 2024-01-01 edge-suppress.csv
