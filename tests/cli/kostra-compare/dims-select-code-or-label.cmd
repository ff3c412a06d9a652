# "253 Helse- og omsorgstjenester i institusjon": chosen by its code, its
# label or the whole cell, in any case, the same comparison; --select
# repeatable, or one list
cd "$FIXTURES/kostra" || exit 1
f=12362-funksjon-long.csv
kostra-compare --focus Levanger --ref EKG09 --select funksjon=253 "$f" >"$TMP/code" || exit 1
kostra-compare --focus Levanger --ref EKG09 --select 'FUNKSJON=helse- og omsorgstjenester i institusjon' "$f" >"$TMP/label" || exit 1
kostra-compare --focus Levanger --ref EKG09 --select 'funksjon=253 Helse- og omsorgstjenester i institusjon' --select art=AGD2 "$f" >"$TMP/whole" || exit 1
kostra-compare --focus Levanger --ref EKG09 --select 'funksjon=253,art=Netto driftsutgifter' "$f" >"$TMP/list" || exit 1
cmp "$TMP/code" "$TMP/label" && cmp "$TMP/code" "$TMP/whole" && cmp "$TMP/code" "$TMP/list" && cat "$TMP/code"
