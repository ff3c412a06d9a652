# ssb-get(1): the KOSTRA groups from KLASS, then the comparison with
# the focus's whole group (--group-members).
. ./serve.sh
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json" --klass-corr ../../pxweb/klass-131-112-2024.json
cd "$TMP"
ssb-get --klass-correspondence 131:112 --date 2024-01-01 -o grupper.csv
cat grupper.csv
ssb-get 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 ContentsCode=KOSbelopinnbygge0000 Tid='top(4)' | kostra-compare --focus 5037 --group-members grupper.csv -f md - 2>/dev/null | head -4
