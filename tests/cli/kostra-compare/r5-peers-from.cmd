cd "$FIXTURES/kostra" && kostra-compare --focus K-5037 --ref EKG09 --units Verdal,Stjørdal,Malvik --from 2020 --to 2021 --format table --numbers nb 12362-pleie-og-omsorg.json
