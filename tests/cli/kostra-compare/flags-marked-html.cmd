# The wide HTML table (the report's): the focus's row apart, each flagged
# value with its marker, the legend under the table.
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --wide --format html --numbers nb --labels nb 12362-pleie-og-omsorg.json 2>/dev/null
