# With --label-column, the series trend makes itself are named in that
# column: the --total, and the --as copy (its other keys the source's).
printf 'konto;tekst;2023;2024\n1;A;10;11\n2;B;20;22\n' >"$TMP/b.csv"
cd "$TMP" || exit 1
trend --wide-in --label-column tekst --total Sum -m change --wide -f md b.csv
trend --wide-in --label-column tekst --series A --multiply 2 --as A2 -m change b.csv
