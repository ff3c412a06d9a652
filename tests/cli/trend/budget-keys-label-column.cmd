# A budget export: code columns first, then text, then the years.  The
# columns before the first period name the series (--ignore leaves one
# out, the first too); --label-column names it where one name is shown,
# and must tell the series apart.
printf 'konto;ansvar;tjeneste;tekst;2023;2024\n10100;3100;2530;Fastlønn;1200;1260\n10100;3200;2530;Fastlønn;800;880\n11000;3100;2530;Kontorrekvisita;50;40\n' >"$TMP/budsjett.csv"
cd "$TMP" || exit 1
trend --wide-in -m change budsjett.csv
grep -v 3200 budsjett.csv >ett-ansvar.csv
trend --wide-in --ignore konto --label-column tekst -m change_pct --wide -f md ett-ansvar.csv
trend --wide-in --label-column tekst budsjett.csv
echo "status $?"
