# A budget with year columns is no KOSTRA table: no column of regions is
# said, not "1 1 has two figures".
printf 'konto;ansvar;tekst;2023;2024\n1000;110;Lønn;500;520\n1010;110;Sosiale utgifter;80;84\n' >"$TMP/budsjett.csv"
cd "$TMP" && kostra-compare --dump budsjett.csv
