# gnuplot draws each new kind of drawing without a complaint: bars as
# boxes with a highlighted unit, hatched flags and value labels, and
# --facet panels; the SVGs parse and hold the texts.
command -v gnuplot >/dev/null || { echo "no gnuplot" >&2; exit 77; }
cd "$TMP" || exit 1
kostra-compare --focus Levanger --ref EKG09 --labels nb "$FIXTURES/kostra/12362-pleie-og-omsorg.json" 2>/dev/null >r5.csv
chart --kind bars --by-series --keys Navn --highlight Levanger --values -o r5.svg r5.csv 2>&1
chart --facet --keys Navn --only 'Levanger,Stjørdal,Verdal' -o f.svg r5.csv 2>&1
for f in r5.svg f.svg; do python3 -c "import sys, xml.dom.minidom; d = xml.dom.minidom.parse(sys.argv[1]); t = ' '.join(n.firstChild.data for n in d.getElementsByTagName('text') if n.firstChild is not None); print(sys.argv[1], 'skravert' in t or 'ring' in t, '21 050' in t, 'Stjørdal' in t)" $f; done
