# A flag's text reaches gnuplot only as a single-quoted literal, in the
# legend of the hatched bars and the ringed points alike: the backquote,
# the macro and the quote below run nothing (a quote is a literal of
# its own, "'").
printf 'serie,period,value,flag\nA,2023,4,"`touch pwned` @m it'"'"'s"\nA,2024,5,\n' > "$TMP/f.csv"
cd "$TMP" && chart --script --kind bars -o f.png f.csv | grep skravert
chart --script -o f.png f.csv | grep ring
