# --highlight sets one series apart in grouped bars and lines too (the
# focus of a comparison): its colour, a thicker line, the others plain.
cd "$FIXTURES/kostra" || exit 1
kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null |
    chart --script --kind bars --keys label --highlight Levanger | grep '^plot\|^     \$'
kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null |
    chart --script --keys label --highlight Levanger | grep '^plot\|^     \$'
kostra-compare --focus Levanger --ref EKG09 12362-pleie-og-omsorg.json 2>/dev/null |
    chart --script --keys label --highlight Namsos
echo "status $?"
