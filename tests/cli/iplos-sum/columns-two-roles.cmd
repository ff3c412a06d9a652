# one column, one role: the person id mapped as the district too is a usage error naming both roles, nothing written
cd "$FIXTURES/iplos" && iplos-sum --on 2024-06-30 --by district --columns person_id=Pasient,district=Pasient,service=Tjeneste,birth_year=Fodt,sex=Kjonn,start_date=Fra,end_date=Til edge-id-columns.csv
