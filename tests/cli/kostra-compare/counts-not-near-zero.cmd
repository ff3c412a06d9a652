# A count (persons, by the value column's header) near zero is no
# implausible figure: Utsira's few 80-year-olds beside Oslo's thousands
# are not flagged; the same numbers as kroner per inhabitant are.
printf 'unit,label,period,Personer 80 år\n0301,Oslo,2022,19034\n1151,Utsira,2022,12\n5037,Levanger,2022,1021\n5038,Verdal,2022,702\nEAK,Landet,2022,230104\n' >"$TMP/personer.csv"
sed '1s/.*/unit,label,period,Netto driftsutgifter per innbygger/' "$TMP/personer.csv" >"$TMP/kroner.csv"
cd "$TMP" && kostra-compare --focus Levanger --ref EAK personer.csv &&
    kostra-compare --focus Levanger --ref EAK kroner.csv
