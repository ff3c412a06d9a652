# a name with a blank at its end is quoted when written, so that the next tool reads "BPA " and BPA as the two series they are
cd "$FIXTURES/trend" && trend --measures change blank-ends.csv | trend --measures change_pct
