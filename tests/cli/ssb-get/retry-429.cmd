# 429 Too Many Requests with Retry-After: 1: waited for, then asked
# again; the answer is the one a first 200 would have given.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --fail 429 --retry-after 1
start=$(date +%s.%N)
ssb-get --no-cache 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>"$TMP/err" | show | sed -n 5p
sed "s/:$port/:PORT/g" "$TMP/err"
python3 -c "import sys, time; print('waited', time.time() - float(sys.argv[1]) >= 1)" "$start"
requests
