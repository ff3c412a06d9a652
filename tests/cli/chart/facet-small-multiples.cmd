# --facet: a panel per series, each with its own y axis (a series of
# thousands and two of tens, which one axis would flatten), the x axis
# labelled under the last panel only, one title for the page.
cd "$TMP" && printf 'serie,period,value\nStor,2021,1000\nStor,2022,1500\nStor,2023,2100\nLiten,2021,10\nLiten,2022,14\nLiten,2023,9\nMinst,2021,1\nMinst,2022,2\nMinst,2023,2\n' | chart --script --facet --title 'Tre serier' -o f.png | grep -v '^set terminal\|^set output'
# each panel's flagged points ringed from a datablock of its own, and
# the kinds of flag said once under the panels (kostra-compare's flags)
kostra-compare --focus Levanger --ref EKG09 --labels nb "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null | chart --script --facet --keys Navn --only 'Levanger,Stjørdal' -o f.png | grep 'flagged\|^set label 2'
