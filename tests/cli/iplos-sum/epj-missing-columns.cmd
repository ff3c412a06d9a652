# Without the mapping every missing column is named at once, each with the header that looks like it, and a --columns to paste
cd "$FIXTURES/iplos" && iplos-sum --on 31.12.2023 epj-export.csv
