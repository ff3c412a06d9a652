# A line chart of kostra-compare's output: the flagged values ringed (a
# datablock of their own, drawn as open circles), the legend entry
# naming each kind of flag once; --legend auto (the default) puts the
# legend in a corner the lines leave free, or below the plot when, as
# here, every corner holds a line (Levanger's high on the left and the
# right, Stjørdal's low on both).
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --labels nb 12362-pleie-og-omsorg.json 2>/dev/null | chart --script --keys Navn --only 'Levanger,Stjørdal' -o r5.png | grep -v '^set terminal\|^set output'
