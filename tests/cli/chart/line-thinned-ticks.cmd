# 26 years of months (312 x values): labelled every 36 months at round
# ones (January of 2001, 2004, ...: 9 labels, not 312; no unlabelled
# ticks past 200 x values); ten years every year (all fit).
cd "$TMP" && awk 'BEGIN { print "serie,period,value"; for (m = 0; m < 312; m++) printf "A,%d-%02d,%d\n", 2000 + int(m / 12), m % 12 + 1, m }' | chart --script -o m.png | grep '^set xtics'
awk 'BEGIN { print "serie,period,value"; for (y = 2015; y < 2025; y++) print "A," y "," y - 2000 }' | chart --script -o y.png | grep '^set xtics'
