# a --total or --multiply past what a double holds is an error naming what overflowed, never 'inf' (which no tool reads back) or JSON's null
cd "$FIXTURES/trend" && trend --total Sum overflow-total.csv; echo "status $?"; trend --multiply 10 overflow-total.csv; echo "status $?"
