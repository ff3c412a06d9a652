#!/usr/bin/env bash
# iplos-bench.sh: time iplos-sum on the benchmark queries of ../shared/bench
# and check that its results agree with DuckDB's checksums.  Not run by the
# test suite: it needs a 718 MB file and a quiet machine (nothing else
# running, or the figures mean nothing).
#
#   tests/bench/iplos-bench.sh [ROWS] [--peers]
#
# ROWS (default 10000000) rows are made by ../shared/bench/gen-iplos.c into
# $BENCH_DIR (default /tmp/hvstat-bench), kept for the next run.  Each
# query runs $RUNS times (default 3), each time beside a bare pass.  --peers
# also runs DuckDB (npm @duckdb/node-api, 2 threads) on the same query in
# each round, right after ours (never at once), checks its checksum and
# prints DuckDB's time over ours, best against best; AWK=1 adds the awk
# peer of Q1 (two minutes a run) once at the end.
set -eu -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared=$top/../shared/bench
rows=${1:-10000000}
peers=${2:-}
dir=${BENCH_DIR:-/tmp/hvstat-bench}
file=$dir/x$rows.csv
sum=$top/build/cmd/iplos-sum

if [ ! -d "$shared" ]; then
	echo "iplos-bench: $shared not found (it sits beside the clone)" >&2
	exit 1
fi
[ -x "$sum" ] || (cd "$top" && scripts/setup && { [ -f build/build.ninja ] ||
    meson setup build >/dev/null; } && meson compile -C build >/dev/null)
mkdir -p "$dir"
if [ ! -s "$file" ]; then
	cc -O2 -o "$dir/gen-iplos" "$shared/gen-iplos.c"
	"$dir/gen-iplos" "$rows" >"$file.tmp" && mv "$file.tmp" "$file"
fi

# DuckDB's checksums (sum of the last column) for the generator's default
# seed, from ../shared/bench/README.md
case $rows in
10000000) want="25287368 1101407508 29844398" ;;
1000000) want="2528401 109819370 2985361" ;;
*) want="" ;;
esac

years=""
for y in 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024; do
	years="$years --during $y"
done
queries=(
	"Q1 census on 13.09|q1-census|--by service --on-each 09-13 --years 2015-2024"
	"Q2 bed-days per year|q2-bed-days|--by service --measure bed-days$years"
	"Q3 recipients per year|q3-during-year|--by service$years"
)

# DuckDB, installed as ../shared/bench/run-peers.sh installs it
duck=${DUCK_DIR:-/tmp/duck}
if [ "$peers" = "--peers" ]; then
	if [ ! -d "$duck/node_modules/@duckdb/node-api" ]; then
		mkdir -p "$duck" && (cd "$duck" && npm init -y >/dev/null &&
		    npm install @duckdb/node-api >/dev/null 2>&1)
	fi
	cp "$shared/peers/duckdb-run.mjs" "$duck/"
fi

# The bare pass: libcsv over the file with callbacks that do nothing, the
# floor any libcsv-based reader stands on.
cat >"$dir/bare.c" <<'C'
#include <stdio.h>
#include <csv.h>
static void f(void *s, size_t l, void *d) { (void)s; (void)l; (void)d; }
static void r(int c, void *d) { (void)c; (void)d; }
int main(int argc, char **argv) {
	struct csv_parser p; static char buf[65536]; size_t n;
	FILE *fp = fopen(argv[1], "rb");
	if (argc < 2 || fp == NULL) return 1;
	csv_init(&p, 0);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0) csv_parse(&p, buf, n, f, r, NULL);
	csv_fini(&p, f, r, NULL);
	return 0;
}
C
cc -O2 -o "$dir/bare" "$dir/bare.c" -lcsv

# Each query RUNS times, each run beside a bare pass, because on a shared
# machine the same command varies by half from one minute to the next:
# the best of each is the figure, the worst is printed beside it.
runs=${RUNS:-3}
best() { awk 'NR == 1 || $1 < m { m = $1 } END { printf "%.2f", m }' "$1"; }
worst() { awk 'NR == 1 || $1 > m { m = $1 } END { printf "%.2f", m }' "$1"; }

# One line for a tool's runs of query i: best (worst), peak memory, and
# its checksum against DuckDB's published one.
report() {
	local tool=$1 name=$2 times=$3 got=$4 check="" w kb
	kb=$(awk '{ if ($2 > m) m = $2 } END { print m }' "$times")
	if [ -n "$want" ]; then
		w=$(echo "$want" | cut -d' ' -f$((i + 1)))
		if [ "$got" = "$w" ]; then check="agrees"; else check="DIFFERS (want $w)"; fi
	fi
	printf '%-9s %-24s %6s s (%s) %4d MB  checksum %s %s\n' "$tool" "$name" \
	    "$(best "$times")" "$(worst "$times")" $((kb / 1024)) "$got" "$check"
}

# The compiler may drop a prefetch it takes for one without effect (GCC 12
# did, silently, and Q1 took a quarter longer): count them in the binary.
if command -v objdump >/dev/null; then
	echo "prefetch instructions in iplos-sum: $(objdump -d "$sum" |
	    grep -cE '\sprefetch')"
fi
printf '%s rows, %s bytes, on %s; best of %d runs (worst)\n' "$rows" \
    "$(stat -L -c %s "$file")" "$(uname -m)" "$runs"
: >"$dir/bare.times"
: >"$dir/best"
i=0
for q in "${queries[@]}"; do
	name=${q%%|*}
	sql=${q#*|}
	args=${sql#*|}
	sql=${sql%%|*}
	: >"$dir/q.times"
	: >"$dir/d.times"
	for _ in $(seq "$runs"); do
		# shellcheck disable=SC2086
		/usr/bin/time -f "%e %M" -o "$dir/time" "$sum" $args "$file" \
		    >"$dir/out"
		cat "$dir/time" >>"$dir/q.times"
		/usr/bin/time -f "%e" -o "$dir/time" "$dir/bare" "$file"
		cat "$dir/time" >>"$dir/bare.times"
		if [ "$peers" = "--peers" ]; then
			/usr/bin/time -f "%e %M" -o "$dir/time" node \
			    "$duck/duckdb-run.mjs" "$shared/peers/$sql.sql" \
			    "$file" >"$dir/duck.out"
			cat "$dir/time" >>"$dir/d.times"
		fi
	done
	report iplos-sum "$name" "$dir/q.times" \
	    "$(awk -F, 'NR > 1 { s += $4 } END { printf "%d", s }' "$dir/out")"
	echo "$name|$(best "$dir/q.times")" >>"$dir/best"
	if [ "$peers" = "--peers" ]; then
		report duckdb "$name" "$dir/d.times" \
		    "$(sed -n 's/.*checksum=//p' "$dir/duck.out")"
		awk -v d="$(best "$dir/d.times")" -v o="$(best "$dir/q.times")" \
		    'BEGIN { printf "  DuckDB / iplos-sum, best against best: %.1fx\n", d / o }'
	fi
	i=$((i + 1))
done
printf 'bare libcsv pass (no work)         %6s s (%s)\n' \
    "$(best "$dir/bare.times")" "$(worst "$dir/bare.times")"
bare=$(best "$dir/bare.times")
awk -F'|' -v bare="$bare" '{ printf "  %-24s %.2fx the bare pass\n", $1, $2 / bare }' \
    "$dir/best"
rm -f "$dir/best"
if [ "$peers" = "--peers" ] && [ "${AWK:-0}" = 1 ]; then
	/usr/bin/time -f "awk Q1: %e s, %M KB" awk -f \
	    "$shared/peers/q1-census.awk" "$file" >/dev/null
fi
