# A columns file's errors name its line; a column given twice names both headers
printf 'person_id=Pasient\n# a comment\n\nstart=Fra\n' > "$TMP/cols.txt"; iplos-sum --columns @"$TMP/cols.txt" --on 2024-01-01 x.csv 2>&1 | sed "s|$TMP/||"; iplos-sum --columns person_id=A --columns person_id=B --on 2024-01-01 x.csv; iplos-sum --columns @"$TMP/none.txt" --on 2024-01-01 x.csv 2>&1 | sed "s|$TMP/||"
