# A workbook into a folder that is not there: an error naming it, exit 1,
# no file left anywhere (the workbook is made in TMPDIR first).
cd "$TMP" && trend --base 2019 -f xlsx -o no/such/folder/r7.xlsx "$FIXTURES/trend/regnbuen.csv"; s=$?; ls -A "$TMP"; exit $s
