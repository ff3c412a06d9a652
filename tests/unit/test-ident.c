/* Unit tests for ident.c: national identity numbers as spreadsheets and
 * EPJ exports write them. */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "ident.h"

/* Synthetic numbers (dates and individual numbers made up), their
 * control digits worked out by hand from the weights 3 7 6 1 8 9 4 5 2
 * and 5 4 3 2 7 6 5 4 3 2. */
#define FNR	"01019012480"		/* fødselsnummer, 1 Jan 1990 */
#define DNR	"41019012393"		/* D-nummer: day + 40 */
#define HNR	"01509012330"		/* H-nummer: month + 40 */

static enum hv_ident
kind(const char *s)
{
	return hv_ident_kind(s, strlen(s));
}

START_TEST(written_as_spreadsheets_write_them)
{
	static const char *yes[] = {
		FNR, DNR, HNR, "31129949980",
		"1019012480",			/* the leading zero lost */
		"010190 12480", "010190-12480", "0101 9012 480",
		"01.01.90.12480", "  01019012480", "01019012480\t ",
		"01019012480.0", "01019012480,00", "1019012480.0",
		"1.01901248E+09", "1,01901248E+09", "1.01901248e9",
		"4.1019012393E+10",
		"\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x99"
		    "\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x94\xEF\xBC\x98"
		    "\xEF\xBC\x90",		/* fullwidth */
		"010190\xC2\xA0" "12480",	/* no-break space */
		"010190\xE2\x80\x93" "12480",	/* en dash */
	};
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		ck_assert_msg(kind(yes[i]) == HV_IDENT_NATIONAL, "%s", yes[i]);
	/* the rounded form: digits lost, the date still a date */
	ck_assert_int_eq(kind("1.01019E+10"), HV_IDENT_ROUNDED);
	ck_assert_int_eq(kind("1,01019E+10"), HV_IDENT_ROUNDED);
}
END_TEST

START_TEST(not_identity_numbers)
{
	static const char *no[] = {
		"01019012481",		/* second control digit wrong */
		"01019012380",		/* first wrong */
		"01139012480",		/* month 13 */
		"00019012480",		/* day 0 */
		"12345678901", "PAS-4711-Hansen", "2024-01-01", "Hjemmesykepleie",
		"0101901248", "010190124800", "01019012480.5", "01019012480x",
		"1.23456E+10", "9.99E+5", "1.01019E+12", "E+10", "",
		"01019012480.0.0.1",
	};
	size_t i;

	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		ck_assert_msg(kind(no[i]) == HV_IDENT_NONE, "%s", no[i]);
}
END_TEST

/* The control digits as a property: of the hundred endings of nine
 * digits at most one passes, and changing any one digit of a number that
 * passes makes it fail (what mod 11 with these weights guarantees). */
START_TEST(control_digits_catch_one_changed_digit)
{
	char s[12];
	unsigned long base, x = 12345;
	int ending, passing, i, c, changed;

	for (base = 0; base < 400; base++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(s, sizeof(s), "%02lu%02lu%02lu%03lu00",
		    1 + (x >> 20) % 28, 1 + (x >> 30) % 12, (x >> 40) % 100,
		    (x >> 50) % 1000);
		passing = -1;
		for (ending = 0; ending < 100; ending++) {
			s[9] = (char)('0' + ending / 10);
			s[10] = (char)('0' + ending % 10);
			if (kind(s) != HV_IDENT_NATIONAL)
				continue;
			ck_assert_msg(passing < 0, "%s: two endings", s);
			passing = ending;
		}
		if (passing < 0)
			continue;	/* the control sum left 1: never issued */
		s[9] = (char)('0' + passing / 10);
		s[10] = (char)('0' + passing % 10);
		for (i = 0; i < 11; i++)
			for (c = '0'; c <= '9'; c++) {
				if (c == s[i])
					continue;
				changed = s[i];
				s[i] = (char)c;
				ck_assert_msg(kind(s) != HV_IDENT_NATIONAL,
				    "%s passes", s);
				s[i] = (char)changed;
			}
	}
}
END_TEST

START_TEST(maybe_is_cheap_and_lets_all_through)
{
	ck_assert(!hv_ident_maybe("2024-01-01", 10));
	ck_assert(!hv_ident_maybe("Hjemmesykepleie", 15));
	ck_assert(hv_ident_maybe(FNR, 11));
	ck_assert(hv_ident_maybe("1.01019E+10", 11));
	ck_assert(hv_ident_maybe("1019012480", 10));
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("ident");
	TCase *tc = tcase_create("ident");

	tcase_add_test(tc, written_as_spreadsheets_write_them);
	tcase_add_test(tc, not_identity_numbers);
	tcase_add_test(tc, control_digits_catch_one_changed_digit);
	tcase_add_test(tc, maybe_is_cheap_and_lets_all_through);
	suite_add_tcase(s, tc);
	return s;
}
