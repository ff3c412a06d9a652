# --sheet by name (any case) or number; a sheet not there lists those
# there are; a zip that is no workbook and a workbook cut short say so
cd "$FIXTURES/xlsx" || exit 1
trend --wide-in --sheet felles staup-tiltak-2025.xlsx
trend --wide-in --sheet 2 staup-tiltak-2025.xlsx | cmp - <(trend --wide-in --sheet Felles staup-tiltak-2025.xlsx) || exit 1
for args in "--sheet 3 staup-tiltak-2025.xlsx" "not-a-workbook.zip" "cut-short.xlsx"; do
	trend --wide-in $args; echo "status $?"
done
