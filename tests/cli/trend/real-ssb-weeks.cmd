# SSB's weekly salmon export table 1120 (JSON-stat 1.0, periods 2014U30
# and 2014U31), cell by cell through kostra-compare --dump, into trend:
# the weeks are periods, one step apart.  (Checked by hand against the
# file: 15439 - 14297 = 1142, 447 - 342 = 105, 105 / 342 = 30.70 %.)
f=$SHARED/external/ssb-real/ssb-1120-laks-uke-jsonstat1.json
[ -f "$f" ] || { echo "no $f" >&2; exit 77; }
kostra-compare --dump "$f" |
    trend -k VareGrupper2_label,ContentsCode_label -p Tid -m change,change_pct -r 2
