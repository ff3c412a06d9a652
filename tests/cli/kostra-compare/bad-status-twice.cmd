# a JSON-stat status object with one cell's key twice: an error (it once leaked the first), not the last one silently
cd "$FIXTURES/kostra" && kostra-compare --dump bad-status-twice.json
