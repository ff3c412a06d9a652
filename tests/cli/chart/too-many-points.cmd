# 30 000 daily values are more than gnuplot draws quickly: refused,
# with the count and what draws fewer; nothing is drawn.
python3 -c '
import datetime
d = datetime.date(1940, 1, 1)
print("series,period,value")
for i in range(30000):
    print("belegg,%s,%d" % (d + datetime.timedelta(days=i), i % 37))
' >"$TMP/daily.csv" && chart --script "$TMP/daily.csv"
