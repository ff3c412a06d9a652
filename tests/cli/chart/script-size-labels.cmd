cd "$FIXTURES/trend" && chart --script --size 640x360 --ylabel Personer --xlabel År -o eldre.svg eldre-prognose.csv | head -12
