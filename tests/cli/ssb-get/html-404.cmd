# A 404 with an HTML page (SSB's own page when ../shared has it) for the
# data: a one-line error, exit 1, no output file and no cache entry.
. ./serve.sh
body=../../../../shared/external/ssb-real/ssb-12134-v2-error-response-404.html.json
serve --table ../../pxweb/99001-syntetisk.json --html404 --html-body "$body"
ssb-get -o "$TMP/out.json" 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>&1 | sed "s/:$port/:PORT/g"
status=$?
ls "$TMP"/out.json 2>/dev/null
grep -l '"values"\|/data' "$TMP"/cache/hvstat/ssb/*.json 2>/dev/null | wc -l
exit $status
