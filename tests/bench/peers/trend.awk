# trend --measures change_pct in awk, on input sorted by series and
# period (as the benchmark's is): each value against the previous one.
BEGIN { FS = OFS = ","; OFMT = CONVFMT = "%.17g" }
NR == 1 { print "unit,period,value,change_pct"; next }
{
	pct = ""
	if ($1 == pu && pv != 0)
		pct = ($3 - pv) / (pv < 0 ? -pv : pv) * 100
	print $1, $2, $3, pct
	pu = $1; pv = $3
}
