# What the user can get wrong: an unknown table, variable (close names
# offered) or value, a bad expression, a variable given twice, no table.
. ./serve.sh
serve --table ../../pxweb/99001-syntetisk.json
run() { ssb-get "$@" 2>&1 | sed "s/:$port/:PORT/g"; echo "exit ${PIPESTATUS[0]}"; }
run 99999 Tid=2024
run 99001 regoin=5037 Tid=2024
run 99001 region=5073 ContentsCode='*' Tid=2024
run 99001 region='top(x)' ContentsCode='*' Tid=2024
run 99001 region='5*3' ContentsCode='*' Tid=2024
run 99001 region='9*' ContentsCode='*' Tid=2024
run 99001 region=5037 KOKkommuneregion0000=5038 ContentsCode='*' Tid=2024
run 99001 region
run
run --lang se 99001
run --max-age soon 99001
run --values 99001
run --klass-changes 131
run --klass-correspondence 131-112 --date 2024-01-01
run --api ftp://example.org 99001
