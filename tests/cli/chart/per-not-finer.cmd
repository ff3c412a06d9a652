# --per quarter over years: nothing to combine, said so.
printf 'unit,period,value\nA,2024,1\nA,2025,2\n' | chart --script --per quarter
