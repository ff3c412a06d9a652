# The cache: a second run asks only for the metadata (the table's
# updated is the same); --offline asks nothing and says what it lacks;
# --refresh fetches again; --max-age 1h trusts a young entry without
# asking.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
q="99001 region=5037,5038 ContentsCode=KOSmottakere0000 Tid=top(2)"
ssb-get $q | show | sed -n 5p; echo "-- first run"; requests; : >"$TMP/log"
ssb-get $q | show | grep -E 'value|fromCache'; echo "-- second run"; requests; : >"$TMP/log"
ssb-get --offline $q | show | grep -E 'value|fromCache'; echo "-- offline"; requests; : >"$TMP/log"
ssb-get --offline 99001 region=5037 ContentsCode=KOSmottakere0000 Tid=2024 2>&1 | sed "s/:$port/:PORT/g"
echo "-- offline, not in the cache: exit $?"; requests; : >"$TMP/log"
ssb-get --refresh $q | show | grep fromCache; echo "-- refresh"; requests; : >"$TMP/log"
ssb-get --max-age 1h $q | show | grep fromCache; echo "-- max-age"; requests
