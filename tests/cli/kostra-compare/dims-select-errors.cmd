# a --select that names no column, no value of its column, or several
cd "$FIXTURES/kostra" || exit 1
f=12362-funksjon-long.csv
kostra-compare --focus Levanger --ref EKG09 --select age=80 "$f"; echo "status $?"
kostra-compare --focus Levanger --ref EKG09 --select funksjon=255 "$f"; echo "status $?"
kostra-compare --focus Levanger --ref Verdal --select 'alder=år' 07459-alder-latin1.csv; echo "status $?"
kostra-compare --focus Levanger --ref EKG09 --select alder=80 12362-pleie-og-omsorg-latin1.csv; echo "status $?"
kostra-compare --focus Levanger --ref EKG09 --select funksjon "$f"; echo "status $?"
kostra-compare --focus Levanger --ref Verdal --select 'age=80 years' 07459-alder-latin1.csv; echo "status $?"
