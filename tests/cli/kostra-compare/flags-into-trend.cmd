# kostra-compare's flags travel through trend: the flag column kept in
# CSV, and every measure made from a flagged value flagged too: the
# change from Stjørdal's 2021 value (330, near zero) to 2022 is flagged
# "near zero"; each index by the base 2019, flagged for the redrawn
# KOSTRA group, carries that flag.
cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --units Levanger,Stjørdal 12362-pleie-og-omsorg.json 2>/dev/null | trend --base 2019 --measures change,index
