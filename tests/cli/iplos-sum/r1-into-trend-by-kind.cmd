# Without --round the human formats round by what each figure is: the
# recipients and their change are counts (whole: 92, 6), the change in
# percent one decimal (6/92 = 6,52 % -> 6,5 %).  Compare
# r1-by-district-into-trend, where --round 1 gives every figure one.
cd "$FIXTURES/iplos" && iplos-sum --map levanger-kategorier.csv --on-each 09-13 --years 2021-2022 --by district --only Hjemmesykepleie levanger.csv | trend --measures change,change_pct --wide --format md --numbers nb --labels nb
