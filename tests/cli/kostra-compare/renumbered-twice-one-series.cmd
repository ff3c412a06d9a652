cd "$FIXTURES/kostra" && kostra-compare --focus Bærum --ref Landet --units Bærum baerum-asker-2019-2024.json
