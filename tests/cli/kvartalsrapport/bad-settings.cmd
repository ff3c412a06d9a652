# A settings line that is not NAME = VALUE, an unknown name, a figure of
# no table: each named with its file and line, exit 2, nothing written.
cd "$TMP" && printf 'kommune = Levanger\nkostra\n' > a.conf && printf 'kommune = Levanger\nkostragrupe = EKG09\n' > b.conf && printf 'kommune = Levanger\nfigur = R3 | Saker | --kind bars\n' > c.conf
for f in a b c; do "$FIXTURES/../docs/examples/kvartalsrapport.sh" -s $f.conf "$FIXTURES" out 2>&1 | sed "s|$TMP/||"; echo "exit ${PIPESTATUS[0]}"; done; ls out 2>&1 | sed 's/.*/(no out folder)/'
