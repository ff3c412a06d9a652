# trend reads a PX file by itself: a column per variable but time, the
# labels as cells, then period, value, status (R5's table as SSB's PX)
cd "$FIXTURES/kostra" && trend --label-column region --series Levanger --measures change,change_pct --round 1 12362-pleie-og-omsorg.px
