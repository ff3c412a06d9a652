cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --variable 'brutto driftsutgifter per innbygger' two-variables.csv
