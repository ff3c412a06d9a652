# A week is drawn in the month of its Thursday (ISO 8601): 2024U05, Monday
# 29 January to Sunday 4 February, is February's.
printf 'unit,period,value\nA,2024U04,10\nA,2024U05,20\nA,2024U06,30\n' |
    chart --script --per month | sed -n "/^set xtics (/p; /^\$data/,/^EOD_data/p"
