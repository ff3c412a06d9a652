#!/usr/bin/env bash
# kvartalsrapport.sh: the quarterly status report's tables, from the inputs
# in one folder to Markdown and tidy CSV in another.
#
#   kvartalsrapport.sh INPUT_DIR OUTPUT_DIR
#
# Copy this script and point it at your own files: each step below names
# the input it reads.  The report is built in a temporary folder and moved
# into OUTPUT_DIR only when every step has succeeded, so a failed run
# leaves the previous report as it was.
set -eu -o pipefail

if [ $# -ne 2 ]; then
	echo "usage: kvartalsrapport.sh INPUT_DIR OUTPUT_DIR" >&2
	exit 2
fi
in=$1
out=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/kvartalsrapport.XXXXXX")
trap 'rm -rf "$work"' EXIT
report=$work/rapport.md
html=$work/rapport.html

fail() {
	echo "kvartalsrapport: step '$1' failed (see the message above)" >&2
	exit 1
}

# Text for HTML.
esc() {
	sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
	    -e 's/"/\&quot;/g'
}

# table [--long] ID TITLE TOOL INPUT OPTIONS...: one table of the report,
# in rapport.md and rapport.html, with the command that made it; periods
# as columns unless --long.  The tidy data of the same computation goes to
# ID.csv, made first, so that a tool's warnings are shown once.
table() {
	local layout=--wide id title tool input cmd src
	if [ "$1" = --long ]; then
		layout=
		shift
	fi
	id=$1 title=$2 tool=$3 input=$4
	shift 4
	"$tool" "$@" -o "$work/$id.csv" "$in/$input" || fail "$id"
	cmd="$tool $(quote "$@")${layout:+ $layout} --format md --numbers nb --labels nb $input"
	src="Kilde: $input. Laget med: $cmd ($("$tool" --version))."
	{
		printf '## %s\n\n' "$title"
		"$tool" "$@" $layout --format md --numbers nb --labels nb \
		    "$in/$input" 2>/dev/null || fail "$id"
		printf '\nKilde: `%s`. Laget med `%s` (%s).\n\n' "$input" "$cmd" \
		    "$("$tool" --version)"
	} >>"$report"
	{
		printf '<section>\n<h2>%s</h2>\n' "$(printf '%s' "$title" | esc)"
		"$tool" "$@" $layout --format html --numbers nb --labels nb \
		    "$in/$input" 2>/dev/null || fail "$id"
		printf '<p class="source">%s</p>\n</section>\n' \
		    "$(printf '%s' "$src" | esc)"
	} >>"$html"
}

# figure ID TITLE CHART-OPTIONS...: a chart of table ID's tidy data,
# drawn by gnuplot as ID.png (linked from rapport.md) and ID.svg (inside
# rapport.html).
figure() {
	local id=$1 title=$2 f
	shift 2
	for f in png svg; do
		chart "$@" --title "$title" --subtitle "Kilde: $id.csv" \
		    -o "$work/$id.$f" "$work/$id.csv" || fail "$id (chart)"
	done
	printf '![%s](%s.png)\n\nLaget med `chart %s --title %s %s.csv`.\n\n' \
	    "$title" "$id" "$(quote "$@")" "$(quote "$title")" "$id" >>"$report"
	{
		printf '<figure>\n'
		sed -n '/<svg/,$p' "$work/$id.svg"
		printf '<figcaption>Laget med: chart %s --title %s %s.csv</figcaption>\n</figure>\n' \
		    "$(quote "$@" | esc)" "$(quote "$title" | esc)" "$id"
	} >>"$html"
}

# The arguments as one line a shell reads back the same way, with paths
# relative to the input folder, where the commands are to be run.
quote() {
	local a s=""
	for a in "$@"; do
		a=${a#"$in"/}
		case $a in
		*[!A-Za-z0-9_.,=/-]*) s="$s '${a//\'/\'\\\'\'}'" ;;
		*) s="$s $a" ;;
		esac
	done
	printf '%s' "${s# }"
}

printf '# Statusrapport helse og velferd: tabeller\n\n' >"$report"
printf 'Hver tabell har kilden og kommandoen som laget den; kommandoene kjøres fra mappen med inndata.\n\n' >>"$report"
cat >"$html" <<'HTML'
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Statusrapport helse og velferd</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 62em;
  margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.7em;
  text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #888; }
.num { text-align: right; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
.source, figcaption { font-size: 0.8em; color: #555; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; }
@media print { section, figure { break-inside: avoid; } }
</style>
</head>
<body>
<h1>Statusrapport helse og velferd: tabeller</h1>
<p>Hver tabell har kilden og kommandoen som laget den; kommandoene kjøres
fra mappen med inndata.</p>
HTML

# The IPLOS extract from the EPJ system, and the category map that also
# counts the EPJ's own code for BPA vederlag.
extract=iplos/levanger.csv
map=$in/iplos/levanger-kategorier.csv

table R1 "R1 IPLOS sumrapport: mottakere pr tjenestetype 13. september" \
    iplos-sum "$extract" --map "$map" --on-each 09-13 --years 2017-2022 \
    --only 'Hjemmesykepleie,Praktisk bistand,Kommunal rehabilitering,Avlastning i institusjon,Korttidsopphold,Langtidsopphold'

figure R1 "Mottakere pr tjenestetype 13. september" --kind bars \
    --legend below

table R2 "R2 BPA: brukere og timer pr uke 31.12" \
    iplos-sum "$extract" --map "$map" --measure hours,users \
    --on 2020-12-31 --on 2021-12-31 --only 'BPA,BPA vederlag'
figure R2 "BPA: timer pr uke 31.12" --kind stacked --only hours

# R2, continued: the hours per week from the extract piped into trend,
# summed, and the growth per week and per year.
r2_sum=(--map "$map" --measure hours --on 2020-12-31 --on 2021-12-31
    --only 'BPA,BPA vederlag' --labels nb)

# bpa_growth ID TITLE TREND-OPTIONS...: iplos-sum | trend, as a table.
bpa_growth() {
	local id=$1 title=$2 f cmd to
	shift 2
	cmd="iplos-sum $(quote "${r2_sum[@]}") $extract | trend $(quote "$@")"
	for f in md html; do
		to=$report
		[ $f = html ] && to=$html
		{
			if [ $f = md ]; then
				printf '## %s\n\n' "$title"
			else
				printf '<section>\n<h2>%s</h2>\n' \
				    "$(printf '%s' "$title" | esc)"
			fi
			iplos-sum "${r2_sum[@]}" "$in/$extract" |
			    trend "$@" --wide --format $f --numbers nb \
			    --labels nb || fail "$id"
			if [ $f = md ]; then
				printf '\nKilde: `%s`. Laget med `%s --wide --format md --numbers nb --labels nb` (%s, %s).\n\n' \
				    "$extract" "$cmd" "$(iplos-sum --version)" \
				    "$(trend --version)"
			else
				printf '<p class="source">%s</p>\n</section>\n' \
				    "$(printf 'Kilde: %s. Laget med: %s --wide --format html --numbers nb --labels nb' \
				    "$extract" "$cmd" | esc)"
			fi
		} >>"$to"
	done
}

bpa_growth R2b "R2 BPA: økning i timer pr uke" \
    --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' \
    --measures change --label 'change=Økning i timer pr uke'
bpa_growth R2c "R2 BPA: økning i timer pr år" \
    --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' \
    --multiply 52 --as 'BPA timer pr år' --measures change \
    --label 'change=Økning i timer pr år'

table R3a "R3 Forvaltning helse og omsorg: saker, klager og avvik" \
    trend trend/forvaltning-saker.csv --measures value
figure R3a "Registrerte saker" --kind bars --only 'Registrerte saker' \
    --legend off

table R3 "R3 Forvaltning: saker per årsverk 2021 (9 ansatte i 7,8 årsverk)" \
    trend trend/saker-2021.csv \
    --series 'Registrerte saker' --divide 7.8 --as 'Saker per årsverk' \
    --measures value

table R4 "R4 Venteliste 13.10.2022: vedtak som ikke er iverksatt" \
    iplos-sum "$extract" --map "$map" --measure waiting --on 2022-10-13 \
    --only 'Heldøgns omsorgsbolig,Langtidsopphold,Korttids- eller avlastningsopphold'
figure R4 "Venter på tjeneste 13.10.2022" --kind hbars --legend off

# R5 from SSB: the KOSTRA figure as downloaded (JSON-stat from the API, or
# a Statistikkbanken CSV: kostra-compare reads both).
table R4b "R4 Venteliste for omsorgsbolig" \
    trend trend/venteliste-omsorgsbolig.csv

table R5 "R5 KOSTRA: netto driftsutgifter pleie og omsorg pr innbygger (kr)" \
    kostra-compare kostra/12362-pleie-og-omsorg.json \
    --focus Levanger --ref EKG09
figure R5 "Netto driftsutgifter pleie og omsorg pr innbygger (kr)" \
    --kind bars --by-series --keys label --legend below
table --long R5b "R5 Avvik fra kostragruppe 09 og plass blant de seks kommunene" \
    kostra-compare kostra/12362-pleie-og-omsorg.json \
    --focus Levanger --ref EKG09

table R6 "R6 Prognose for eldre innbyggere (KS prognosemodell)" \
    trend trend/eldre-prognose.csv \
    --base 2023 --total Total --measures base_change
figure R6 "Eldre innbyggere etter aldersgruppe" --kind stacked \
    --only 'Eldre (67-79 år),Eldre (80-89 år),Eldre (90 år og eldre)'

table R7 "R7 Regnbuen barne- og avlastningsbolig, tall pr 1. september" \
    trend trend/regnbuen.csv \
    --series 'Timer pr uke' --multiply 52 --as 'Timer pr år' --base 2019 \
    --measures change,change_pct,base_change_pct \
    --label 'change=Økning i timer pr år' \
    --label 'change_pct=Økning i % pr år' \
    --label 'base_change_pct=Økning i %, målt mot 2019' --round 0
figure R7 "Regnbuen: timer pr år" --kind bars --only 'Timer pr år'

table R8a "R8 Produserte liggedøgn" \
    iplos-sum "$extract" --map "$map" --measure bed-days \
    --during 2023 --during 2024 --only Langtidsopphold,Korttidsopphold

figure R8a "Produserte liggedøgn" --kind bars

table R8b "R8 Mottakere av hjemmetjenester i løpet av året" \
    iplos-sum "$extract" --map "$map" --during 2023 --during 2024 \
    --only Hjemmetjenester
figure R8b "Mottakere av hjemmetjenester i løpet av året" --kind bars \
    --legend off

table R8c "R8 Utskrivningsklare pasienter: overliggedøgn og kostnad (5 745 kr pr døgn)" \
    trend trend/overliggedogn.csv \
    --series 'Overliggedøgn januar-februar' --multiply 5745 \
    --as 'Kostnad (kr)' --measures value
figure R8c "Utskrivningsklare pasienter: kostnad januar-februar (kr)" \
    --kind bars --only 'Kostnad (kr)' --legend off

table R8d "R8 Meldinger om utskrivningsklare pasienter" \
    trend trend/utskrivningsklare-meldinger.csv --measures value

# R9: the unit's own spreadsheet, exported as it is (semicolons, decimal
# commas, Latin-1), with its sum row.
table R9 "R9 Innsparingstiltak Staup helsehus 2025" \
    trend trend/staup-tiltak-2025.csv \
    --wide-in --ignore Status --empty-is-zero --total Sum
figure R9 "Innsparing pr tiltak (kr)" --kind hbars --period 'Kostnad (kr)' \
    --only 'Reduksjon kokkekompetanse,Bemanningstilpasning dag/aftenskift LV,Redusert bruk av variabel lønn,Nedskalering HMS aktivitet / fagdager'
table R9b "R9 Felles tiltak for enheten 2025" \
    trend trend/staup-felles-tiltak-2025.csv --wide-in

printf '</body>\n</html>\n' >>"$html"

mkdir -p "$out"
for f in "$work"/*; do
	mv -f "$f" "$out/"
done
echo "kvartalsrapport: wrote $out/rapport.md, $out/rapport.html, $(ls "$out"/*.csv | wc -l) tables as CSV and $(ls "$out"/*.png | wc -l) charts" >&2
