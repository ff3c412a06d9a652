# values whose range is beyond a double (once a hang: the tick loop never advanced), alone or stacked: an error, at once
cd "$FIXTURES/chart" && chart -o "$TMP/x.png" huge-range.csv; echo "status $?"; chart --kind stacked -o "$TMP/y.png" huge-stack.csv; echo "status $?"; ls "$TMP"
