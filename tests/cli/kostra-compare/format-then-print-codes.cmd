kostra-compare --format md --print-codes
