# --values on a line chart: each point's value at it in Norwegian digits,
# one decimal for all when one has one (12,5), below a negative point.
printf 'serie,period,value\nA,2022,1200\nA,2023,12.5\nA,2024,-3\n' | chart --script --values -o v.png | grep '^set label'
