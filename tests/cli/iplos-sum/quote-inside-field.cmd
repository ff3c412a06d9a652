# a quote inside an unquoted field stops the run, on its line, after the
# invalid rows before it
cd "$FIXTURES/iplos" && iplos-sum --on 2024-03-01 --only Hjemmesykepleie edge-quotes.csv
