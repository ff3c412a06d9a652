[ -d "$SHARED/external/ssb" ] || { echo 'no ../shared' >&2; exit 77; }; f="$SHARED/external/ssb/jsonstat-org-oecd.json"; kostra-compare --dump "$f" | sed -n '12p;287p'
