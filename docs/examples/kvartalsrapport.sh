#!/usr/bin/env bash
# kvartalsrapport.sh: the quarterly status report of a municipality's
# health and welfare services, from the inputs in one folder to Markdown,
# HTML, charts and tidy CSV in another.
#
#   kvartalsrapport.sh [-s SETTINGS] INPUT_DIR OUTPUT_DIR
#
# What the report holds, and from which files, a settings file says
# (default INPUT_DIR/rapport.conf; docs/guide.md explains every line):
# the municipality, its KOSTRA group, the IPLOS extract and its maps, the
# census day and years, the SSB download, and the municipality's own
# tables.  Paths in it are relative to INPUT_DIR.  The report is built in
# a temporary folder and moved into OUTPUT_DIR only when every step has
# succeeded, so a failed run leaves the previous report as it was.
set -eu -o pipefail

usage() {
	echo "usage: kvartalsrapport.sh [-s SETTINGS] INPUT_DIR OUTPUT_DIR" >&2
	exit 2
}

settings=
while getopts s: opt; do
	case $opt in
	s) settings=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || usage
in=$1
out=$2
settings=${settings:-$in/rapport.conf}
work=$(mktemp -d "${TMPDIR:-/tmp}/kvartalsrapport.XXXXXX")
trap 'rm -rf "$work"' EXIT
report=$work/rapport.md
html=$work/rapport.html
notes=$work/notes.md

fail() {
	echo "kvartalsrapport: step '$1' failed (see the message above)" >&2
	exit 1
}

# --- the settings --------------------------------------------------------

# NAME = VALUE a line; '#' starts a comment line; 'tabell' and 'figur'
# may be given more than once.  Read as text, never run as shell code.
declare -A conf
own=()
known=" kommune periode kostragruppe uttrekk uttrekksdato kategorier
 kolonner hopp-over-ugyldige prikking telledag år tjenester bpa-datoer
 venteliste-dato venteliste liggedøgn-år liggedøgn mottakere-i-året
 kostra kostra-kilde kostra-tittel kostra-enheter "
known=" $(printf '%s' "$known" | tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//') "
[ -r "$settings" ] || { echo "kvartalsrapport: $settings: cannot read the settings" >&2; exit 2; }
n=0
while IFS= read -r line || [ -n "$line" ]; do
	n=$((n + 1))
	line=${line%$'\r'}
	[[ $line =~ ^[[:space:]]*(#.*)?$ ]] && continue
	if ! [[ $line =~ ^[[:space:]]*([a-zæøå-]+)[[:space:]]*=[[:space:]]*(.*[^[:space:]])?[[:space:]]*$ ]]; then
		echo "kvartalsrapport: $settings:$n: not NAME = VALUE" >&2
		exit 2
	fi
	key=${BASH_REMATCH[1]}
	val=${BASH_REMATCH[2]:-}
	case $key in
	tabell | figur) own+=("$key|$n|$val") ;;
	*)
		if [[ $known != *" $key "* ]]; then
			echo "kvartalsrapport: $settings:$n: unknown setting '$key' (known:${known% }, tabell, figur)" >&2
			exit 2
		fi
		conf[$key]=$val
		;;
	esac
done <"$settings"
[ -n "${conf[kommune]:-}" ] || { echo "kvartalsrapport: $settings: no 'kommune = ...'" >&2; exit 2; }
place=${conf[kommune]}

# The words of an option string as an array, quotes as the shell reads
# them (xargs splits, nothing runs): into the array named $1.
words() {
	local -n into=$1
	into=()
	[ -n "$2" ] || return 0
	mapfile -d '' -t into < <(printf '%s\n' "$2" | xargs printf '%s\0') ||
	    { echo "kvartalsrapport: $settings: cannot split '$2' into words" >&2; exit 2; }
}

# --- the report's pieces -------------------------------------------------

# Text for HTML.
esc() {
	sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
	    -e 's/"/\&quot;/g'
}

# The arguments as one line a shell reads back the same way, with paths
# relative to the input folder, where the commands are to be run.
quote() {
	local a s=""
	for a in "$@"; do
		a=${a#"$in"/}
		[[ $a == "@$in/"* ]] && a=@${a#"@$in"/}	# --columns @FILE
		case $a in
		*[!A-Za-z0-9_.,=/@-]*) s="$s '${a//\'/\'\\\'\'}'" ;;
		*) s="$s $a" ;;
		esac
	done
	printf '%s' "${s# }"
}

# The source of each table, for its line and its chart's subtitle.
declare -A source

# The source line of table ID: short and human in the text, the exact
# command as a footnote (Markdown) or a detail to unfold (HTML).
source_lines() {
	local id=$1 src=$2 cmd=$3 versions=$4
	printf '\nKilde: %s.[^%s]\n\n' "$src" "$id" >>"$report"
	printf '[^%s]: %s: `%s` (%s).\n' "$id" "$id" "$cmd" "$versions" \
	    >>"$notes"
	{
		printf '<p class="source">Kilde: %s.</p>\n' \
		    "$(printf '%s' "$src" | esc)"
		printf '<details><summary>Slik ble tabellen laget</summary><code>%s</code> (%s)</details>\n</section>\n' \
		    "$(printf '%s' "$cmd" | esc)" "$versions"
	} >>"$html"
}

# table [--long] [--nb] ID TITLE SOURCE TOOL INPUT OPTIONS...: one table
# of the report, in rapport.md and rapport.html, with its source; periods
# as columns unless --long.  The tidy data of the same computation goes
# to ID.csv, made first, so that a tool's warnings are shown once; with
# --nb in Norwegian (headers and flags: its chart's legend is read from
# it).
table() {
	local layout=--wide id title src tool input cmd csv_labels=
	if [ "$1" = --long ]; then
		layout=
		shift
	fi
	if [ "$1" = --nb ]; then
		csv_labels="--labels nb"
		shift
	fi
	id=$1 title=$2 src=$3 tool=$4 input=$5
	shift 5
	source[$id]=$src
	"$tool" "$@" $csv_labels -o "$work/$id.csv" "$in/$input" || fail "$id"
	cmd="$tool${1+ $(quote "$@")}${layout:+ $layout} --format md --numbers nb --labels nb $input"
	{
		printf '## %s\n\n' "$title"
		"$tool" "$@" $layout --format md --numbers nb --labels nb \
		    "$in/$input" 2>/dev/null || fail "$id"
	} >>"$report"
	{
		printf '<section>\n<h2>%s</h2>\n' "$(printf '%s' "$title" | esc)"
		"$tool" "$@" $layout --format html --numbers nb --labels nb \
		    "$in/$input" 2>/dev/null || fail "$id"
	} >>"$html"
	source_lines "$id" "$src" "$cmd" "$("$tool" --version)"
}

# figure ID TITLE CHART-OPTIONS...: a chart of table ID's tidy data,
# drawn by gnuplot as ID.png (linked from rapport.md) and ID.svg (inside
# rapport.html), its subtitle the table's source.
figure() {
	local id=$1 title=$2 f
	shift 2
	for f in png svg; do
		chart "$@" --title "$title" --subtitle "Kilde: ${source[$id]}" \
		    -o "$work/$id.$f" "$work/$id.csv" || fail "$id (chart)"
	done
	printf '![%s](%s.png)\n\nKilde: %s.[^%s-figur]\n\n' "$title" "$id" \
	    "${source[$id]}" "$id" >>"$report"
	printf '[^%s-figur]: %s: `chart %s --title %s %s.csv`.\n' "$id" "$id" \
	    "$(quote "$@")" "$(quote "$title")" "$id" >>"$notes"
	{
		printf '<figure>\n'
		sed -n '/<svg/,$p' "$work/$id.svg"
		printf '<figcaption>%s</figcaption>\n</figure>\n' \
		    "$(printf '%s' "$title" | esc)"
	} >>"$html"
}

# --- the head --------------------------------------------------------------

heading="Statusrapport helse og velferd: $place${conf[periode]:+, ${conf[periode]}}"
printf '# %s\n\n' "$heading" >"$report"
printf 'Tabellene viser hvor mange som får hver tjeneste, ventelister og hva tjenestene koster sammenlignet med andre kommuner. Under hver tabell står kilden; fotnotene bakerst viser kommandoene som laget tabellene.\n\n' >>"$report"
cat >"$html" <<HTML
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>$(printf '%s' "$heading" | esc)</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 62em;
  margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.7em;
  text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #888; }
tr.focus td { background: #fdf3e7; }
.num { text-align: right; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
.source, .notes, figcaption, details { font-size: 0.8em; color: #555; }
details code { font-size: 0.95em; word-break: break-all; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; }
@page { size: A4; margin: 15mm; }
@media print { section, figure { break-inside: avoid; }
  body { max-width: none; margin: 0; } details { display: none; }
  table { font-size: 0.8em; } th, td { padding: 0.2em 0.4em; } }
</style>
</head>
<body>
<h1>$(printf '%s' "$heading" | esc)</h1>
<p>Tabellene viser hvor mange som får hver tjeneste, ventelister og hva
tjenestene koster sammenlignet med andre kommuner. Under hver tabell står
kilden, og hvordan tabellen ble laget.</p>
HTML

# --- IPLOS: the extract from the EPJ system --------------------------------

iplos=()
extract=${conf[uttrekk]:-}
if [ -n "$extract" ]; then
	[ -n "${conf[kategorier]:-}" ] &&
	    iplos+=(--map "$in/${conf[kategorier]}")
	[ -n "${conf[kolonner]:-}" ] &&
	    iplos+=(--columns "@$in/${conf[kolonner]}")
	[ "${conf[hopp-over-ugyldige]:-nei}" = ja ] && iplos+=(--skip-invalid)
	[ -n "${conf[prikking]:-}" ] && iplos+=(--suppress "${conf[prikking]}")
	isrc="IPLOS-uttrekk${conf[uttrekksdato]:+ ${conf[uttrekksdato]}}"
fi

# --on-each DAY --years YEARS: recipients per service on the census day
if [ -n "$extract" ] && [ -n "${conf[telledag]:-}" ]; then
	r1=("${iplos[@]}" --on-each "${conf[telledag]}")
	[ -n "${conf[år]:-}" ] && r1+=(--years "${conf[år]}")
	[ -n "${conf[tjenester]:-}" ] && r1+=(--only "${conf[tjenester]}")
	months=(januar februar mars april mai juni juli august september
	    oktober november desember)
	day=${conf[telledag]}
	day="$((10#${day#*-})). ${months[$((10#${day%-*} - 1))]}"
	table R1 "R1 IPLOS: mottakere pr tjenestetype $day" \
	    "$isrc" iplos-sum "$extract" "${r1[@]}"
	figure R1 "Mottakere pr tjenestetype $day" --kind bars --legend below
fi

# BPA: users and hours on each date, and their growth through trend
if [ -n "$extract" ] && [ -n "${conf[bpa-datoer]:-}" ]; then
	bpa_on=()
	IFS=, read -r -a dates <<<"${conf[bpa-datoer]}"
	for d in "${dates[@]}"; do
		bpa_on+=(--on "$d")
	done
	table R2 "R2 BPA: brukere og timer pr uke" "$isrc" iplos-sum "$extract" \
	    "${iplos[@]}" --measure hours,users "${bpa_on[@]}" \
	    --only 'BPA,BPA vederlag'
	figure R2 "BPA: timer pr uke" --kind stacked --only hours

	r2_sum=("${iplos[@]}" --measure hours "${bpa_on[@]}"
	    --only 'BPA,BPA vederlag' --labels nb)
	# bpa_growth ID TITLE TREND-OPTIONS...: iplos-sum | trend, as a table
	bpa_growth() {
		local id=$1 title=$2 cmd
		shift 2
		cmd="iplos-sum $(quote "${r2_sum[@]}") $extract | trend $(quote "$@") --wide --format md --numbers nb --labels nb"
		printf '## %s\n\n' "$title" >>"$report"
		printf '<section>\n<h2>%s</h2>\n' "$(printf '%s' "$title" | esc)" \
		    >>"$html"
		iplos-sum "${r2_sum[@]}" "$in/$extract" | trend "$@" --wide \
		    --format md --numbers nb --labels nb >>"$report" ||
		    fail "$id"
		iplos-sum "${r2_sum[@]}" "$in/$extract" | trend "$@" --wide \
		    --format html --numbers nb --labels nb >>"$html" ||
		    fail "$id"
		source_lines "$id" "$isrc" "$cmd" \
		    "$(iplos-sum --version), $(trend --version)"
	}
	bpa_growth R2b "R2 BPA: økning i timer pr uke" \
	    --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' \
	    --measures change --label 'change=Økning i timer pr uke'
	bpa_growth R2c "R2 BPA: økning i timer pr år" \
	    --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' \
	    --multiply 52 --as 'BPA timer pr år' --measures change \
	    --label 'change=Økning i timer pr år'
fi

# The waiting list on a date
if [ -n "$extract" ] && [ -n "${conf[venteliste-dato]:-}" ]; then
	r4=("${iplos[@]}" --measure waiting --on "${conf[venteliste-dato]}")
	[ -n "${conf[venteliste]:-}" ] && r4+=(--only "${conf[venteliste]}")
	d=${conf[venteliste-dato]}
	table R4 "R4 Venteliste ${d:8:2}.${d:5:2}.${d:0:4}: vedtak som ikke er iverksatt" \
	    "$isrc" iplos-sum "$extract" "${r4[@]}"
	figure R4 "Venter på tjeneste ${d:8:2}.${d:5:2}.${d:0:4}" --kind hbars \
	    --legend off
fi

# --- IPLOS over whole years ------------------------------------------------

if [ -n "$extract" ] && [ -n "${conf[liggedøgn-år]:-}" ]; then
	during=()
	IFS=, read -r -a years <<<"${conf[liggedøgn-år]}"
	for y in "${years[@]}"; do
		during+=(--during "$y")
	done
	r8=("${iplos[@]}" --measure bed-days "${during[@]}")
	[ -n "${conf[liggedøgn]:-}" ] && r8+=(--only "${conf[liggedøgn]}")
	table R8a "R8 Produserte liggedøgn" "$isrc" iplos-sum "$extract" \
	    "${r8[@]}"
	figure R8a "Produserte liggedøgn" --kind bars
	if [ -n "${conf[mottakere-i-året]:-}" ]; then
		table R8b "R8 Mottakere i løpet av året" "$isrc" iplos-sum \
		    "$extract" "${iplos[@]}" "${during[@]}" \
		    --only "${conf[mottakere-i-året]}"
		figure R8b "Mottakere i løpet av året" --kind bars --legend off
	fi
fi

# --- KOSTRA: the figure as downloaded from SSB -------------------------------

if [ -n "${conf[kostra]:-}" ]; then
	k=(--focus "$place" --ref "${conf[kostragruppe]:?kostragruppe = ... (the KOSTRA group) is needed with kostra}")
	[ -n "${conf[kostra-enheter]:-}" ] && k+=(--units "${conf[kostra-enheter]}")
	# the source: as the settings say, else as the data says (SSB's
	# table and its last update, for a file from ssb-get or the API)
	ksrc=${conf[kostra-kilde]:-$(kostra-compare --print-source --labels nb "$in/${conf[kostra]}")} ||
	    fail R5
	ktitle=${conf[kostra-tittel]:-KOSTRA}
	table --nb R5 "R5 KOSTRA: $ktitle" "$ksrc" kostra-compare \
	    "${conf[kostra]}" "${k[@]}"
	figure R5 "${ktitle^}" --kind bars --by-series --keys Navn \
	    --highlight "$place" --legend below
	table --long --nb R5b "R5 $place mot ${conf[kostragruppe]}: avvik og plass" \
	    "$ksrc" kostra-compare "${conf[kostra]}" "${k[@]}"
fi

# --- the municipality's own tables -----------------------------------------

# tabell = ID | TITLE | FILE | TREND OPTIONS | SOURCE (the file's name when
# left out); figur = ID | TITLE | CHART OPTIONS, of a table before it.
for item in "${own[@]}"; do
	kind=${item%%|*}
	item=${item#*|}
	at="$settings:${item%%|*}"
	item=$kind\|${item#*|}
	IFS='|' read -r -a f <<<"${item#*|}"
	for i in "${!f[@]}"; do
		f[$i]=$(printf '%s' "${f[$i]}" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
	done
	if [ "$kind" = tabell ]; then
		[ ${#f[@]} -ge 3 ] || { echo "kvartalsrapport: $at: not tabell = ID | TITLE | FILE | OPTIONS | SOURCE" >&2; exit 2; }
		words opts "${f[3]:-}"
		table "${f[0]}" "${f[1]}" "${f[4]:-${f[2]##*/}}" trend "${f[2]}" \
		    "${opts[@]}"
	else
		[ ${#f[@]} -ge 2 ] || { echo "kvartalsrapport: $at: not figur = ID | TITLE | OPTIONS" >&2; exit 2; }
		[ -n "${source[${f[0]}]:-}" ] || { echo "kvartalsrapport: $at: figur ${f[0]}: no table ${f[0]} before it" >&2; exit 2; }
		words opts "${f[2]:-}"
		figure "${f[0]}" "${f[1]}" "${opts[@]}"
	fi
done

# --- the end -----------------------------------------------------------------

{
	printf '\n## Slik ble tabellene laget\n\nKommandoene kjøres fra mappen med inndata (%s).\n\n' \
	    "$(basename "$in")"
	cat "$notes"
} >>"$report"
printf '</body>\n</html>\n' >>"$html"
rm -f "$notes"

mkdir -p "$out"
for f in "$work"/*; do
	mv -f "$f" "$out/"
done
echo "kvartalsrapport: wrote $out/rapport.md, $out/rapport.html, $(ls "$out"/*.csv | wc -l) tables as CSV and $(ls "$out"/*.png | wc -l) charts" >&2
