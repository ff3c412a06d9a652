cd "$FIXTURES/kostra" && kostra-compare --focus Levanger --ref EKG09 --units Levanger 12362-pleie-og-omsorg.json | trend --base 2019 --measures change,base_change,base_change_pct --round 1
