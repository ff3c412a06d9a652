# Published counts as a workbook: counts numbers shown whole, a
# suppressed cell the text ':' (never a number, never 0), with --labels
# nb the Norwegian headers and dates; read back by tests/xlsx-dump.py.
cd "$TMP" && iplos-sum --map "$FIXTURES/iplos/levanger-kategorier.csv" --on 2022-09-13 --by district --only Hjemmesykepleie,BPA --public --labels nb -f xlsx -o r1.xlsx "$FIXTURES/iplos/levanger.csv" && python3 "$FIXTURES/../tests/xlsx-dump.py" r1.xlsx
