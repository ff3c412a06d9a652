#!/bin/sh
# Every command in the EXAMPLES of a man page in docs/ must be a golden
# case under tests/cli/<binary>/ with the same command line, and the
# output the page shows under it must be that case's expected output, so
# the manual cannot drift from what the tool does.  A page may show the
# first lines only, ending with a line "..." (written \&... in roff); it
# may show no output.
# TAP, one line per example.
docs=$1
cli=$2
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

# Each example into $tmp/N.cmd (continuation lines joined, "\e"
# unescaped, blanks squeezed) and the lines shown after it, up to the
# next "$ " or .Ed, into $tmp/N.shown, roff's \- and \e unescaped.
for page in "$docs"/*.1; do
	awk -v dir="$tmp" -v start="$(ls "$tmp" | grep -c '\.cmd$')" '
		function unroff(s) { gsub(/\\-/, "-", s); gsub(/\\e/, "\\", s); gsub(/\\&/, "", s); return s }
		BEGIN { n = start }
		/^\.Sh EXAMPLES/ { on = 1; next }
		/^\.Sh / { on = 0 }
		!on { next }
		/^\.Ed/ { shown = 0; next }
		/^\$ / {
			n++; cmd = substr($0, 3); cont = cmd ~ /\\e$/
			shown = !cont
			if (!cont) print cmd > (dir "/" n ".cmd")
			printf "" > (dir "/" n ".shown")
			next
		}
		cont {
			cmd = cmd " " $0; cont = $0 ~ /\\e$/
			if (!cont) { print cmd > (dir "/" n ".cmd"); shown = 1 }
			next
		}
		shown && !/^\./ { print unroff($0) > (dir "/" n ".shown") }
	' "$page"
done
for f in "$tmp"/*.cmd; do
	sed 's/ *\\e */ /g; s/\\-/-/g; s/  */ /g' "$f" >"$f.tmp" && mv "$f.tmp" "$f"
done

n=$(ls "$tmp" | grep -c '\.cmd$')
echo "1..$n"
i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	example=$(cat "$tmp/$i.cmd")
	found=
	for c in "$cli"/*/*.cmd; do
		if sed 's/.*&& //; s/  */ /g' "$c" | grep -qxF -- "$example"; then
			found=${c%.cmd}
			break
		fi
	done
	shown=$tmp/$i.shown
	if [ -z "$found" ]; then
		echo "not ok $i - no golden case runs: $example"
	elif [ ! -s "$shown" ]; then
		echo "ok $i - ${example%% *}: ${example#* }"
	elif [ "$(tail -n 1 "$shown")" = "..." ]; then
		lines=$(($(wc -l <"$shown") - 1))
		head -n "$lines" "$shown" >"$shown.head"
		if head -n "$lines" "$found.out" | cmp -s - "$shown.head"; then
			echo "ok $i - ${example%% *}: ${example#* } (first $lines lines)"
		else
			echo "not ok $i - the page shows other output than ${found##*/}.out: $example"
			head -n "$lines" "$found.out" | diff -u - "$shown.head" |
			    sed 's/^/# /'
		fi
	elif cmp -s "$shown" "$found.out"; then
		echo "ok $i - ${example%% *}: ${example#* } (output as shown)"
	else
		echo "not ok $i - the page shows other output than ${found##*/}.out: $example"
		diff -u "$found.out" "$shown" | sed 's/^/# /'
	fi
done
