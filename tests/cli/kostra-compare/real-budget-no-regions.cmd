# Bergen's real budget export (department codes 1, 18, ... first): the
# same message, with how many rows hold no region.
f=$SHARED/external/ssb-real/bergen-driftsbudsjett-2013-2016-wide.csv
[ -f "$f" ] || { echo "no $f" >&2; exit 77; }
kostra-compare --focus 1 --ref 2 "$f" 2>&1 | sed "s|$SHARED|SHARED|"
