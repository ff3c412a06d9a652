# -k is --keys, as in trend; --kind has no letter (-k bars names a
# column that is not there)
cd "$FIXTURES/chart" || exit 1
chart --script -k series apostrophes.csv | cmp - <(chart --script --keys series apostrophes.csv) || exit 1
chart --script -k bars apostrophes.csv
echo "status $?"
