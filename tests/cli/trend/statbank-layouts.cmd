# Statistikkbanken's own layouts, found by themselves: long, the values
# under the table's title and keys on both sides of the year; wide, the
# period inside the header ("Personer 2015", "2019 Netto driftsutgifter").
cd "$TMP" || exit 1
printf '"region";"tid";"statistikkvariabel";"07459: Befolkning, etter region, tid og statistikkvariabel"\n"5037 Levanger";"2023";"Personer";20343\n"5037 Levanger";"2024";"Personer";20490\n' >long.csv
printf '"region";"alder";"Personer 2015";"Personer 2016"\n"5037 Levanger";"80 år";150;162\n' >wide.csv
printf 'region;2019 Netto driftsutgifter;2020 Netto driftsutgifter\n5037 Levanger;17938;19841\n' >wide2.csv
for f in long.csv wide.csv wide2.csv; do
	trend -m change,change_pct "$f"
done
