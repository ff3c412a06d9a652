# PX's other form: UTF-8, DATA in KEYS rows (codes for the regions,
# values for kjønn), the rows left out 0, "." ".." "..." "-" shown as the
# file's DATASYMBOL keywords say; a dimension chosen by its label
cd "$FIXTURES/kostra" || exit 1
kostra-compare --dump px-keys-symbols.px
kostra-compare --focus Levanger --ref Verdal --select kjønn=Kvinner px-keys-symbols.px
