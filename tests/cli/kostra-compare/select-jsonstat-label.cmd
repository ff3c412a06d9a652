# JSON-stat as CSV: a category by its code or its label, in any case
cd "$FIXTURES/kostra" || exit 1
kostra-compare --focus Levanger --ref EKG09 --select KOKart0000=AGD10 art-select.json >"$TMP/code" || exit 1
kostra-compare --focus Levanger --ref EKG09 --select 'kokart0000=brutto driftsutgifter' art-select.json >"$TMP/label" || exit 1
cmp "$TMP/code" "$TMP/label" && cat "$TMP/code"
kostra-compare --focus Levanger --ref EKG09 --select KOKart0000=AGD99 art-select.json; echo "status $?"
kostra-compare --dump --select KOKart0000=AGD10 art-select.json
