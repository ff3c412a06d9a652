# Every kind of v2 selection, resolved by the test server (its own
# Python reading of PxWebApi 2's rules) and by ssb-get (--max-cells 1:
# one request a cell, so every code is listed in a URL): the same codes.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
for sel in 5037,5038 '*' '50*' '*9' '*03*' '50?7' 'top(2)' 'top(2,1)' \
    'bottom(2)' 'from(5035)' 'to(5035)' 'range(5006,5038)' ekg09 \
    '5035,50*'; do
	theirs=$(ssb-get --no-cache 99001 region="$sel" ContentsCode=KOSandel0000 Tid=2024 2>&1 | show | sed -n 2p) ||
	    theirs="ERROR $theirs"
	ours=$(ssb-get -q --no-cache --max-cells 1 99001 region="$sel" ContentsCode=KOSandel0000 Tid=2024 | show | sed -n 2p)
	echo "$sel: $theirs ${ours#KOKkommuneregion0000 }"
done
for sel in 'top(3)' 'top(2,1)' 'bottom(2)' 'from(2023)' 'to(2021)' 'range(2024,2022)' '202?'; do
	theirs=$(ssb-get --no-cache 99001 region=5037 ContentsCode=KOSandel0000 tid="$sel" | show | sed -n 4p)
	ours=$(ssb-get -q --no-cache --max-cells 1 99001 region=5037 ContentsCode=KOSandel0000 tid="$sel" | show | sed -n 4p)
	echo "$sel: $theirs ${ours#Tid }"
done
