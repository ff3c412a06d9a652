# The requests a query makes: /config, the metadata, the data, the
# selections as given (a label for a variable becomes its code), the
# codelist; and the split parts of a query over --max-cells, each
# variable split listed by code.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
ssb-get 99001 REGION='50*,EKG09' statistikkvariabel='*' år='from(2023)' >/dev/null
ssb-get --codelist region=agg_KommSummer 99001 region='50*' ContentsCode='*' Tid='top(1)' >/dev/null
ssb-get -q --max-cells 4 --no-cache 99001 region='5037,5038' ContentsCode='*' Tid='top(3)' >/dev/null
requests
