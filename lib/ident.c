/*
 * ident.c: Norwegian national identity numbers, however a spreadsheet
 * wrote them (ident.h).
 */
#include <string.h>

#include "ident.h"

/* Weights of the two control digits, over the digits before each. */
static const int weight1[9] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
static const int weight2[10] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

/* The control digit of n digits d under weights w, or -1 when none is
 * possible (the sum leaves 1: no number is issued with it). */
static int
control(const int *d, const int *w, int n)
{
	int i, sum = 0, k;

	for (i = 0; i < n; i++)
		sum += d[i] * w[i];
	k = 11 - sum % 11;
	return k == 11 ? 0 : k == 10 ? -1 : k;
}

/* Are the first four digits a day and a month, of a fødselsnummer, a
 * D-nummer (day + 40), an H-nummer (month + 40) or a synthetic number
 * (month + 80)? */
static int
plausible_date(const int *d)
{
	int day = d[0] * 10 + d[1], month = d[2] * 10 + d[3];

	if (day > 40)
		day -= 40;
	if (month > 80)
		month -= 80;
	else if (month > 40)
		month -= 40;
	return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/*
 * The characters of a value, one at a time: a digit (0-9), a separator
 * that may stand inside a number (blank, dash, dot, comma: SEP), the E
 * of an exponent form or a sign (kept as themselves), anything else
 * (OTHER).  *i advances past the character.
 */
enum { SEP = 10, OTHER = 11 };

static int
next_char(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];

	if (c >= '0' && c <= '9') {
		(*i)++;
		return c - '0';
	}
	if (c == ' ' || c == '\t' || c == '-' || c == '.' || c == ',') {
		(*i)++;
		return c == '.' || c == ',' ? c : SEP;
	}
	if (c == 'E' || c == 'e' || c == '+') {
		(*i)++;
		return c | (c == '+' ? 0 : 0x20);
	}
	if (c == 0xEF && *i + 2 < len && s[*i + 1] == 0xBC &&
	    s[*i + 2] >= 0x90 && s[*i + 2] <= 0x99) {	/* fullwidth */
		*i += 3;
		return s[*i - 1] - 0x90;
	}
	if (c == 0xC2 && *i + 1 < len && s[*i + 1] == 0xA0) {	/* NBSP */
		*i += 2;
		return SEP;
	}
	if (c == 0xE2 && *i + 2 < len && s[*i + 1] == 0x80 &&
	    ((s[*i + 2] >= 0x90 && s[*i + 2] <= 0x95) ||	/* dashes */
	    s[*i + 2] == 0x87 || s[*i + 2] == 0xAF)) {	/* thin spaces */
		*i += 3;
		return SEP;
	}
	if (c == 0xE2 && *i + 2 < len && s[*i + 1] == 0x88 &&
	    s[*i + 2] == 0x92) {			/* minus sign */
		*i += 3;
		return SEP;
	}
	(*i)++;
	return OTHER;
}

/* Check eleven digits. */
static enum hv_ident
check11(const int *d)
{
	int k1, k2;

	if (!plausible_date(d))
		return HV_IDENT_NONE;
	if ((k1 = control(d, weight1, 9)) < 0 || k1 != d[9])
		return HV_IDENT_NONE;
	if ((k2 = control(d, weight2, 10)) < 0 || k2 != d[10])
		return HV_IDENT_NONE;
	return HV_IDENT_NATIONAL;
}

/* Ten or eleven digits, the first of ten a lost zero. */
static enum hv_ident
check_digits(const int *digits, int n)
{
	int d[11];

	if (n == 11)
		return check11(digits);
	if (n != 10)
		return HV_IDENT_NONE;
	d[0] = 0;
	memcpy(d + 1, digits, 10 * sizeof(*d));
	return check11(d);
}

/*
 * An exponent form: mantissa digits m[0..nm) with the point after the
 * first nint of them, times ten to exp.  A number of ten or eleven
 * digits is checked with the digits the exponent adds as zeros; when it
 * fails and those may have been rounded away it is ROUNDED if its date
 * is a date (a mantissa of three digits still shows DDMM of ten).
 */
static enum hv_ident
check_exponent(const int *m, int nm, int nint, int exp)
{
	int d[11], total, i, j, lead = 0;

	while (lead < nint && m[lead] == 0)
		lead++;
	total = nint - lead + exp;
	if (total != 10 && total != 11)
		return HV_IDENT_NONE;
	/* the digits after the number's last must be zeros */
	for (i = lead + total; i < nm; i++)
		if (m[i] != 0)
			return HV_IDENT_NONE;
	i = 0;
	if (total == 10)
		d[i++] = 0;
	/* the digits the exponent adds are zeros: as written, or rounded */
	for (j = 0; i < 11; i++, j++)
		d[i] = lead + j < nm ? m[lead + j] : 0;
	if (check11(d) == HV_IDENT_NATIONAL)
		return HV_IDENT_NATIONAL;
	if (nm - lead >= total)
		return HV_IDENT_NONE;
	return plausible_date(d) ? HV_IDENT_ROUNDED : HV_IDENT_NONE;
}

enum hv_ident
hv_ident_kind(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	int digits[32], n = 0, nint = -1, exp = -1, c, points = 0;
	int tail_zeros = 0, after_point = 0;
	size_t i = 0;

	while (i < len) {
		c = next_char(s, len, &i);
		if (c < 10) {
			if (exp >= 0) {
				if ((exp = exp * 10 + c) > 99)
					return HV_IDENT_NONE;
				continue;
			}
			if (n == 32)
				return HV_IDENT_NONE;
			digits[n++] = c;
			if (after_point)
				tail_zeros = c == 0 ? tail_zeros + 1 : -1000;
			continue;
		}
		if (c == '.' || c == ',') {
			if (exp >= 0)
				return HV_IDENT_NONE;
			points++;
			nint = n;
			after_point = 1;
			tail_zeros = 0;
			continue;
		}
		if (c == 'e') {
			if (exp >= 0 || n == 0)
				return HV_IDENT_NONE;
			exp = 0;
			continue;
		}
		if (c == '+') {
			if (exp != 0)
				return HV_IDENT_NONE;
			continue;
		}
		if (c == SEP) {
			if (exp >= 0)
				return HV_IDENT_NONE;
			continue;
		}
		return HV_IDENT_NONE;
	}
	if (exp >= 0)
		return points <= 1 ? check_exponent(digits, n,
		    nint >= 0 ? nint : n, exp) : HV_IDENT_NONE;
	/* "01019012480.0": a decimal tail of zeros is no digit of it */
	if (points == 1 && tail_zeros > 0 && tail_zeros == n - nint &&
	    (nint == 10 || nint == 11) &&
	    check_digits(digits, nint) == HV_IDENT_NATIONAL)
		return HV_IDENT_NATIONAL;
	/* dots and commas as separators inside: "010190.124.80" */
	return check_digits(digits, n);
}
