# serve.sh: sourced by the ssb-get cases.  serve [option ...] starts
# tests/pxweb-server.py on a free port of 127.0.0.1 with the options
# given, points ssb-get at it (SSB_API, SSB_KLASS_API) and the cache at
# $TMP/cache, and stops the server when the case ends.  requests prints
# the paths the server was asked for, in order.
serve() {
	python3 ../../pxweb-server.py --port-file "$TMP/port" \
	    --log "$TMP/log" "$@" 2>"$TMP/server.err" &
	server=$!
	trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
	i=0
	while [ ! -s "$TMP/port" ] && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	port=$(cat "$TMP/port")
	export SSB_API=http://127.0.0.1:$port/api/pxwebapi/v2
	export SSB_KLASS_API=http://127.0.0.1:$port/klass/v1
	export XDG_CACHE_HOME=$TMP/cache
}

requests() {
	cut -d' ' -f2- "$TMP/log"
}

show() {
	python3 ../../pxweb-show.py "$@"
}

# a case that needs ../shared skips without it
shared() {
	[ -d "${SHARED:-../../../../shared}/external" ] || {
		echo "no ../shared" >&2
		exit 77
	}
}
