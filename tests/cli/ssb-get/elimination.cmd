# Alder may be left out: the table's elimination value (all ages) is
# what the server gives, and the answer has no Alder; a variable that
# may not be left out is an error naming its first values.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
ssb-get 99001 region=5037 ContentsCode=KOSmottakere0000 Tid='top(1)' | show | sed -n 1,2p
ssb-get 99001 region=5037 ContentsCode=KOSmottakere0000
echo "exit $?"
