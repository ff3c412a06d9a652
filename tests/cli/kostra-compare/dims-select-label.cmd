# --select on a CSV column by the cell's text: the 80-year-olds only
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref Verdal --select 'alder=80 år' 07459-alder-latin1.csv
