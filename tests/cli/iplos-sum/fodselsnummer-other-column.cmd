# an unmapped column of fødselsnummer (a dash inside, a lost leading zero): the run stops, naming the column
cd "$FIXTURES/iplos" && iplos-sum --on 2024-01-01 --columns person_id=Pasient,birth_year=Fodt,sex=Kjonn,district=Sone,service=Tjeneste,start_date=Fra,end_date=Til edge-fnr-other-column.csv
