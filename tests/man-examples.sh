#!/bin/sh
# Every command in the EXAMPLES of a man page in docs/ must be a golden case
# under tests/cli/<binary>/ with the same command line, so the manual cannot
# drift from what the tool does.  TAP, one line per example.
docs=$1
cli=$2
tmp=$(mktemp) || exit 99
trap 'rm -f "$tmp"' EXIT

# "$ cmd \e" continuation lines joined, "\e" unescaped, blanks squeezed
for page in "$docs"/*.1; do
	awk '
		/^\.Sh EXAMPLES/ { on = 1; next }
		/^\.Sh / { on = 0 }
		on && /^\$ / { cmd = substr($0, 3); cont = cmd ~ /\\e$/; if (!cont) print cmd; next }
		on && cont { cmd = cmd " " $0; cont = $0 ~ /\\e$/; if (!cont) print cmd }
	' "$page" | sed 's/ *\\e */ /g; s/\\-/-/g; s/  */ /g'
done >"$tmp"

n=$(wc -l <"$tmp")
echo "1..$n"
i=0
while IFS= read -r example; do
	i=$((i + 1))
	found=0
	for c in "$cli"/*/*.cmd; do
		if sed 's/.*&& //; s/  */ /g' "$c" | grep -qxF -- "$example"; then
			found=1
			break
		fi
	done
	if [ "$found" -eq 1 ]; then
		echo "ok $i - ${example%% *}: ${example#* }"
	else
		echo "not ok $i - no golden case runs: $example"
	fi
done <"$tmp"
