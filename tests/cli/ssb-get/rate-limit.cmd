# /config allows 2 requests per 2 s: ssb-get waits rather than go over,
# also across runs (the times are kept in the cache folder); no window
# of 2 s in the server's log holds more than 2 requests.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --max-calls 2 --window 2
ssb-get --no-cache 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 >/dev/null 2>"$TMP/err1"
ssb-get 99001 region=5038 ContentsCode=KOSmottakere0000 Tid=2024 >/dev/null 2>"$TMP/err2"
ssb-get 99001 region=5035 ContentsCode=KOSmottakere0000 Tid=2024 >/dev/null 2>"$TMP/err3"
cat "$TMP"/err1 "$TMP"/err2 "$TMP"/err3 | grep -q "allows 2 requests per 2 s" &&
    echo "ssb-get said it waited"
python3 -c '
import sys
t = [float(l.split()[0]) for l in open(sys.argv[1])]
worst = max(sum(1 for u in t if s <= u < s + 2) for s in t)
print(len(t), "requests; at most", worst, "in any 2 s")' "$TMP/log"
