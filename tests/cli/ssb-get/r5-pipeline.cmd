# ssb-get | kostra-compare: R5's figures from the recorded table, the
# same table as kostra-compare makes of the file itself; the source line
# names SSB's table and its last update.
. ./serve.sh
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json"
ssb-get 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 \
    ContentsCode=KOSbelopinnbygge0000 Tid='from(2019)' |
    kostra-compare --focus Levanger --ref EKG09 --wide -f md -n nb - 2>/dev/null | tee "$TMP/piped"
kostra-compare --focus Levanger --ref EKG09 --wide -f md -n nb \
    "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null | cmp - "$TMP/piped" &&
    echo "the same as from the file"
ssb-get -f csv 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 \
    ContentsCode=KOSbelopinnbygge0000 Tid='from(2019)' >"$TMP/r5.csv"
kostra-compare --focus Levanger --ref EKG09 --wide -f md -n nb "$TMP/r5.csv" 2>/dev/null | cmp - "$TMP/piped" &&
    echo "and from ssb-get's CSV"
kostra-compare --print-source --labels nb "$TMP/r5.csv"
ssb-get 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 \
    ContentsCode=KOSbelopinnbygge0000 Tid='from(2019)' |
    kostra-compare --focus Levanger --ref EKG09 --labels nb -f xlsx -o "$TMP/r5.xlsx" - 2>/dev/null
python3 ../../xlsx-dump.py "$TMP/r5.xlsx" | grep Kilde
