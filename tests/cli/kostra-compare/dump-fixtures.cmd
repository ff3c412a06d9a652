cd "$FIXTURES/kostra" && kostra-compare --dump 12362-pleie-og-omsorg-latin1.csv | head -4 && kostra-compare --dump --format tsv 12362-pleie-og-omsorg.json | sed -n "1p;2p;29p"
