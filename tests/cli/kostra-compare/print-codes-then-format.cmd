kostra-compare --print-codes --format md -o "$TMP/c.md" && head -4 "$TMP/c.md"
