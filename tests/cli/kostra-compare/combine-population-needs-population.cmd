cd "$FIXTURES/kostra" && kostra-compare --focus Asker --ref Landet --combine population baerum-asker-2019-2024.json
