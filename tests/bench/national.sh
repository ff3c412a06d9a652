#!/usr/bin/env bash
# national.sh: kostra-compare, trend and chart at national scale (issue
# 20), beside DuckDB, Miller, mawk and GNU datamash doing the same work
# in the same run, each result checked against ours.  Not run by the test
# suite: it wants a quiet machine (the figures of a busy one mean little).
#
#   tests/bench/national.sh          # files in $BENCH_DIR (/tmp/hvstat-national)
#   RUNS=5 SCALES="1 5 25" tests/bench/national.sh
#
# The inputs, made here and kept for the next run:
# - a national KOSTRA table (tests/gen/kostra-national: every municipality
#   with its real code and name, EKG09 and the country, ten years, 50
#   variables: 168 000 rows at scale 1) as tidy CSV and as JSON-stat 2,
#   at each of $SCALES times the variables (the rows grow with them);
#   kostra-compare --focus 5037 --ref EKG09 --variable var07;
# - 10 000 series of 100 months (1 000 000 rows), trend --measures
#   change_pct; and chart on the same points.
# Each command runs $RUNS times (default 3): the best and the worst wall
# time, and the peak resident memory of the best run.  DuckDB runs through
# npm's @duckdb/node-api (installed into $DUCK_DIR, default /tmp/duck, on
# first use; node's start is in its time); a peer that is not installed is
# left out and said so.
set -eu -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
dir=${BENCH_DIR:-/tmp/hvstat-national}
runs=${RUNS:-3}
scales=${SCALES:-"1 5 25"}
duck=${DUCK_DIR:-/tmp/duck}
bin=$top/build/cmd
gen=$top/build/tests/kostra-national
peers=$here/peers
mkdir -p "$dir"
[ -x "$bin/trend" ] && [ -x "$gen" ] ||
    { echo "national: build first (meson compile -C build)" >&2; exit 1; }

have() { command -v "$1" >/dev/null; }
if have node && have npm && [ ! -d "$duck/node_modules/@duckdb/node-api" ]; then
	mkdir -p "$duck"
	(cd "$duck" && npm init -y >/dev/null &&
	    npm install @duckdb/node-api >/dev/null 2>&1) ||
	    echo "national: npm could not install @duckdb/node-api" >&2
fi
have_duck() { [ -d "$duck/node_modules/@duckdb/node-api" ]; }
have_duck && cp "$peers/duckdb.mjs" "$duck/"

# --- the inputs ---------------------------------------------------------
for s in $scales; do
	for f in csv json; do
		[ -s "$dir/nat-$s.$f" ] && continue
		"$gen" "$f" $((50 * s)) >"$dir/nat-$s.$f.tmp"
		mv "$dir/nat-$s.$f.tmp" "$dir/nat-$s.$f"
	done
done
if [ ! -s "$dir/trend-1m.csv" ]; then
	python3 - "$dir/trend-1m.csv.tmp" <<'PY'
import random, sys
random.seed(20)
with open(sys.argv[1], 'w') as f:
    f.write('unit,period,value\n')
    for s in range(10000):
        v = 1000 + s % 500
        for p in range(100):
            v = max(1, v + random.randint(-50, 60))
            f.write('S%05d,%d-%02d,%d\n' % (s, 2000 + p // 12, p % 12 + 1, v))
PY
	mv "$dir/trend-1m.csv.tmp" "$dir/trend-1m.csv"
fi

# --- measuring ----------------------------------------------------------
# measure OUT CMD...: run CMD $runs times, standard output to OUT; prints
# "best worst MB" (the exit status is kept: a refusal is timed too).
measure() {
	local out=$1 t m best="" worst="" mb=0
	shift
	for _ in $(seq "$runs"); do
		/usr/bin/time -o "$dir/time.out" -f "%e %M" "$@" >"$out" \
		    2>"$dir/stderr.out" || true
		read -r t m < <(tail -n 1 "$dir/time.out")
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$t
			mb=$((m / 1024))
		fi
		if [ -z "$worst" ] || awk -v a="$t" -v b="$worst" 'BEGIN { exit !(a > b) }'; then
			worst=$t
		fi
	done
	echo "$best $worst $mb"
}

# row WHAT TOOL CHECK OUT CMD...: a line of the table; CHECK is a
# command run after, given OUT, that says whether the result agrees
row() {
	local what=$1 tool=$2 check=$3 out=$4 best worst mb verdict=""
	shift 4
	read -r best worst mb < <(measure "$out" "$@")
	if [ -n "$check" ]; then
		verdict=$($check "$out" 2>&1 | tail -n 1) || verdict="$verdict (FAILED)"
	fi
	printf '| %s | %s | %s s | %s s | %s MB | %s |\n' "$what" "$tool" \
	    "$best" "$worst" "$mb" "$verdict"
}

lines() { echo $(($(wc -l <"$1") - 1)); }
mb_of() { awk -v b="$(stat -L -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }

echo "national.sh: $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) processors," \
    "best and worst of $runs runs"
echo
echo "| input | tool | best | worst | peak memory | result |"
echo "|---|---|---:|---:|---:|---|"

# --- kostra-compare -----------------------------------------------------
kc=("$bin/kostra-compare" --focus 5037 --ref EKG09 --variable var07)
for s in $scales; do
	csv=$dir/nat-$s.csv
	json=$dir/nat-$s.json
	what="KOSTRA ${s}x: $(lines "$csv") rows, $(mb_of "$csv") MB"
	ours=$dir/ours-k$s.csv
	row "$what" "kostra-compare (CSV)" "" "$ours" "${kc[@]}" "$csv"
	same_as_csv() { cmp -s "$ours" "$1" && echo "the same bytes as from CSV" || echo "DIFFERS from CSV"; }
	row "the same as JSON-stat 2, $(mb_of "$json") MB" \
	    "kostra-compare (JSON-stat)" same_as_csv "$dir/ours-kj$s.csv" \
	    "${kc[@]}" "$json"
	agree_k() { python3 "$here/agree.py" kostra "$ours" "$1"; }
	if have_duck; then
		row "" "DuckDB (SQL, 2 threads)" agree_k "$dir/duck-k$s.out" \
		    sh -c 'node "$1/duckdb.mjs" "$2" "$3" /dev/stdout' sh \
		    "$duck" "$peers/kostra.sql" "$csv"
	fi
	have mawk && row "" "mawk" agree_k "$dir/awk-k$s.out" \
	    mawk -v var=var07 -v ref=EKG09 -f "$peers/kostra.awk" "$csv"
	have mlr && row "" "Miller (DSL)" agree_k "$dir/mlr-k$s.out" \
	    mlr -S --icsv --ocsv put -q -f "$peers/kostra.mlr" "$csv"
	agree_mean() { python3 "$here/agree.py" mean "$ours" "$1"; }
	have datamash && have mawk && row "" \
	    "mawk + datamash (the peer mean only)" agree_mean "$dir/dm-k$s.out" \
	    sh -c 'mawk -F, '\''$3 == "var07" && length($1) == 4 && $5 != "" &&
	        $5 >= 0 { print $4 "," $5 }'\'' "$1" | datamash -t, -s -g 1 mean 2' \
	    sh "$csv"
done

# --- trend --------------------------------------------------------------
t1m=$dir/trend-1m.csv
ours=$dir/ours-t.csv
what="10 000 series x 100 months: $(lines "$t1m") rows, $(mb_of "$t1m") MB"
row "$what" "trend --measures change_pct" "" "$ours" \
    "$bin/trend" --measures change_pct "$t1m"
json_agrees() {
	python3 - "$1" "$ours" <<'PY'
import csv, json, sys
rows = json.load(open(sys.argv[1], encoding='utf-8'))
want = list(csv.DictReader(open(sys.argv[2], encoding='utf-8')))
ok = len(rows) == len(want) and all(
    (r['change_pct'] is None and w['change_pct'] == '') or
    (r['change_pct'] is not None and float(w['change_pct']) == r['change_pct'])
    for r, w in zip(rows, want))
print('the same numbers as the CSV' if ok else 'DIFFERS from the CSV')
PY
}
row "" "trend ... -f json" json_agrees "$dir/ours-t.json" \
    "$bin/trend" --measures change_pct -f json "$t1m"
row "" "trend ... --round 2" "" "$dir/ours-t-r2.csv" \
    "$bin/trend" --measures change_pct --round 2 "$t1m"
agree_t() { python3 "$here/agree.py" trend "$ours" "$1"; }
if have_duck; then
	row "" "DuckDB (lag() over a window, 2 threads)" agree_t "$dir/duck-t.out" \
	    sh -c 'node "$1/duckdb.mjs" "$2" "$3" /dev/stdout' sh "$duck" \
	    "$peers/trend.sql" "$t1m"
fi
have mlr && row "" "Miller (step -a shift_lag, put)" agree_t "$dir/mlr-t.out" \
    mlr --icsv --ocsv step -a shift_lag -f value -g unit then put \
    '$change_pct = is_empty($value_shift_lag) ? "" : ($value - $value_shift_lag) / abs($value_shift_lag) * 100' \
    then cut -x -f value_shift_lag "$t1m"
have mawk && row "" "mawk (input sorted)" agree_t "$dir/awk-t.out" \
    mawk -f "$peers/trend.awk" "$t1m"
have datamash && echo "| | datamash | | | | no lag or window: left out |"

# --- chart --------------------------------------------------------------
refused() { grep -q 'more than the' "$dir/stderr.out" && echo "refused, with the count" || echo "NOT refused"; }
row "the same 1 000 000 points" "chart --script (refused)" refused \
    "$dir/chart-refused.out" "$bin/chart" --script "$t1m"
row "" "chart --script --force" "" "$dir/chart-force.out" \
    "$bin/chart" --script --force "$t1m"
row "" "chart --script --per year --only S00001,S00002" "" \
    "$dir/chart-per.out" "$bin/chart" --script --per year \
    --only S00001,S00002 "$t1m"
