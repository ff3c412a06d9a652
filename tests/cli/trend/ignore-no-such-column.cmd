# A column --ignore or --label-column names must be there: the columns
# are listed.
printf 'konto;tekst;2023;2024\n10100;Fastlønn;1200;1260\n' >"$TMP/b.csv"
cd "$TMP" || exit 1
trend --wide-in --ignore kontoo b.csv; echo "status $?"
trend --wide-in --label-column navn b.csv; echo "status $?"
