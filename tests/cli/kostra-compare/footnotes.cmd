# SSB's footnotes under the table (text in one field): left out, and counted
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --from 2022 12362-footnotes.csv
