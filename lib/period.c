/* period.c: parse, order, step and print periods and dates. */
#include <stdio.h>
#include <string.h>

#include "period.h"

/* Nonzero for leap years. */
static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
hv_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Howard Hinnant's days_from_civil: exact for the proleptic calendar. */
long
hv_days_from_civil(int y, int m, int d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

struct hv_period
hv_date_from_days(long z)
{
	struct hv_period p;
	long era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	p.kind = HV_PERIOD_DATE;
	p.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	p.sub = (int)(mp < 10 ? mp + 3 : mp - 9);
	p.year = (int)((long)yoe + era * 400 + (p.sub <= 2));
	return p;
}

/* Read exactly n digits at s into *v; returns 0 or -1. */
static int
digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* Length of the run of digits at s, at most max. */
static size_t
ndigits(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n] >= '0' && s[n] <= '9')
		n++;
	return n;
}

/* "invalid what '...'" */
static int
bad(struct hv_err *e, const char *s, size_t len, const char *what)
{
	return hv_err_invalid(e, what, s, len, NULL);
}

static int
check_date(struct hv_period *p, const char *s, size_t len, struct hv_err *e)
{
	if (p->sub < 1 || p->sub > 12 || p->day < 1 ||
	    p->day > hv_days_in_month(p->year, p->sub))
		return hv_err_invalid(e, "date", s, len, "no such day");
	p->kind = HV_PERIOD_DATE;
	return 0;
}

int
hv_weekday(long day)
{
	/* day 0, 1970-01-01, was a Thursday */
	long w = (day + 3) % 7;

	return (int)(w < 0 ? w + 7 : w) + 1;
}

/* The day number of the Monday of ISO week 1 of year y: the week that
 * holds 4 January. */
static long
week1_monday(int y)
{
	long jan4 = hv_days_from_civil(y, 1, 4);

	return jan4 - (hv_weekday(jan4) - 1);
}

/* The ISO weeks year y has: 52, or 53. */
static int
weeks_in(int y)
{
	return (int)((week1_monday(y + 1) - week1_monday(y)) / 7);
}

int
hv_period_parse(const char *s, size_t len, struct hv_period *p,
    struct hv_err *e)
{
	char q[64];
	const char *s0;
	size_t n, n2, len0;
	int a, b;

	memset(p, 0, sizeof(*p));
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	s0 = s;
	len0 = len;
	n = ndigits(s, len);

	/* Norwegian day-first date: D.M.YYYY or DD.MM.YYYY */
	if ((n == 1 || n == 2) && len > n && s[n] == '.') {
		digits(s, (int)n, &a);
		n2 = ndigits(s + n + 1, len - n - 1);
		if ((n2 != 1 && n2 != 2) || len <= n + 1 + n2 ||
		    s[n + 1 + n2] != '.')
			return bad(e, s0, len0, "date");
		digits(s + n + 1, (int)n2, &b);
		s += n + n2 + 2;
		len -= n + n2 + 2;
		n = ndigits(s, len);
		if (n == len && n == 2) {
			hv_err_quote(s0, len0, q, sizeof(q));
			return hv_err_set(e, "two-digit year in '%s' (write "
			    "the year with four digits)", q);
		}
		if (n != len || n != 4)
			return bad(e, s0, len0, "date");
		digits(s, 4, &p->year);
		p->sub = b;
		p->day = a;
		return check_date(p, s0, len0, e);
	}
	if (n == 2 && len == 2)
		return hv_err_set(e, "two-digit year '%.2s' (write the year "
		    "with four digits)", s);
	if (n != 4)
		return bad(e, s, len, "period");
	digits(s, 4, &p->year);
	if (len == 4) {
		p->kind = HV_PERIOD_YEAR;
		return 0;
	}
	/* 2024K3, 2024Q3 */
	if (len == 6 && (s[4] == 'K' || s[4] == 'k' || s[4] == 'Q' ||
	    s[4] == 'q')) {
		if (s[5] < '1' || s[5] > '4')
			return bad(e, s, len, "quarter");
		p->kind = HV_PERIOD_QUARTER;
		p->sub = s[5] - '0';
		return 0;
	}
	/* 2014U30 (uke, as SSB writes it), 2014W30 */
	if (len == 7 && (s[4] == 'U' || s[4] == 'u' || s[4] == 'W' ||
	    s[4] == 'w')) {
		if (digits(s + 5, 2, &p->sub) == -1 || p->sub < 1 ||
		    p->sub > weeks_in(p->year))
			return bad(e, s, len, "week");
		p->kind = HV_PERIOD_WEEK;
		return 0;
	}
	/* 2023H1 */
	if (len == 6 && (s[4] == 'H' || s[4] == 'h')) {
		if (s[5] < '1' || s[5] > '2')
			return bad(e, s, len, "half-year");
		p->kind = HV_PERIOD_HALF;
		p->sub = s[5] - '0';
		return 0;
	}
	/* 2022-2023, 2022/2023: a school year, the second year the next */
	if (len == 9 && (s[4] == '-' || s[4] == '/') &&
	    ndigits(s + 5, 4) == 4) {
		digits(s + 5, 4, &a);
		if (a != p->year + 1)
			return bad(e, s, len, "school year");
		p->kind = HV_PERIOD_SCHOOL;
		return 0;
	}
	/* 2025M01 */
	if (len == 7 && (s[4] == 'M' || s[4] == 'm')) {
		if (digits(s + 5, 2, &p->sub) == -1 || p->sub < 1 ||
		    p->sub > 12)
			return bad(e, s, len, "month");
		p->kind = HV_PERIOD_MONTH;
		return 0;
	}
	/* 2025-01 and 2022-09-13 */
	if (len >= 7 && s[4] == '-' && digits(s + 5, 2, &p->sub) == 0) {
		if (len == 7) {
			if (p->sub < 1 || p->sub > 12)
				return bad(e, s, len, "month");
			p->kind = HV_PERIOD_MONTH;
			return 0;
		}
		if (len == 10 && s[7] == '-' && digits(s + 8, 2, &p->day) == 0)
			return check_date(p, s, len, e);
	}
	return bad(e, s, len, "period");
}

int
hv_period_in_header(const char *h, size_t len, struct hv_period *p)
{
	const char *sp, *end = h + len;
	struct hv_err ignore;
	size_t i;

	if (hv_period_parse(h, len, p, &ignore) == 0)
		return 0;
	for (sp = NULL, i = 0; i < len; i++)
		if (h[i] == ' ')
			sp = h + i;
	if (sp != NULL && hv_period_parse(sp + 1, (size_t)(end - sp - 1), p,
	    &ignore) == 0)
		return 0;
	if ((sp = memchr(h, ' ', len)) != NULL &&
	    hv_period_parse(h, (size_t)(sp - h), p, &ignore) == 0)
		return 0;
	return -1;
}

int
hv_date_parse(const char *s, size_t len, struct hv_period *p,
    struct hv_err *e)
{
	char why[32];

	if (hv_period_parse(s, len, p, e) == -1)
		return -1;
	if (p->kind != HV_PERIOD_DATE) {
		snprintf(why, sizeof(why), "a %s, not a day",
		    hv_period_kind_name(p->kind));
		return hv_err_invalid(e, "date", s, len, why);
	}
	return 0;
}

/* Month m, day d of year y: which of them is no date. */
static enum hv_date_fault
civil_fault(int y, int m, int d)
{
	if (m < 1 || m > 12)
		return HV_DATE_NO_MONTH;
	if (d < 1 || d > hv_days_in_month(y, m))
		return HV_DATE_NO_DAY;
	return HV_DATE_OK;
}

enum hv_date_fault
hv_date_fault(const char *s, size_t len)
{
	struct hv_period p;
	struct hv_err e;
	size_t n, n2, n3;
	int d, m, y;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	n = ndigits(s, len);
	/* D.M.YYYY: the shape read by hv_period_parse */
	if ((n == 1 || n == 2) && len > n && s[n] == '.') {
		n2 = ndigits(s + n + 1, len - n - 1);
		if ((n2 == 1 || n2 == 2) && len > n + 1 + n2 &&
		    s[n + 1 + n2] == '.') {
			n3 = ndigits(s + n + n2 + 2, len - n - n2 - 2);
			if (n + n2 + 2 + n3 != len)
				return HV_DATE_NOT_A_DATE;
			if (n3 == 2)
				return HV_DATE_TWO_DIGIT_YEAR;
			if (n3 != 4)
				return HV_DATE_NOT_A_DATE;
			digits(s, (int)n, &d);
			digits(s + n + 1, (int)n2, &m);
			digits(s + n + n2 + 2, 4, &y);
			return civil_fault(y, m, d);
		}
		return HV_DATE_NOT_A_DATE;
	}
	if (n == 4 && len == 10 && s[4] == '-' && s[7] == '-' &&
	    digits(s, 4, &y) == 0 && digits(s + 5, 2, &m) == 0 &&
	    digits(s + 8, 2, &d) == 0)
		return civil_fault(y, m, d);
	if (hv_period_parse(s, len, &p, &e) == 0)
		return p.kind == HV_PERIOD_DATE ? HV_DATE_OK :
		    HV_DATE_NOT_A_DAY;
	/* "2022-13" is a month outside the year */
	if (n == 4 && len == 7 && s[4] == '-' && digits(s + 5, 2, &m) == 0)
		return HV_DATE_NOT_A_DAY;
	return HV_DATE_NOT_A_DATE;
}

const char *
hv_date_fault_text(enum hv_date_fault f)
{
	switch (f) {
	case HV_DATE_OK:
		return "a date";
	case HV_DATE_TWO_DIGIT_YEAR:
		return "two-digit year";
	case HV_DATE_NO_MONTH:
		return "no such month";
	case HV_DATE_NO_DAY:
		return "no such day";
	case HV_DATE_NOT_A_DAY:
		return "a period, not a day";
	default:
		return "not a date";
	}
}

const char *
hv_period_kind_name(enum hv_period_kind kind)
{
	switch (kind) {
	case HV_PERIOD_YEAR:
		return "year";
	case HV_PERIOD_QUARTER:
		return "quarter";
	case HV_PERIOD_MONTH:
		return "month";
	case HV_PERIOD_DATE:
		return "date";
	case HV_PERIOD_WEEK:
		return "week";
	case HV_PERIOD_HALF:
		return "half-year";
	case HV_PERIOD_SCHOOL:
		return "school year";
	case HV_PERIOD_COLUMN:
		return "column";
	default:
		return "none";
	}
}

long
hv_period_ord(const struct hv_period *p)
{
	switch (p->kind) {
	case HV_PERIOD_YEAR:
		return p->year;
	case HV_PERIOD_QUARTER:
		return (long)p->year * 4 + p->sub - 1;
	case HV_PERIOD_MONTH:
		return (long)p->year * 12 + p->sub - 1;
	case HV_PERIOD_DATE:
		return hv_days_from_civil(p->year, p->sub, p->day);
	case HV_PERIOD_WEEK:
		/* Mondays are the days 4 + 7k: exact */
		return (week1_monday(p->year) + 7L * (p->sub - 1) - 4) / 7;
	case HV_PERIOD_HALF:
		return (long)p->year * 2 + p->sub - 1;
	case HV_PERIOD_SCHOOL:
	case HV_PERIOD_COLUMN:
		return p->year;
	default:
		return 0;
	}
}

struct hv_period
hv_period_from_ord(enum hv_period_kind kind, long ord)
{
	struct hv_period p;

	memset(&p, 0, sizeof(p));
	p.kind = kind;
	switch (kind) {
	case HV_PERIOD_YEAR:
		p.year = (int)ord;
		break;
	case HV_PERIOD_QUARTER:
		p.year = (int)(ord / 4);
		p.sub = (int)(ord % 4) + 1;
		break;
	case HV_PERIOD_MONTH:
		p.year = (int)(ord / 12);
		p.sub = (int)(ord % 12) + 1;
		break;
	case HV_PERIOD_DATE:
		p = hv_date_from_days(ord);
		break;
	case HV_PERIOD_WEEK: {
		long monday = ord * 7 + 4;

		/* the ISO year is the year of the week's Thursday */
		p.year = hv_date_from_days(monday + 3).year;
		p.sub = (int)((monday - week1_monday(p.year)) / 7) + 1;
		break;
	}
	case HV_PERIOD_HALF:
		p.year = (int)(ord / 2);
		p.sub = (int)(ord % 2) + 1;
		break;
	case HV_PERIOD_SCHOOL:
		p.year = (int)ord;
		break;
	default:
		break;
	}
	return p;
}

int
hv_period_cmp(const struct hv_period *a, const struct hv_period *b)
{
	long x, y;

	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	x = hv_period_ord(a);
	y = hv_period_ord(b);
	return x < y ? -1 : x > y;
}

struct hv_period
hv_period_add(const struct hv_period *p, long n)
{
	return hv_period_from_ord(p->kind, hv_period_ord(p) + n);
}

long
hv_period_first_day(const struct hv_period *p)
{
	switch (p->kind) {
	case HV_PERIOD_YEAR:
		return hv_days_from_civil(p->year, 1, 1);
	case HV_PERIOD_QUARTER:
		return hv_days_from_civil(p->year, p->sub * 3 - 2, 1);
	case HV_PERIOD_MONTH:
		return hv_days_from_civil(p->year, p->sub, 1);
	case HV_PERIOD_WEEK:
		return week1_monday(p->year) + 7L * (p->sub - 1);
	case HV_PERIOD_HALF:
		return hv_days_from_civil(p->year, p->sub * 6 - 5, 1);
	case HV_PERIOD_SCHOOL:
		return hv_days_from_civil(p->year, 8, 1);
	default:
		return hv_period_ord(p);
	}
}

long
hv_period_last_day(const struct hv_period *p)
{
	struct hv_period next;

	if (p->kind == HV_PERIOD_DATE)
		return hv_period_ord(p);
	next = hv_period_add(p, 1);
	return hv_period_first_day(&next) - 1;
}

char *
hv_period_fmt(const struct hv_period *p, char *buf, size_t sz)
{
	char text[16], *o = text;
	int y = p->year;
	size_t n;

	/* years, quarters, months and days by hand, not snprintf: trend
	 * writes a million of them */
	if (y < 0 || y > 9999 || (p->kind != HV_PERIOD_YEAR &&
	    p->kind != HV_PERIOD_QUARTER && p->kind != HV_PERIOD_MONTH &&
	    p->kind != HV_PERIOD_DATE)) {
		switch (p->kind) {
		case HV_PERIOD_YEAR:
			snprintf(buf, sz, "%04d", y);
			break;
		case HV_PERIOD_QUARTER:
			snprintf(buf, sz, "%04dK%d", y, p->sub);
			break;
		case HV_PERIOD_MONTH:
			snprintf(buf, sz, "%04d-%02d", y, p->sub);
			break;
		case HV_PERIOD_DATE:
			snprintf(buf, sz, "%04d-%02d-%02d", y, p->sub, p->day);
			break;
		case HV_PERIOD_WEEK:
			snprintf(buf, sz, "%04dU%02d", y, p->sub);
			break;
		case HV_PERIOD_HALF:
			snprintf(buf, sz, "%04dH%d", y, p->sub);
			break;
		case HV_PERIOD_SCHOOL:
			snprintf(buf, sz, "%04d-%04d", y, y + 1);
			break;
		default:
			snprintf(buf, sz, "?");
			break;
		}
		return buf;
	}
	*o++ = (char)('0' + y / 1000);
	*o++ = (char)('0' + y / 100 % 10);
	*o++ = (char)('0' + y / 10 % 10);
	*o++ = (char)('0' + y % 10);
	if (p->kind == HV_PERIOD_QUARTER) {
		*o++ = 'K';
		*o++ = (char)('0' + p->sub % 10);
	} else if (p->kind != HV_PERIOD_YEAR) {
		*o++ = '-';
		*o++ = (char)('0' + p->sub / 10 % 10);
		*o++ = (char)('0' + p->sub % 10);
		if (p->kind == HV_PERIOD_DATE) {
			*o++ = '-';
			*o++ = (char)('0' + p->day / 10 % 10);
			*o++ = (char)('0' + p->day % 10);
		}
	}
	if (sz > 0) {
		n = (size_t)(o - text) < sz ? (size_t)(o - text) : sz - 1;
		memcpy(buf, text, n);
		buf[n] = '\0';
	}
	return buf;
}

int
hv_day_parse(const char *s, size_t len, long *day)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned y0, y1, y2, y3, m0, m1, d0, d1;
	struct hv_period p;
	struct hv_err e;
	int y, m, d;

	if (len == 10 && s[4] == '-' && s[7] == '-') {
		/* every digit checked in one go: the common case */
		y0 = u[0] - (unsigned)'0';
		y1 = u[1] - (unsigned)'0';
		y2 = u[2] - (unsigned)'0';
		y3 = u[3] - (unsigned)'0';
		m0 = u[5] - (unsigned)'0';
		m1 = u[6] - (unsigned)'0';
		d0 = u[8] - (unsigned)'0';
		d1 = u[9] - (unsigned)'0';
		if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) |
		    (m1 > 9) | (d0 > 9) | (d1 > 9))
			return -1;
		y = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
		m = (int)(m0 * 10 + m1);
		d = (int)(d0 * 10 + d1);
		if (m < 1 || m > 12 || d < 1 ||
		    d > hv_days_in_month(y, m))
			return -1;
		*day = hv_days_from_civil(y, m, d);
		return 0;
	}
	if (hv_date_parse(s, len, &p, &e) == -1)
		return -1;
	*day = hv_period_ord(&p);
	return 0;
}
