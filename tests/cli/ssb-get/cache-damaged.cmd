# A damaged cache entry (cut short on disk) is not used: it is fetched
# again and replaced.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
q="99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024"
ssb-get $q >/dev/null
for f in "$TMP"/cache/hvstat/ssb/*.json; do
	head -c 200 "$f" >"$f.cut" && mv "$f.cut" "$f"
done
: >"$TMP/log"
ssb-get --max-age 1d $q | show | grep -E '^value|fromCache'
requests
