# a file that turns from Latin-1 to UTF-8 (two exports pasted together) is refused with the line where UTF-8 begins, not printed as TrÃ¸ndelag
cd "$FIXTURES/trend" && trend latin1-then-utf8.csv
