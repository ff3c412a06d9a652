command -v gnuplot >/dev/null || { echo "no gnuplot" >&2; exit 77; }; cd "$TMP" && chart --kind stacked -o r6.pdf "$FIXTURES/trend/eldre-prognose.csv" && head -c 5 r6.pdf && echo && tail -c 6 r6.pdf
