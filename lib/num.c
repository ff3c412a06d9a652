/* num.c: parse and print numbers, Norwegian and machine style. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "num.h"

static const struct hv_name symbols[] = {
	{ ".",		HV_SYM_NA,		0 },
	{ "..",		HV_SYM_MISSING,		0 },
	{ "...",	HV_SYM_NOT_YET,		0 },
	{ ":",		HV_SYM_CONFIDENTIAL,	0 },
	{ "-",		HV_SYM_NIL,		0 },
	{ NULL,		HV_SYM_NONE,		0 },
};

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* Length of a group separator at s (space, U+00A0, U+202F), or 0. */
static size_t
group_sep_len(const unsigned char *s, const unsigned char *end)
{
	if (s < end && *s == ' ')
		return 1;
	if (end - s >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (end - s >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xAF)
		return 3;
	return 0;
}

static int
invalid(struct hv_err *e, const char *s, size_t len, const char *why)
{
	return hv_err_invalid(e, "number", s, len, why);
}

enum hv_sym
hv_sym_parse(const char *s)
{
	int sym;

	return hv_name_find(symbols, s, &sym) == 0 ? (enum hv_sym)sym :
	    HV_SYM_NONE;
}

const char *
hv_sym_str(enum hv_sym sym)
{
	return hv_name_of(symbols, (int)sym);
}

int
hv_num_missing(const struct hv_num *n)
{
	return n->sym != HV_SYM_NONE && n->sym != HV_SYM_NIL;
}

int
hv_num_parse(const char *s0, size_t len, struct hv_num *n, struct hv_err *e)
{
	const unsigned char *s = (const unsigned char *)s0;
	const unsigned char *end = s + len;
	char clean[128];
	size_t k = 0, sep;
	int digits, group, seen_mark = 0, seen_group = 0;
	char *stop;

	n->v = 0;
	n->sym = HV_SYM_NONE;
	n->flags = 0;
	while (s < end && is_blank(*s))
		s++;
	while (end > s && is_blank(end[-1]))
		end--;
	if (s == end) {
		n->sym = HV_SYM_EMPTY;
		return 0;
	}
	if (end - s <= 3) {
		char sym[4];

		memcpy(sym, s, (size_t)(end - s));
		sym[end - s] = '\0';
		n->sym = hv_sym_parse(sym);
		if (n->sym != HV_SYM_NONE)
			return 0;
	}

	/* Suffixes: SSB's provisional mark, then a percent sign. */
	if (end > s && end[-1] == '*') {
		n->flags |= HV_NUM_PROVISIONAL;
		end--;
	}
	if (end > s && end[-1] == '%') {
		n->flags |= HV_NUM_PERCENT;
		end--;
		/* "21,7 %" with a space or a no-break space before the sign */
		if (end > s && end[-1] == ' ')
			end--;
		else if (end - s >= 2 && end[-2] == 0xC2 && end[-1] == 0xA0)
			end -= 2;
	}

	/* Sign: '-', '+' or U+2212 MINUS SIGN, possibly followed by a blank. */
	if (s < end && (*s == '-' || *s == '+')) {
		if (*s == '-')
			clean[k++] = '-';
		s++;
	} else if (end - s >= 3 && s[0] == 0xE2 && s[1] == 0x88 &&
	    s[2] == 0x92) {
		clean[k++] = '-';
		s += 3;
	}
	if (s < end && *s == ' ' && k > 0)
		s++;

	/* Integer part, with optional groups of three after a separator. */
	digits = 0;
	group = -1;
	while (s < end) {
		if (*s >= '0' && *s <= '9') {
			if (k >= sizeof(clean) - 16)
				return invalid(e, s0, len, "too long");
			clean[k++] = (char)*s++;
			digits++;
			if (group >= 0)
				group++;
			continue;
		}
		if ((sep = group_sep_len(s, end)) > 0) {
			if (digits == 0 || (group >= 0 && group != 3))
				return invalid(e, s0, len,
				    "digit groups must have three digits");
			if (group < 0 && digits > 3)
				return invalid(e, s0, len,
				    "digit groups must have three digits");
			group = 0;
			seen_group = 1;
			s += sep;
			continue;
		}
		break;
	}
	if (seen_group && group != 3)
		return invalid(e, s0, len, "digit groups must have three digits");

	/* Decimal mark: comma or point, once. */
	if (s < end && (*s == ',' || *s == '.')) {
		seen_mark = 1;
		clean[k++] = '.';
		s++;
		while (s < end && *s >= '0' && *s <= '9') {
			if (k >= sizeof(clean) - 8)
				return invalid(e, s0, len, "too long");
			clean[k++] = (char)*s++;
			digits++;
		}
	}
	if (digits == 0)
		return invalid(e, s0, len, "no digits");

	/* Exponent, as machines write it. */
	if (s < end && (*s == 'e' || *s == 'E')) {
		clean[k++] = 'e';
		s++;
		if (s < end && (*s == '-' || *s == '+'))
			clean[k++] = (char)*s++;
		if (s == end || *s < '0' || *s > '9')
			return invalid(e, s0, len, "bad exponent");
		while (s < end && *s >= '0' && *s <= '9' && k < sizeof(clean) - 1)
			clean[k++] = (char)*s++;
	}
	if (s != end) {
		if (*s == ',' || *s == '.')
			return invalid(e, s0, len, seen_mark ?
			    "more than one decimal mark" :
			    "decimal mark in the wrong place");
		return invalid(e, s0, len, "unexpected character");
	}
	clean[k] = '\0';
	n->v = strtod(clean, &stop);
	if (*stop != '\0' || !isfinite(n->v))
		return invalid(e, s0, len, "out of range");
	if (n->v == 0)
		n->v = 0;	/* no negative zero */
	return 0;
}

static const double pow10_dbl[23] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/*
 * hv_num_round's answer without printf, where it is plain: v x 10^d
 * rounded half away from zero, into *r (a whole number), when that
 * scaled value is below 10^11 and not so near a half that dropping the
 * digits past the twelfth could move it across (the noise rule below);
 * 0 when the full rule must decide.
 */
static int
round_plain(double v, int decimals, double *r)
{
	double x, ax, f;

	if (decimals < 0 || decimals > 22)
		return 0;
	x = v * pow10_dbl[decimals];
	ax = fabs(x);
	if (!(ax < 1e11))
		return 0;
	f = ax - floor(ax);
	/* the twelfth significant digit of ax is at most ax * 1e-11: a
	 * fraction this far from a half stays on its side */
	if (fabs(f - 0.5) <= ax * 2e-11 + 1e-300)
		return 0;
	*r = floor(ax + 0.5);
	if (x < 0)
		*r = -*r;
	return 1;
}

double
hv_num_round(double v, int decimals)
{
	char buf[64];
	double p, x;
	int digits = 12;

	if (!isfinite(v))
		return v;
	if (round_plain(v, decimals, &x))
		return x == 0 ? 0 : x / pow10_dbl[decimals];
	p = pow(10, decimals);
	x = v * p;
	/* From 2^52 on a double is a whole number: nothing to round (and
	 * x + 0.5 below could round up to the next one). */
	if (fabs(x) >= 4503599627370496.0)
		return v;
	/* Drop the noise of binary fractions: 21.45 * 10 is 214.49999...
	 * Twelve significant digits, or every whole digit and one more:
	 * 2 123 456 789 013 keeps its last digits. */
	if (fabs(x) >= 1e11)
		digits = (int)floor(log10(fabs(x))) + 2;
	snprintf(buf, sizeof(buf), "%.*g", digits, x);
	x = strtod(buf, NULL);
	x = x < 0 ? -floor(-x + 0.5) : floor(x + 0.5);
	x /= p;
	return x == 0 ? 0 : x;
}

/* Append c to the output at *out unless only the NUL still fits. */
static void
put(char **out, const char *limit, char c)
{
	if (*out < limit)
		*(*out)++ = c;
}

static const uint64_t pow10_u64[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL,
	10000000000000000000ULL,
};

/* The decimal digits of u at out (no NUL); their number.  Two at a
 * time, from a table of the hundred pairs: half the divisions. */
static int
put_digits(char *out, uint64_t u)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324"
	    "25262728293031323334353637383940414243444546474849"
	    "50515253545556575859606162636465666768697071727374"
	    "75767778798081828384858687888990919293949596979899";
	char rev[24], *p = rev + sizeof(rev);
	int n;

	while (u >= 100) {
		unsigned d = (unsigned)(u % 100);

		u /= 100;
		*--p = pairs[2 * d + 1];
		*--p = pairs[2 * d];
	}
	if (u >= 10) {
		*--p = pairs[2 * u + 1];
		*--p = pairs[2 * u];
	} else
		*--p = (char)('0' + u);
	n = (int)(rev + sizeof(rev) - p);
	memcpy(out, p, (size_t)n);
	return n;
}

int
hv_num_decimals(double v, int max)
{
	int d;

	if (!isfinite(v))
		return 0;
	for (d = 0; d < max; d++)
		if (hv_num_round(v, d) == hv_num_round(v, max))
			return d;
	return max;
}

/* Write the number digits x 10^-decimals (digits: nd characters at d)
 * in fixed notation at out: "-0.0012", "1500", "12.5". */
static void
put_fixed(char *out, int neg, const char *d, int nd, int decimals)
{
	int i;

	if (neg)
		*out++ = '-';
	if (decimals <= 0) {
		memcpy(out, d, (size_t)nd);
		out += nd;
		for (i = 0; i < -decimals; i++)
			*out++ = '0';
	} else if (nd > decimals) {
		memcpy(out, d, (size_t)(nd - decimals));
		out += nd - decimals;
		*out++ = '.';
		memcpy(out, d + nd - decimals, (size_t)decimals);
		out += decimals;
	} else {
		*out++ = '0';
		*out++ = '.';
		for (i = 0; i < decimals - nd; i++)
			*out++ = '0';
		memcpy(out, d, (size_t)nd);
		out += nd;
	}
	*out = '\0';
}

/*
 * The shortest decimal that reads back as v, for HV_NUM_EXACT_FROM <=
 * |v| < HV_NUM_EXP_FROM, in fixed notation at out (room for 40 bytes).
 * Returns 0, or -1 for v out of that range.
 *
 * Exact, in integers: v is m * 2^e, and every decimal between the
 * midpoints to its neighbours, (4m - 2) / 4 * 2^e and (4m + 2) / 4 * 2^e
 * (the lower gap is half as wide at a power of two), reads back as v;
 * the midpoints themselves do when m is even (strtod rounds half to
 * even).  Scaled by 10^k for 17 significant digits, where one such
 * decimal is always found, the three fit in 128 bits (4m + 2 < 2^55,
 * 10^k < 2^70 while k <= 21).  The shortest is the one with most
 * trailing zeros in that interval; of those, the nearest to v (half to
 * even), as printf's correct rounding would give at that length.
 */
static int
shortest_fixed(double v, char *out)
{
	__extension__ typedef unsigned __int128 u128;
	uint64_t bits, m, lo, hi, vq, q, c;
	unsigned last;
	u128 mask, lower, mid, upper, p10;
	int be, t, k, j, nd, even, up, sticky;
	double av = fabs(v);
	char d[24];

	if (!(av >= HV_NUM_EXACT_FROM && av < HV_NUM_EXP_FROM))
		return -1;
	memcpy(&bits, &av, sizeof(bits));
	be = (int)(bits >> 52);
	m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
	t = 1075 - be + 2;		/* v = 4m / 2^t; t >= 1 below 2^54 */
	/* the k that gives 17 digits: from the binary exponent (log10(2)
	 * is 78913 / 2^18 to well within one), then made sure; 10^k is
	 * exact in a double as far as 10^22 */
	k = 16 - (((be - 1023) * 78913) >> 18);
	if (k < 0)
		k = 0;
	if (k > 21)
		k = 21;
	while (k > 0 && av * pow10_dbl[k - 1] >= 1e16)
		k--;
	while (k < 21 && av * pow10_dbl[k] < 1e16)
		k++;
	p10 = k < 20 ? pow10_u64[k] : (u128)pow10_u64[19] * pow10_u64[k - 19];
	mid = (u128)(4 * m) * p10;
	upper = (u128)(4 * m + 2) * p10;
	lower = (u128)(4 * m - (m == (1ULL << 52) && be > 1 ? 1 : 2)) * p10;
	mask = ((u128)1 << t) - 1;
	even = (m & 1) == 0;
	lo = (uint64_t)(lower >> t) + ((lower & mask) != 0 || !even);
	hi = (uint64_t)(upper >> t) - ((upper & mask) == 0 && !even);
	vq = (uint64_t)(mid >> t);
	if (lo > hi)
		return -1;	/* not reached: 17 digits always read back */

	/* drop a digit while a multiple of 10 is left in [lo, hi] (the
	 * ceiling of a ceiling is the ceiling of the whole division); the
	 * digits dropped from v: the last one, and whether any below it
	 * (or v's fraction) was not 0 */
	sticky = (mid & mask) != 0;
	last = 0;
	for (j = 0; hi / 10 >= (lo + 9) / 10; j++) {
		hi /= 10;
		lo = (lo + 9) / 10;
		sticky |= last != 0;
		last = (unsigned)(vq % 10);
		vq /= 10;
	}
	q = vq;
	if (j == 0) {
		u128 frac = mid & mask, halfway = (u128)1 << (t - 1);

		up = frac > halfway || (frac == halfway && (q & 1));
	} else
		up = last > 5 || (last == 5 && (sticky || (q & 1)));
	c = q + (uint64_t)up;
	if (c < lo)
		c = lo;
	else if (c > hi)
		c = hi;
	nd = put_digits(d, c);
	put_fixed(out, v < 0, d, nd, k - j);
	return 0;
}

/* Does n x 10^q read back as v? */
static int
reads_back(uint64_t n, int q, double v)
{
	char s[48];

	snprintf(s, sizeof(s), "%llue%d", (unsigned long long)n, q);
	return strtod(s, NULL) == v;
}

/*
 * The shortest n x 10^q (n without trailing zeros) that reads back as
 * |v|, for any finite v but 0, with printf: its correctly rounded
 * digits at 1, 2, ... 17 digits, and where those miss (a tie at a power
 * of two, whose lower gap is half as wide) their neighbours at the same
 * length.  For the numbers shortest_fixed() leaves.
 */
static void
shortest_digits(double v, uint64_t *n, int *q)
{
	char s[48], *x, *p;
	int prec;

	v = fabs(v);
	for (prec = 1; prec <= 17; prec++) {
		snprintf(s, sizeof(s), "%.*e", prec - 1, v);
		x = strchr(s, 'e');
		*n = 0;
		for (p = s; p < x; p++)
			if (*p >= '0' && *p <= '9')
				*n = *n * 10 + (uint64_t)(*p - '0');
		*q = atoi(x + 1) - (prec - 1);
		if (reads_back(*n, *q, v))
			break;
		if (reads_back(*n + 1, *q, v)) {
			++*n;
			break;
		}
		if (reads_back(*n - 1, *q, v)) {
			--*n;
			break;
		}
	}
	for (; *n % 10 == 0; *n /= 10)
		++*q;
}

/* v as shortest_digits() finds it: in exponent form as printf writes
 * it ("-1.5e+20", "5e-324"), or in fixed notation ("0.0000123"), at out
 * (room for 32 bytes: fixed notation is asked for from
 * HV_NUM_EXP_BELOW on only). */
static void
shortest_other(double v, int exponent, char *out)
{
	char d[24];
	uint64_t n;
	int q, nd, x;

	shortest_digits(v, &n, &q);
	nd = put_digits(d, n);
	if (!exponent) {
		put_fixed(out, v < 0, d, nd, -q);
		return;
	}
	if (v < 0)
		*out++ = '-';
	*out++ = d[0];
	if (nd > 1) {
		*out++ = '.';
		memcpy(out, d + 1, (size_t)(nd - 1));
		out += nd - 1;
	}
	x = q + nd - 1;
	snprintf(out, 16, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
}

char *
hv_num_fmt(char *buf, size_t sz, double v, int decimals,
    enum hv_numstyle style)
{
	char raw[512], *dot, *p, *out;
	const char *limit;
	size_t intlen, i;
	double scaled;
	int neg;

	if (sz == 0)
		return buf;
	if (!isfinite(v)) {
		/* missing, as JSON's null says: "inf" no tool reads back */
		buf[0] = '\0';
		return buf;
	}
	if (fabs(v) >= HV_NUM_EXP_FROM || (v != 0 &&
	    fabs(v) < HV_NUM_EXP_BELOW && decimals < 0)) {
		/* beyond the digits a double holds: the shortest exponent form
		 * that reads back as v (1e+200, not 200 digits of noise) */
		shortest_other(v, 1, raw);
		if (style != HV_NUMSTYLE_C && (dot = strchr(raw, '.')) != NULL)
			*dot = ',';
		snprintf(buf, sz, "%s", raw);
		return buf;
	}
	if (decimals >= 0 && round_plain(v, decimals, &scaled) &&
	    fabs(scaled) < 4503599627370496.0) {
		/* below 2^52, the digits of the rounded whole number are what
		 * printf writes of it over 10^decimals */
		char d[24];
		int nd = put_digits(d, (uint64_t)fabs(scaled));

		put_fixed(raw, scaled < 0, d, nd, decimals);
	} else if (decimals >= 0) {
		v = hv_num_round(v, decimals);
		snprintf(raw, sizeof(raw), "%.*f", decimals, v);
	} else if (v == 0)
		strcpy(raw, "0");
	else if (fabs(v) < 9007199254740992.0 && v == (double)(long long)v) {
		/* a whole number below 2^53 is its own shortest form */
		char *r = raw;

		if (v < 0)
			*r++ = '-';
		r[put_digits(r, (uint64_t)fabs(v))] = '\0';
	} else if (shortest_fixed(v, raw) == -1)
		shortest_other(v, 0, raw);
	if (decimals < 0 && style == HV_NUMSTYLE_C) {
		/* as found: no groups, no -0 (v == 0 wrote "0") */
		size_t n = strlen(raw);

		if (n >= sz)
			n = sz - 1;
		memcpy(buf, raw, n);
		buf[n] = '\0';
		return buf;
	}
	p = raw;
	neg = *p == '-';
	if (neg)
		p++;
	/* -0.00 after rounding is 0 */
	if (neg && strspn(p, "0.") == strlen(p))
		neg = 0;

	out = buf;
	limit = buf + sz - 1;
	if (neg)
		put(&out, limit, '-');
	dot = strchr(p, '.');
	intlen = dot != NULL ? (size_t)(dot - p) : strlen(p);
	for (i = 0; i < intlen; i++) {
		if (style == HV_NUMSTYLE_NB && i > 0 && (intlen - i) % 3 == 0 &&
		    intlen >= 4)
			put(&out, limit, ' ');
		put(&out, limit, p[i]);
	}
	if (dot != NULL) {
		put(&out, limit, style != HV_NUMSTYLE_C ? ',' : '.');
		for (p = dot + 1; *p != '\0'; p++)
			put(&out, limit, *p);
	}
	*out = '\0';
	return buf;
}

int
hv_num_whole(const char *s, size_t len, long long min, long long max,
    long long *v)
{
	char buf[32], *end;
	size_t i = 0;

	if (len == 0 || len >= sizeof(buf))
		return -1;
	if (s[0] == '-' && min < 0)
		i = 1;
	if (i == len)
		return -1;
	for (; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	errno = 0;
	*v = strtoll(buf, &end, 10);
	return errno != 0 || *v < min || *v > max ? -1 : 0;
}

int
hv_num_simple(const char *s, size_t len, double *v)
{
	static const double pow10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	int64_t m = 0;
	size_t i, ndig = 0, frac = 0;
	int mark = 0;

	for (i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (++ndig > 15)
				return 0;
			m = m * 10 + (s[i] - '0');
			frac += (size_t)mark;
		} else if ((s[i] == '.' || s[i] == ',') && !mark && i > 0) {
			mark = 1;
		} else {
			return 0;
		}
	}
	if (ndig == 0 || (mark && frac == 0))
		return 0;
	*v = (double)m / pow10[frac];
	return 1;
}
