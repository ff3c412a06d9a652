# the merge of 2020: Asker's series starts at it, its predecessors stay
# units of their own, flagged
cd "$FIXTURES/kostra" && kostra-compare --focus Asker --ref Landet --units Asker,0220,0627,0628 baerum-asker-2019-2024.json
