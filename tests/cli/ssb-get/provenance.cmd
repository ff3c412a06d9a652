# What the dataset says of where it came from: the requests, the time,
# the table's last update, how many parts came from the cache.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
ssb-get 99001 region=5037 ContentsCode='*' Tid='top(2)' | show
ssb-get 99001 region=5037 ContentsCode='*' Tid='top(2)' | show | grep fromCache
