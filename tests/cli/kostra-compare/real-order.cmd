[ -d "$SHARED/external/ssb" ] || { echo 'no ../shared' >&2; exit 77; }; f="$SHARED/external/ssb/jsonstat-org-order.json"; kostra-compare --dump "$f" | sed -n '2p;13p;25p'
