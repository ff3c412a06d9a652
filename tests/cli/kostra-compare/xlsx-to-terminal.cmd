# A workbook is no text for a terminal: with standard output a terminal
# (script(1) gives it one) --format xlsx without -o is a usage error
# that says to name a file, exit 2, and no bytes of a zip reach it.
command -v script >/dev/null || { echo "no script(1)" >&2; exit 77; }
cd "$FIXTURES/kostra" && script -qec "kostra-compare --focus Levanger --ref EKG09 -f xlsx 12362-pleie-og-omsorg.json 2>&1 >/dev/tty | grep -v '^kostra-compare: \(negative\|values near\|EKG09\)'; kostra-compare --focus Levanger --ref EKG09 -f xlsx 12362-pleie-og-omsorg.json 2>/dev/null; echo \"exit \$?\"" /dev/null | tr -d '\r'
