/*
 * ident.h: is a value a Norwegian national identity number?
 *
 * A fødselsnummer has eleven digits: the birth date DDMMYY, three of an
 * individual number, two control digits, each a weighted sum mod 11.  A
 * D-nummer adds 4 to the first digit, an H-nummer 4 to the third, and
 * the synthetic numbers of Skatteetaten's test data 8 to the third.  An
 * extract passes through spreadsheets and EPJ exports, so the digits are
 * looked for after what those do to them: blanks at either end, spaces,
 * dashes and dots inside, fullwidth digits, a decimal tail (".0", ",0"),
 * the leading zero lost (ten digits), and the exponent form
 * ("1.01019E+10").  An exponent form that has lost digits can no longer
 * be checked: it is HV_IDENT_ROUNDED when what is left of its date is a
 * date, since it may have been one.
 *
 * Random digits pass by chance (of 2 million random numbers, 1 in 524
 * of eleven digits, 1 in 371 of ten, the D-, H- and synthetic dates
 * widening what counts as a date); callers weigh a column, not a
 * value.
 */
#ifndef HV_IDENT_H
#define HV_IDENT_H

#include <stddef.h>

enum hv_ident {
	HV_IDENT_NONE,		/* not an identity number */
	HV_IDENT_NATIONAL,	/* date and both control digits hold */
	HV_IDENT_ROUNDED	/* a rounded exponent form that may be one */
};

/* What the len bytes at s (UTF-8) are. */
enum hv_ident	hv_ident_kind(const char *s, size_t len);

/* Could s be one at all?  A test that rejects most fields in a few
 * instructions (fewer than ten digits), for a scan of every field. */
static inline int
hv_ident_maybe(const char *s, size_t len)
{
	size_t i, digits = 0;
	unsigned char c0;
	int exp = 0;

	if (len < 10)
		return 0;
	/* a number starts with a digit, a blank or a multi-byte one (EF:
	 * fullwidth, C2 and E2: wide blanks); a code or a name never */
	c0 = (unsigned char)s[0];
	if ((unsigned char)(c0 - '0') >= 10 && c0 != ' ' && c0 != '\t' &&
	    c0 != 0xEF && c0 != 0xC2 && c0 != 0xE2)
		return 0;
	/* a date, 2024-01-31 or 31.01.2024, has eight digits */
	if (len == 10 && ((s[4] == '-' && s[7] == '-') ||
	    (s[2] == '.' && s[5] == '.')))
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		digits += (unsigned char)(c - '0') < 10 ||
		    c == 0xBC;		/* fullwidth digits: EF BC 9x */
		exp |= (c | 0x20) == 'e';
	}
	return digits >= 10 || (exp && digits >= 4);
}

#endif
