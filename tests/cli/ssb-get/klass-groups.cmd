# The KOSTRA groups from KLASS's correspondence 131:112 (an answer in
# KLASS's shape, made-up groups but Levanger's), and kostra-compare
# --group-members: the peers are the focus's group, the reference the
# group itself; the member without figures is named.
. ./serve.sh
serve --table "$FIXTURES/kostra/12362-pleie-og-omsorg.json" --klass-corr ../../pxweb/klass-131-112-2024.json
ssb-get --klass-correspondence 131:112 --date 2024-01-01 -o "$TMP/groups.csv"
cat "$TMP/groups.csv"
ssb-get 12362 region='*' KOKfunksjon0000=FGF KOKart0000=AGD2 \
    ContentsCode=KOSbelopinnbygge0000 Tid='from(2019)' |
    kostra-compare --focus Levanger --group-members "$TMP/groups.csv" --wide -f md - 2>&1 | sed "s|$TMP/||"
requests | grep klass
