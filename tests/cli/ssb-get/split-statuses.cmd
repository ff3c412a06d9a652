# A split along two variables (regions, then ages) of a table with
# missing values and their statuses (':' and '..'), notes and units:
# the merged dataset is the one the whole query gives.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
ssb-get --no-cache 99001 region='*' Alder='*' ContentsCode='*' Tid='*' | show --bare >"$TMP/whole"
ssb-get --no-cache --max-cells 20 99001 region='*' Alder='*' ContentsCode='*' Tid='*' 2>"$TMP/err" | show --bare >"$TMP/split"
cmp "$TMP/whole" "$TMP/split" && echo "split and whole: the same dataset"
cat "$TMP/err"
show <"$TMP/whole" | grep status
