# 2021 has 52 ISO weeks: week 53 is no period.
printf 'unit,period,value\nA,2021U52,1\nA,2021U53,2\n' | trend
