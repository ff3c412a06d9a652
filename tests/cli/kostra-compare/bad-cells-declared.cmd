# a small JSON-stat file that declares three million cells (sparse values, one status for all) is refused before they are made, not grown to gigabytes
cd "$FIXTURES/kostra" && kostra-compare --dump bad-cells-declared.json
