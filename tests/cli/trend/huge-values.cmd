# numbers past a double's digits are written in exponent form (once 127 digits cut by a buffer), and what one trend writes the next reads back
cd "$FIXTURES/trend" && trend huge-values.csv | trend --measures change && trend --numbers nb --format md huge-values.csv
