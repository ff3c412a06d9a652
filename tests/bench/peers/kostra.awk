# The comparison of kostra.sql in awk: awk -v var=var07 -v ref=EKG09.
BEGIN { FS = OFS = ","; OFMT = CONVFMT = "%.17g" }
NR == 1 { next }
$3 == var {
	n++; u[n] = $1; p[n] = $4; v[n] = $5
	if ($1 == ref) rv[$4] = $5
	if (length($1) == 4 && $5 != "") {
		k = ++cnt[$4]; vals[$4, k] = $5 + 0
		if ($5 + 0 >= 0) { sum[$4] += $5; sn[$4]++ }
	}
}
END {
	print "unit,period,value,diff_ref,diff_ref_pct,rank,rank_of,peer_mean"
	for (i = 1; i <= n; i++) {
		d = dp = rk = ro = ""
		if (v[i] != "" && rv[p[i]] != "") {
			d = v[i] - rv[p[i]]
			a = rv[p[i]] < 0 ? -rv[p[i]] : rv[p[i]]
			dp = d / a * 100
		}
		if (length(u[i]) == 4 && v[i] != "") {
			rk = 1
			for (j = 1; j <= cnt[p[i]]; j++)
				if (vals[p[i], j] > v[i] + 0) rk++
			ro = cnt[p[i]]
		}
		print u[i], p[i], v[i], d, dp, rk, ro, sn[p[i]] ? sum[p[i]] / sn[p[i]] : ""
	}
}
