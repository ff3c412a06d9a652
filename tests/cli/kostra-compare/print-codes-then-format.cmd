kostra-compare --print-codes --format md
