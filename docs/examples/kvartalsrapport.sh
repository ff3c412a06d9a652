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

fail() {
	echo "kvartalsrapport: step '$1' failed (see the message above)" >&2
	exit 1
}

# table ID TITLE INPUT TREND-OPTIONS...: one table of the report.  The
# Markdown table goes into rapport.md with the command that made it; the
# tidy data of the same computation goes to ID.csv.
table() {
	local id=$1 title=$2 input=$3
	shift 3
	{
		printf '## %s\n\n' "$title"
		trend "$@" --wide --format md --numbers nb "$in/$input" ||
		    fail "$id"
		printf '\nKilde: `%s`. Laget med `trend %s --wide --format md --numbers nb %s` (%s).\n\n' \
		    "$input" "$(quote "$@")" "$input" "$(trend --version)"
	} >>"$report"
	trend "$@" -o "$work/$id.csv" "$in/$input" || fail "$id"
}

# The arguments as one line a shell reads back the same way.
quote() {
	local a s=""
	for a in "$@"; do
		case $a in
		*[!A-Za-z0-9_.,=/-]*) s="$s '${a//\'/\'\\\'\'}'" ;;
		*) s="$s $a" ;;
		esac
	done
	printf '%s' "${s# }"
}

printf '# Statusrapport helse og velferd: tabeller\n\n' >"$report"

table R2 "R2 BPA: timer pr uke 31.12 og økning i timer pr år" \
    trend/bpa-timer.csv \
    --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' \
    --multiply 52 --as 'BPA timer pr år' --measures change \
    --label 'change=Økning i timer pr år'

table R3 "R3 Forvaltning: saker per årsverk (7,8 årsverk)" \
    trend/saker-2021.csv \
    --series 'Registrerte saker' --divide 7.8 --as 'Saker per årsverk' \
    --measures value --round 1

table R6 "R6 Prognose for eldre innbyggere (KS prognosemodell)" \
    trend/eldre-prognose.csv \
    --base 2023 --total Total --measures base_change

table R7 "R7 Regnbuen barne- og avlastningsbolig, tall pr 1. september" \
    trend/regnbuen.csv \
    --series 'Timer pr uke' --multiply 52 --as 'Timer pr år' --base 2019 \
    --measures change,change_pct,base_change_pct \
    --label 'change=Økning i timer pr år' \
    --label 'change_pct=Økning i % pr år' \
    --label 'base_change_pct=Økning i %, målt mot 2019' --round 0

table R8 "R8 Utskrivningsklare pasienter: overliggedøgn og kostnad (5 745 kr pr døgn)" \
    trend/overliggedogn.csv \
    --series 'Overliggedøgn januar-februar' --multiply 5745 \
    --as 'Kostnad (kr)' --measures value

mkdir -p "$out"
for f in "$work"/*; do
	mv -f "$f" "$out/"
done
echo "kvartalsrapport: wrote $out/rapport.md and $(ls "$out"/*.csv | wc -l) tables as CSV" >&2
