iplos-sum --print-map --format md -o "$TMP/map.md" && head -3 "$TMP/map.md"
