# A server that takes the connection and never answers: --timeout 1
# ends the request with a clear error, exit 1.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --hang
ssb-get --timeout 1 -o "$TMP/out.json" 99001 region=5037 2>&1 | sed -E "s/:$port/:PORT/g; s/after [0-9]+ milliseconds/after N milliseconds/; s/Operation timed out.*/Operation timed out/"
status=$?
ls "$TMP"/out.json 2>/dev/null
exit $status
