cd "$FIXTURES/kostra" && kostra-compare --focus 1818 --ref Landet --units 1818,Ørsta same-names-2023.csv
