cd "$FIXTURES/trend" && printf 's,period,value\na,2019,1\na,Kostnad,2\n' | chart --script
