# --facet draws lines of periods: with bars or --by-series a usage error
# (exit 2); more series than the 12 panels a page holds, an error that
# says how to draw fewer (exit 1); nothing on standard output either way.
cd "$TMP" && printf 'serie,period,value\nA,2023,1\nA,2024,2\n' > a.csv
chart --script --facet --kind bars -o f.png a.csv; echo "exit $?"
chart --script --facet --by-series -o f.png a.csv; echo "exit $?"
awk 'BEGIN { print "serie,period,value"; for (s = 1; s <= 13; s++) print "S" s ",2024," s }' | chart --script --facet -o f.png; echo "exit $?"
