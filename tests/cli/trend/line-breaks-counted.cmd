# A message's line is the editor's: "\r \n" (a space between CR and LF,
# which the reader skips) is two line breaks, and so is a lone CR inside a
# quoted field.  The bad value is on line 5 of each file.
printf 'unit,period,value\r\n5037,2022,1\r \n5037,2023,2\n5037,2024,x\n' >"$TMP/a.csv"
printf 'unit,period,value\n"50\r37",2022,1\n5037,2023,2\n5037,2024,x\n' >"$TMP/b.csv"
cd "$TMP" || exit 1
trend a.csv
echo "status $?"
trend b.csv
echo "status $?"
