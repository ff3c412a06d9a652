# The same for a tool that reads CSV only, JSON among them.
cd "$TMP" || exit 1
printf '<html><body>Not found</body></html>\n' >page.csv
printf 'PK\003\004\024\000' >book.xlsx
printf '{"codes":[]}' >klass.json
for f in page.csv book.xlsx klass.json; do
	trend "$f"
	echo "status $?"
done
