# fødselsnummer, D- and H-nummer as spreadsheets write them (blanks, exponent form, fullwidth digits, a .0 tail): the run stops, naming the column, never the values
cd "$FIXTURES/iplos" && iplos-sum --on 2024-01-01 edge-fnr.csv
