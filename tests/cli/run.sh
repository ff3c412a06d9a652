#!/bin/sh
# Run the golden cases in directory $1 and report them in TAP, one line
# per case, so that meson test names the case that failed.
#
# A case is two files or more, all named after it:
#   NAME.cmd     the command line, run by bash -o pipefail from the case
#                directory (a pipeline fails when any command in it does,
#                so a status is never hidden behind a sed or a grep)
#   NAME.out     the expected standard output, compared byte for byte
#   NAME.err     (optional) the expected standard error, byte for byte
#   NAME.status  (optional) the expected exit status; 0 when absent
# A .cmd that exits 77 without a .status of 77 is reported as skipped
# (used when a case needs ../shared, which a user's clone does not have).
# $TMP is an empty folder of the case's own, removed after it.

dir=$(cd "$1" && pwd) || exit 99
set -- "$dir"/*.cmd
if [ ! -e "$1" ]; then
	echo "1..0 # SKIP no cases in $dir"
	exit 0
fi
echo "1..$#"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

i=0
for cmd in "$@"; do
	i=$((i + 1))
	name=${cmd%.cmd}
	case=${name##*/}
	mkdir "$tmp/scratch"	# the case's own empty folder, as $TMP
	(cd "$dir" && TMP="$tmp/scratch" bash -o pipefail "$cmd") >"$tmp/out" 2>"$tmp/err"
	status=$?
	want=0
	if [ -f "$name.status" ]; then
		want=$(cat "$name.status")
	fi
	if [ "$status" -eq 77 ] && [ "$want" -ne 77 ]; then
		echo "ok $i - $case # SKIP $(head -n 1 "$tmp/err")"
	elif [ "$status" -ne "$want" ]; then
		echo "not ok $i - $case: exit status $status, expected $want"
		sed 's/^/# /' "$tmp/err"
	elif [ ! -f "$name.out" ]; then
		echo "not ok $i - $case: $case.out is missing"
	elif ! cmp -s "$tmp/out" "$name.out"; then
		echo "not ok $i - $case: standard output differs"
		diff -u "$name.out" "$tmp/out" | sed 's/^/# /'
	elif [ -f "$name.err" ] && ! cmp -s "$tmp/err" "$name.err"; then
		echo "not ok $i - $case: standard error differs"
		diff -u "$name.err" "$tmp/err" | sed 's/^/# /'
	else
		echo "ok $i - $case"
	fi
	rm -rf "$tmp"/*
done
