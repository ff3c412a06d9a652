# Statistikkbanken's 07459 by age (Latin-1, "med overskrift"): an age
# column left open is an error naming it, its first values and the fix
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref Verdal 07459-alder-latin1.csv
