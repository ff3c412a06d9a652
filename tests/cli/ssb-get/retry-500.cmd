# 500, 500, then 200: retried with growing pauses (0.5 s, 1 s), then
# the answer.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --fail 500,500
ssb-get --no-cache 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>"$TMP/err" | show | sed -n 5p
sed "s/:$port/:PORT/g" "$TMP/err"
requests | grep -c /data
