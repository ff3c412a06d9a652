# A server that answers 503 every time: after --retries 2 a clear
# error, exit 1, no output file.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --fail 503,503,503,503
ssb-get --retries 2 -o "$TMP/out.json" 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>&1 | sed "s/:$port/:PORT/g"
status=$?
ls "$TMP"/out.json 2>/dev/null
requests | grep -c /data
exit $status
