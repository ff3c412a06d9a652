cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --select KOKart0000=AGD10 art-select.json
