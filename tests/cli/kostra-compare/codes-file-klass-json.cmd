# KLASS's own changes answer, as KLASS serves it, read by --codes
cd "$FIXTURES/kostra" && printf '{"codeChanges": [{"oldCode": "1719", "oldName": "Levanger", "newCode": "5037", "newName": "Levanger", "changeOccurred": "2018-01-01"}]}\n' >"$TMP/changes.json" && kostra-compare --codes "$TMP/changes.json" --focus Levanger --ref Landet gamle-kommunenummer.csv
