# --dump keeps every dimension's column; with --select, the rows chosen
cd "$FIXTURES/kostra" && kostra-compare --dump 12362-funksjon-long.csv && kostra-compare --dump --select 'alder=80 år' 07459-alder-latin1.csv
