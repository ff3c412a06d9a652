cd "$FIXTURES/kostra" && kostra-compare --focus Asker --ref Landet --combine mean baerum-asker-2019-2024.json
