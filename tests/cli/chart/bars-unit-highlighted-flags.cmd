# R5 as the report draws it (the units along the axis, a bar a year) with
# Levanger highlighted: its bars in full colour, the others' pale (fs
# solid 0.3); the flagged values (every 2019 one: the KOSTRA groups were
# redrawn; Stjørdal's negative and near-zero ones) hatched in their
# colour, one legend entry naming each kind of flag once; --values puts
# each bar's value at it, standing up as the bars are too narrow for
# "21 050" across, below a negative bar.
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --labels nb 12362-pleie-og-omsorg.json 2>/dev/null | chart --script --kind bars --by-series --keys Navn --highlight Levanger --values -o r5.png
