# Nothing listens on the port: "cannot reach", exit 1.
export XDG_CACHE_HOME=$TMP/cache
ssb-get --no-cache --api http://127.0.0.1:9/api/pxwebapi/v2 12362 Tid=2024 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
