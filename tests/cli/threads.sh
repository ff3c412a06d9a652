#!/bin/sh
# Run the golden cases of iplos-sum (directory $1) again with a file read
# in many small blocks by several threads: options $2 ... are put before
# every iplos-sum command line.  The expected output is the same, byte for
# byte, report and line numbers included.
dir=$1
shift
real=$(command -v iplos-sum) || exit 99
wrap=$(mktemp -d) || exit 99
trap 'rm -rf "$wrap"' EXIT
{
	echo '#!/bin/sh'
	printf 'exec "%s"' "$real"
	printf ' "%s"' "$@"
	echo ' "$@"'
} >"$wrap/iplos-sum"
chmod +x "$wrap/iplos-sum"
PATH="$wrap:$PATH" sh "$(dirname "$0")/run.sh" "$dir"
