kostra-compare --format md --print-codes -o "$TMP/c.md" && head -4 "$TMP/c.md"
