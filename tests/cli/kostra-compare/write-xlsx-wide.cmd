# R5b as a workbook, read back by tests/xlsx-dump.py (Python's zipfile
# and the sheet's XML, none of the toolkit's code): every figure a
# number (17938, not text), shown with digit groups and no decimals
# (#,##0: kroner), a flagged value with its note's marker in the number
# format (#,##0"¹": still a number to sum), the header and Levanger's
# row bold, the header frozen, the legend and the source line under the
# table.
cd "$TMP" && kostra-compare --focus Levanger --ref EKG09 --labels nb --wide -f xlsx -o r5.xlsx "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null && python3 "$FIXTURES/../tests/xlsx-dump.py" r5.xlsx
