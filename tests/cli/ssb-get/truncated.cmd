# An answer cut off halfway: refused as JSON, exit 1, nothing written,
# nothing cached.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json --truncate
ssb-get -o "$TMP/out.json" 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>&1 | sed "s/:$port/:PORT/g"
status=$?
ls "$TMP"/out.json 2>/dev/null
grep -l '/data?' "$TMP"/cache/hvstat/ssb/*.json 2>/dev/null | wc -l
exit $status
