# Statistikkbanken's wide export, tab-separated, Latin-1, "Persons 2015"
# headers, old and new codes side by side with 0 where a code did not
# exist: Levanger and Verdal each one series 2015-2018
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref 'Hele landet' --units Levanger,Verdal statbank-side-by-side-latin1.tsv
