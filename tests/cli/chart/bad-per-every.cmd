# --per and --combine take their words, --every a whole number from 1.
chart --script --per week </dev/null; echo "status $?"
chart --script --combine max </dev/null; echo "status $?"
chart --script --every 0 </dev/null; echo "status $?"
