# R9 from the unit's workbook (tests/gen/xlsx.py: a title row, numbers as
# numbers, an empty cell, a note under the table) exactly as from the
# Latin-1 CSV export; what is left out under the table is said
cd "$FIXTURES" || exit 1
args="--wide-in --ignore Status --empty-is-zero --total Sum --wide --format md --numbers nb"
trend $args trend/staup-tiltak-2025.csv >"$TMP/csv" || exit 1
trend $args xlsx/staup-tiltak-2025.xlsx >"$TMP/xlsx" || exit 1
cmp "$TMP/csv" "$TMP/xlsx" && cat "$TMP/xlsx"
