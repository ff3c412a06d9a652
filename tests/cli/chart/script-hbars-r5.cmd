cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null | chart --script --kind hbars --highlight Levanger --period 2022 -o r5.pdf
