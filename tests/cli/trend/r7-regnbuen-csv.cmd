cd "$FIXTURES/trend" && trend --series 'Timer pr uke' --multiply 52 --as 'Timer pr år' --base 2019 --measures change,change_pct,base_change_pct regnbuen.csv
