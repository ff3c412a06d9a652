# quotes where gnuplot's doubling fails (a leading one, two in a row) and shell text in labels: drawn, nothing run
cd "$TMP" && chart --title "Kari''s \`touch pwned\` 'x'" --ylabel "'" -o a.png "$FIXTURES/chart/apostrophes.csv" && chart --title "\`touch pwned\`" -o h.svg "$FIXTURES/chart/hostile.csv" && ls && head -c 8 a.png | od -An -c | tr -s ' '
