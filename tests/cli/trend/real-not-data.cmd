# The real ones: SSB's 404 page for a URL too long, PxWeb v0 metadata,
# KLASS's codes (Lørenskog's xlsx and SSB's PX file are read now: their
# own cases).
d=$SHARED/external/ssb-real
[ -d "$d" ] || { echo "no $d" >&2; exit 77; }
cd "$d" || exit 1
for f in ssb-12134-v2-error-response-404.html.json ssb-13861-v0-metadata.json klass-131-codesAt-2026-01-01.json; do
	trend "$f" 2>&1
	kostra-compare --focus 5037 --ref EKG09 "$f" 2>&1
done
exit 0
