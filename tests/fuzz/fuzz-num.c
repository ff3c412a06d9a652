/*
 * fuzz-num: numbers.  Whatever hv_num_parse takes, hv_num_simple agrees
 * with where it answers; every finite value written, in either style,
 * with any number of decimals, reads back as the value (exactly, and
 * no shorter decimal does) or as the value rounded to those decimals.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "num.h"

static double
read_back(const char *s, const char *what, double want)
{
	struct hv_num n;
	struct hv_err e;

	if (hv_num_parse(s, strlen(s), &n, &e) == -1)
		fz_fail("%s of %.17g: '%s' does not read back: %s", what,
		    want, s, e.msg);
	FZ_CHECK(!hv_num_missing(&n), "%s '%s' reads as missing", what, s);
	return n.v;
}

/* Does a decimal one significant digit shorter than s (machine style)
 * read back as v?  If any shorter one does, one of the two of that
 * length around v does: s with its last digit dropped, or that plus one
 * in the new last place. */
static int
shorter_reads_back(const char *s, double v)
{
	unsigned long long d = 0, cut;
	int nd = 0, q = 0, after = 0, i;
	char text[64];
	const char *p;

	for (p = s; *p != '\0' && *p != 'e'; p++) {
		if (*p == '.')
			after = 1;
		else if (*p >= '0' && *p <= '9') {
			if (d != 0 || *p != '0') {
				d = d * 10 + (unsigned)(*p - '0');
				nd++;
			}
			q -= after;
		}
	}
	if (*p == 'e')
		q += atoi(p + 1);
	/* a whole number's zeros are no digits to drop: 10000000 is 1e7 */
	for (; d != 0 && d % 10 == 0; nd--) {
		d /= 10;
		q++;
	}
	if (nd <= 1)
		return 0;
	cut = d / 10;
	for (i = 0; i < 2; i++) {
		snprintf(text, sizeof(text), "%llue%d", cut + (unsigned)i,
		    q + 1);
		if (strtod(text, NULL) == fabs(v))
			return 1;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum hv_numstyle styles[] = { HV_NUMSTYLE_C,
	    HV_NUMSTYLE_NB };
	char *s, buf[128];
	struct hv_num n;
	struct hv_err e;
	double v, r;
	size_t i;
	int d, parsed;

	if (size > 512)
		return 0;
	/* exactly size bytes, no NUL after them: the parsers take lengths */
	if ((s = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	parsed = hv_num_parse(s, size, &n, &e) == 0;
	if (hv_num_simple(s, size, &v))
		FZ_CHECK(parsed && !hv_num_missing(&n) && n.v == v,
		    "hv_num_simple gives %.17g, hv_num_parse %s %.17g", v,
		    parsed ? "gives" : "refuses", n.v);
	free(s);
	if (!parsed || hv_num_missing(&n) || !isfinite(n.v))
		return 0;
	for (i = 0; i < 2; i++) {
		hv_num_fmt(buf, sizeof(buf), n.v, -1, styles[i]);
		/* the shortest form: exactly the same double; one digit
		 * fewer (the last dropped, or rounded up) is another */
		r = read_back(buf, "shortest form", n.v);
		FZ_CHECK(r == n.v, "%.17g written '%s' reads back as %.17g",
		    n.v, buf, r);
		FZ_CHECK(i > 0 || !shorter_reads_back(buf, n.v), "%.17g "
		    "written '%s' has a shorter form", n.v, buf);
		for (d = 0; d <= 4; d++) {
			hv_num_fmt(buf, sizeof(buf), n.v, d, styles[i]);
			r = read_back(buf, "rounded form", n.v);
			/* where a double has no digits left for the decimals,
			 * hv_num_round keeps v, and printing rounds it */
			v = fabs(n.v) < HV_NUM_EXP_FROM ?
			    hv_num_round(n.v, d) : n.v;
			FZ_CHECK(r == v || (fabs(n.v * pow(10, d)) >= 0x1p52 &&
			    fabs(r - v) <= 0.5 * pow(10, -d) + fabs(v) * 1e-15),
			    "%.17g to %d decimals written '%s' reads back as "
			    "%.17g, not %.17g", n.v, d, buf, r, v);
		}
	}
	return 0;
}
