# --force draws them all, and says how many before gnuplot starts.
python3 -c '
import datetime
d = datetime.date(1940, 1, 1)
print("series,period,value")
for i in range(30000):
    print("belegg,%s,%d" % (d + datetime.timedelta(days=i), i % 37))
' >"$TMP/daily.csv" && chart --script --force "$TMP/daily.csv" | grep -c '^[0-9]'
