trend --window 1e10 "$FIXTURES/trend/regnbuen.csv"
