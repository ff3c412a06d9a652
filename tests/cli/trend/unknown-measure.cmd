trend --measures change,growth "$FIXTURES/trend/regnbuen.csv"
