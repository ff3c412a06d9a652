# The long table as a workbook: the difference in percent a number with
# one decimal and " %" (-3.6 stored, "-3,6 %" shown), ranks whole, the
# peer mean with the decimals of the figures (whole kroner), SSB's
# symbols and the flags as text; read back by tests/xlsx-dump.py.
cd "$TMP" && kostra-compare --focus Levanger --ref EKG09 --units Levanger,Verdal,Stjørdal --from 2021 -f xlsx -o r5.xlsx "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null && python3 "$FIXTURES/../tests/xlsx-dump.py" r5.xlsx
