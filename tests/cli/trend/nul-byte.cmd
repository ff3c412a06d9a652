# a NUL byte in text is refused with its line (it once cut fields short: BPA\0a and BPA\0b became one series)
cd "$FIXTURES/trend" && trend nul-byte.csv
