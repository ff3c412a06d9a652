# The Markdown a report shows: the counts whole, the mean and the median
# one decimal (27,75 -> 27,8; 32,5), days of the percentile and the
# longest whole.  CSV keeps 27.75 (edge-waiting-days).
cd "$FIXTURES/iplos" && iplos-sum --measure waiting-days --during 2024 --only 'Heldøgns omsorgsbolig' --format md --numbers nb --labels nb edge-waiting.csv
