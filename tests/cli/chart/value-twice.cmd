# A series with two values for one x value is an error, not the last
# one drawn.
printf 'unit,period,value\nA,2024,1\nA,2025,2\nA,2024,3\n' | chart --script
