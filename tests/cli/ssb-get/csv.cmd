# -f csv: the tidy table, codes and labels, value and status (a missing
# value keeps its symbol), the table and its update in every row.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
ssb-get -f csv 99001 region=5035,EAK Alder=F067-079 ContentsCode='*' Tid=2020,2024
