# ssb-get(1): a table's variables.
. ./serve.sh
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json" --klass-corr ../../pxweb/klass-131-112-2024.json
ssb-get --info 12362 -f table
