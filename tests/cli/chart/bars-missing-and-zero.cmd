# A missing value is labelled "mangler" in its slot, never an empty slot
# that reads as 0 (R3a: no "til 13.09" figure before 2022, no full-year
# one for 2022); a bar of 0 is labelled "0" (Klagesaker has none: the
# case below adds one).
cd "$FIXTURES/trend" && trend --measures value forvaltning-saker.csv | chart --script --kind bars --only 'Registrerte saker,Registrerte saker til 13.09' -o r3.png | grep "^set label\|^set key"
printf 'serie,period,value\nA,2023,4\nA,2024,0\nB,2023,2\nB,2024,3\n' | chart --script --kind bars -o z.png | grep "^set label"
