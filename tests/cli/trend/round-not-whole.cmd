trend --round 2.7 "$FIXTURES/trend/regnbuen.csv"
