# The same for a terminal: "*" around the focus's texts, widths with the
# markers counted.
cd "$FIXTURES/kostra" && kostra-compare --focus Verdal --ref EKG09 --wide --format table 12362-pleie-og-omsorg.json 2>/dev/null
