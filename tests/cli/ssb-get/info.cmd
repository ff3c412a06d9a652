# --info, --values and --search.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json"
ssb-get --info 99001 -f table
ssb-get --info 12362
ssb-get --values 99001 alder -f md
ssb-get --search utgifter -f table
ssb-get --search ingenting
