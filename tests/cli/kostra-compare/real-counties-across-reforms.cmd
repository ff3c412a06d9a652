# a table by fylke: counties ranked among counties, the 2020 merge of
# Troms and Finnmark flagged
f="$SHARED/external/ssb-real/ssb-statbank-folkemengde-fylke-long.csv"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
kostra-compare --focus Troms --ref Oslo --variable Folkemengde --from 2014 --units Troms,Finnmark,Nordland "$f" 2>&1
