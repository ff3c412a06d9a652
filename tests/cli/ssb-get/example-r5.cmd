# ssb-get(1): R5 fetched and compared in one line.
. ./serve.sh
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json" --klass-corr ../../pxweb/klass-131-112-2024.json
ssb-get 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 ContentsCode=KOSbelopinnbygge0000 Tid='from(2019)' | kostra-compare --focus Levanger --ref EKG09 --wide -f md -n nb -
