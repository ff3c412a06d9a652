# JSON nested past cJSON's 1 000 levels is said to be that, not "malformed"; a JSON-stat size of 1.5 is refused: sizes are whole numbers
cd "$FIXTURES/kostra" && kostra-compare --dump bad-deep.json; echo "status $?"; kostra-compare --dump bad-size-fraction.json; echo "status $?"
