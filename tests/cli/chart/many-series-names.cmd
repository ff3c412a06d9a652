# 17 series (more than are compared for parts alike): every key part
# shown, joined by ", " as elsewhere
{ echo 'code,name,period,value'; i=1; while [ $i -le 17 ]; do echo "$i,Kommune $i,2024,$i"; i=$((i + 1)); done; } >"$TMP/many.csv"
chart --script --kind hbars "$TMP/many.csv" | grep -o "'1, Kommune 1' [0-9]*"
