# PxWebApi v2's labels carry Sami names: "Trondheim - Tråante", "Oslo - Oslove"
f="$SHARED/external/ssb-real/ssb-12134-v2-kostra-nokkeltall-jsonstat2.json"
[ -f "$f" ] || { echo "needs $f" >&2; exit 77; }
kostra-compare --focus Trondheim --ref Oslo "$f" && kostra-compare --focus Trondheim --ref oslo --labels nb --format md "$f"
