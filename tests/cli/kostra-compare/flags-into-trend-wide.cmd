# The same in the report's layout: a marker on each flagged value and on
# each change made from one (6 296,7 %⁴ from 330 to 21 109), the legend
# under the table.
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --units Levanger,Stjørdal --labels nb 12362-pleie-og-omsorg.json 2>/dev/null | trend --measures change_pct --wide --format md --numbers nb --labels nb
