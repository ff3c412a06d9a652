cd "$FIXTURES/kostra" && kostra-compare --focus Asker --ref Landet --units Asker --combine sum --labels nb baerum-asker-2019-2024.json
