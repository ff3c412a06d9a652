#!/usr/bin/env bash
# blowup.sh: the inputs of issue 19 that once blew up, made here, and the
# time and peak memory each takes now, beside peers doing the comparable
# part of the work (Miller, GNU datamash) where there is one.  Not run by
# the test suite: it wants a quiet machine.  Best of $RUNS (default 3).
#
#   tests/bench/blowup.sh            # the inputs go to $BENCH_DIR
#                                    # (default /tmp/hvstat-blowup)
#   BIN=/old/build/cmd tests/bench/blowup.sh    # an older build's tools
#
# Every run is held under $MEM_MB of virtual memory (default 8192): an
# old build that blew up stops there (as an allocation failure) instead of
# taking the machine.
set -eu -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
dir=${BENCH_DIR:-/tmp/hvstat-blowup}
runs=${RUNS:-3}
bin=${BIN:-$top/build/cmd}
gen=$top/build/tests/kostra-national
mem_mb=${MEM_MB:-8192}
mkdir -p "$dir"
[ -x "$bin/trend" ] || { echo "blowup: build first (meson compile -C build)" >&2; exit 1; }
[ -x "$gen" ] || { echo "blowup: $gen is not built" >&2; exit 1; }
[ -e "$dir/national.csv" ] ||
	{ "$gen" csv 50 >"$dir/national.tmp" && mv "$dir/national.tmp" "$dir/national.csv"; }

python3 - "$dir" <<'PY'
import datetime, os, sys
d = sys.argv[1]
def made(name, write):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        with open(path + '.tmp', 'w') as f:
            write(f)
        os.rename(path + '.tmp', path)
def series1m(f):
    f.write('unit,period,value\n')
    for i in range(1000000):
        f.write('S%07d,2020,%d\n' % (i, i % 1000))
def wide_named(f):
    n = 100000
    f.write('unit,' + ','.join('c%d' % i for i in range(n)) + '\n')
    f.write('U0,' + ','.join('1' for i in range(n)) + '\n')
def wide_dated(f):
    n = 100000
    d0 = datetime.date(1800, 1, 1)
    f.write('unit,' + ','.join((d0 + datetime.timedelta(days=i)).isoformat()
        for i in range(n)) + '\n')
    for u in range(20):
        f.write('U%d,' % u + ','.join(str(i % 97) for i in range(n)) + '\n')
def kostra50k(f):
    f.write('unit,label,period,value,status\n')
    f.write('EKG09,Kostragruppe 09,2022,100,\nEKG09,Kostragruppe 09,2023,110,\n')
    for u in range(50000):
        for y in (2022, 2023):
            f.write('%d,Kommune %d,%d,%d,\n' % (100000 + u, u, y,
                (u * 7) % 1000 + y - 2000))
def pop50k(f):
    f.write('unit,label,period,value\nEKG09,Kostragruppe 09,2022,100000\n')
    for u in range(50000):
        f.write('%d,Kommune %d,2022,%d\n' % (100000 + u, u, 1000 + u))
def districts(n):
    def write(f):
        f.write('person_id,birth_year,sex,district,service,decision_date,'
            'start_date,end_date,hours_per_week\n')
        for i in range(600000):
            f.write('P%07d,%d,%d,D%06d,hjemmesykepleie,,2023-0%d-01,,\n' %
                (i, 1930 + i % 60, 1 + i % 2, i % n, 1 + i % 9))
    return write
def months300x2000(f):
    f.write('unit,period,value\n')
    for u in range(300):
        for m in range(2000):
            f.write('S%03d,%d-%02d,%d\n' % (u, 1850 + m // 12, 1 + m % 12,
                (u * 31 + m * 7) % 1000))
made('series-1m.csv', series1m)
made('wide-100k-named.csv', wide_named)
made('wide-100k-dated-20.csv', wide_dated)
made('kostra-50k.csv', kostra50k)
made('population-50k.csv', pop50k)
made('districts-300k.csv', districts(300000))
made('districts-1000.csv', districts(1000))
made('districts-200.csv', districts(200))
made('months-300x2000.csv', months300x2000)
PY

# best of $runs: "seconds MB" (exit status ignored: a refusal is timed too)
measure() {
	local best="" t m out=$dir/time.out
	for _ in $(seq "$runs"); do
		(ulimit -v $((mem_mb * 1024)) && /usr/bin/time -o "$out" -f "%e %M" "$@") \
			>/dev/null 2>&1 || true
		read -r t m < <(tail -n 1 "$out")
		if [ -z "$best" ] || awk -v a="$t" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then
			best="$t $((m / 1024))"
		fi
	done
	echo "$best"
}

row() {
	local what=$1 tool=$2
	shift 2
	printf '| %s | %s | %s s | %s MB |\n' "$what" "$tool" $(measure "$@")
}

have() { command -v "$1" >/dev/null; }

echo "| input | tool | time | peak memory |"
echo "|---|---|---:|---:|"
row "1 000 000 one-row series (18 MB)" "trend" "$bin/trend" "$dir/series-1m.csv"
have mlr && row "" "mlr step -a delta,ratio -g unit" mlr --icsv --ocsv step -a delta,ratio -f value -g unit "$dir/series-1m.csv"
have datamash && row "" "datamash -s -g 1 count 3" sh -c 'datamash -t, --header-in -s -g 1 count 3 <"$1"' sh "$dir/series-1m.csv"
row "100 000 named columns, 1 row (0.5 MB)" "trend --wide-in" "$bin/trend" --wide-in "$dir/wide-100k-named.csv"
have mlr && row "" "mlr reshape (wide to long)" mlr --icsv --ocsv reshape -r '^c' -o period,value "$dir/wide-100k-named.csv"
row "100 000 dated columns, 20 rows (5 MB)" "trend --wide-in" "$bin/trend" --wide-in "$dir/wide-100k-dated-20.csv"
# (mlr reshape takes minutes on this one: 224 s once, so it is left out)
row "50 000 units, 2 years (2 MB)" "kostra-compare" "$bin/kostra-compare" --focus 100000 --ref EKG09 "$dir/kostra-50k.csv"
row "" "kostra-compare --population" "$bin/kostra-compare" --focus 100000 --ref EKG09 --population "$dir/population-50k.csv" "$dir/kostra-50k.csv"
have mlr && row "" "mlr stats1 mean by period (the peer mean only)" mlr --icsv --ocsv stats1 -a mean -f value -g period "$dir/kostra-50k.csv"
row "300 000 districts, 600 000 rows (32 MB)" "iplos-sum --by ...,district (refused)" "$bin/iplos-sum" --on 2024-01-01 --by age-group,sex,district "$dir/districts-300k.csv"
row "" "iplos-sum --by age-group,sex" "$bin/iplos-sum" --on 2024-01-01 --by age-group,sex "$dir/districts-300k.csv"
row "300 series of 2 000 months (10 MB)" "trend --total" "$bin/trend" --total Total "$dir/months-300x2000.csv"
row "national table, 168 050 rows (tests/gen/kostra-national)" "kostra-compare --variable var07" "$bin/kostra-compare" --focus 5037 --ref EKG09 --variable var07 "$dir/national.csv"
row "200 districts, 600 000 rows" "iplos-sum --public --by age-group,sex,district" "$bin/iplos-sum" --public --on 2024-01-01 --by age-group,sex,district "$dir/districts-200.csv"
row "1 000 districts, 600 000 rows" "iplos-sum --public --by age-group,sex,district" "$bin/iplos-sum" --public --on 2024-01-01 --by age-group,sex,district "$dir/districts-1000.csv"
