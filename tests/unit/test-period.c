/* Unit tests for period.c: parsing every period form, calendar arithmetic. */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "period.h"

static const struct {
	const char		*in;
	enum hv_period_kind	 kind;
	const char		*canon;
} valid[] = {
	{ "2022",		HV_PERIOD_YEAR,		"2022" },
	{ " 2022 ",		HV_PERIOD_YEAR,		"2022" },
	{ "2024K3",		HV_PERIOD_QUARTER,	"2024K3" },
	{ "2024Q3",		HV_PERIOD_QUARTER,	"2024K3" },
	{ "2024k1",		HV_PERIOD_QUARTER,	"2024K1" },
	{ "2025-01",		HV_PERIOD_MONTH,	"2025-01" },
	{ "2025M01",		HV_PERIOD_MONTH,	"2025-01" },
	{ "2025M12",		HV_PERIOD_MONTH,	"2025-12" },
	{ "2022-09-13",		HV_PERIOD_DATE,		"2022-09-13" },
	{ "13.09.2022",		HV_PERIOD_DATE,		"2022-09-13" },
	{ "1.9.2022",		HV_PERIOD_DATE,		"2022-09-01" },
	{ "29.02.2024",		HV_PERIOD_DATE,		"2024-02-29" },
	{ "2000-02-29",		HV_PERIOD_DATE,		"2000-02-29" },
	{ "2014U30",		HV_PERIOD_WEEK,		"2014U30" },
	{ "2024W05",		HV_PERIOD_WEEK,		"2024U05" },
	{ "2020u53",		HV_PERIOD_WEEK,		"2020U53" },
	{ "2023H1",		HV_PERIOD_HALF,		"2023H1" },
	{ "2023h2",		HV_PERIOD_HALF,		"2023H2" },
	{ "2022-2023",		HV_PERIOD_SCHOOL,	"2022-2023" },
	{ "2022/2023",		HV_PERIOD_SCHOOL,	"2022-2023" },
};

START_TEST(period_parse_accepts_every_form)
{
	struct hv_period p;
	struct hv_err e;
	char buf[16];

	ck_assert_msg(hv_period_parse(valid[_i].in, strlen(valid[_i].in), &p,
	    &e) == 0, "%s: %s", valid[_i].in, e.msg);
	ck_assert_int_eq(p.kind, valid[_i].kind);
	ck_assert_str_eq(hv_period_fmt(&p, buf, sizeof(buf)),
	    valid[_i].canon);
}
END_TEST

static const struct {
	const char	*in;
	const char	*msg;
} invalid[] = {
	{ "13.09.22",	"two-digit year in '13.09.22' (write the year with four digits)" },
	{ "22",		"two-digit year '22' (write the year with four digits)" },
	{ "2023-02-29",	"invalid date '2023-02-29' (no such day)" },
	{ "1900-02-29",	"invalid date '1900-02-29' (no such day)" },
	{ "31.04.2022",	"invalid date '31.04.2022' (no such day)" },
	{ "2022-13",	"invalid month '2022-13'" },
	{ "2022M00",	"invalid month '2022M00'" },
	{ "2024K5",	"invalid quarter '2024K5'" },
	{ "2022-9-13",	"invalid period '2022-9-13'" },
	{ "x2022",	"invalid period 'x2022'" },
	{ "",		"invalid period ''" },
	{ "20222",	"invalid period '20222'" },
	{ "13.09",	"invalid date '13.09'" },
	{ "2021U53",	"invalid week '2021U53'" },
	{ "2024U00",	"invalid week '2024U00'" },
	{ "2023H3",	"invalid half-year '2023H3'" },
	{ "2022-2024",	"invalid school year '2022-2024'" },
};

START_TEST(period_parse_rejects_with_a_reason)
{
	struct hv_period p;
	struct hv_err e;

	ck_assert_int_eq(hv_period_parse(invalid[_i].in, strlen(invalid[_i].in),
	    &p, &e), -1);
	ck_assert_str_eq(e.msg, invalid[_i].msg);
}
END_TEST

START_TEST(date_parse_refuses_periods_that_are_not_days)
{
	struct hv_period p;
	struct hv_err e;

	ck_assert_int_eq(hv_date_parse("2022", 4, &p, &e), -1);
	ck_assert_str_eq(e.msg, "invalid date '2022' (a year, not a day)");
	ck_assert_int_eq(hv_date_parse("13.09.2022", 10, &p, &e), 0);
}
END_TEST

/* Dates only the fast path of hv_day_parse reads, and near misses. */
static const char *const days[] = { "2022-09-13", "0000-01-01",
    "9999-12-31", "1969-12-31", "1900-02-29", "2000-02-29", "2100-02-29",
    "2024-02-29", "2023-02-29", "2022-00-10", "2022-13-01", "2022-01-00",
    "2022-01-32", "2022-04-31", "2022-1a-01", "2022/09/13", "2022-09-1x",
    "a022-09-13", "2022-09-13 ", " 2022-09-13", "13.09.2022", "2022" };

/* hv_day_parse and hv_date_parse agree: both refuse, or both give the
 * same day. */
static void
day_agrees(const char *s)
{
	struct hv_period p;
	struct hv_err e;
	long day;
	int fast, slow;

	fast = hv_day_parse(s, strlen(s), &day);
	slow = hv_date_parse(s, strlen(s), &p, &e);
	ck_assert_msg(fast == slow, "'%s': %d and %d", s, fast, slow);
	if (fast == 0)
		ck_assert_msg(day == hv_period_ord(&p), "'%s'", s);
}

START_TEST(day_parse_agrees_with_date_parse_on_every_input)
{
	size_t i;

	for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++)
		day_agrees(valid[i].in);
	for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
		day_agrees(invalid[i].in);
	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++)
		day_agrees(days[i]);
}
END_TEST

/* hv_date_fault says a date is one exactly when hv_date_parse reads it,
 * and says why the others are not. */
START_TEST(date_fault_says_why)
{
	static const struct {
		const char *in;
		enum hv_date_fault f;
	} cases[] = {
		{ "31.02.2023", HV_DATE_NO_DAY },
		{ "29.02.2024", HV_DATE_OK },
		{ "2022-09-31", HV_DATE_NO_DAY },
		{ "13.13.2022", HV_DATE_NO_MONTH },
		{ "2022-00-01", HV_DATE_NO_MONTH },
		{ "13.09.22", HV_DATE_TWO_DIGIT_YEAR },
		{ "2022", HV_DATE_NOT_A_DAY },
		{ "2022-09", HV_DATE_NOT_A_DAY },
		{ "2022K3", HV_DATE_NOT_A_DAY },
		{ "2022-13", HV_DATE_NOT_A_DAY },
		{ "ukjent", HV_DATE_NOT_A_DATE },
		{ "2022/09/13", HV_DATE_NOT_A_DATE },
		{ "13.09.202", HV_DATE_NOT_A_DATE },
		{ "13.09.2022x", HV_DATE_NOT_A_DATE },
		{ " 13.09.2022 ", HV_DATE_OK },
		{ "", HV_DATE_NOT_A_DATE },
	};
	struct hv_period p;
	struct hv_err e;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(hv_date_fault(cases[i].in, strlen(cases[i].in)) ==
		    cases[i].f, "'%s': %s", cases[i].in, hv_date_fault_text(
		    hv_date_fault(cases[i].in, strlen(cases[i].in))));
	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++)
		ck_assert_msg((hv_date_fault(days[i], strlen(days[i])) ==
		    HV_DATE_OK) == (hv_date_parse(days[i], strlen(days[i]), &p,
		    &e) == 0), "'%s'", days[i]);
	for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
		ck_assert_msg(hv_date_fault(invalid[i].in,
		    strlen(invalid[i].in)) != HV_DATE_OK, "'%s'",
		    invalid[i].in);
	ck_assert_str_eq(hv_date_fault_text(HV_DATE_NO_DAY), "no such day");
}
END_TEST

START_TEST(days_from_civil_matches_the_calendar)
{
	struct hv_period p;
	long d;

	ck_assert_int_eq(hv_days_from_civil(1970, 1, 1), 0);
	ck_assert_int_eq(hv_days_from_civil(2000, 3, 1) -
	    hv_days_from_civil(2000, 2, 28), 2);	/* leap day */
	ck_assert_int_eq(hv_days_from_civil(2024, 1, 1) -
	    hv_days_from_civil(2023, 1, 1), 365);
	ck_assert_int_eq(hv_days_from_civil(2025, 1, 1) -
	    hv_days_from_civil(2024, 1, 1), 366);
	/* every day 1900-2100 maps back to itself */
	for (d = hv_days_from_civil(1900, 1, 1);
	    d <= hv_days_from_civil(2100, 12, 31); d++) {
		p = hv_date_from_days(d);
		ck_assert_int_eq(hv_days_from_civil(p.year, p.sub, p.day), d);
		ck_assert(p.day >= 1 && p.day <= hv_days_in_month(p.year,
		    p.sub));
	}
}
END_TEST

START_TEST(period_arithmetic_steps_and_spans)
{
	struct hv_period p, q;
	struct hv_err e;
	char buf[16];

	hv_period_parse("2024K4", 6, &p, &e);
	q = hv_period_add(&p, 1);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2025K1");
	q = hv_period_add(&p, -4);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2023K4");
	ck_assert_int_eq(hv_period_last_day(&p) - hv_period_first_day(&p) + 1,
	    92);

	hv_period_parse("2025-01", 7, &p, &e);
	q = hv_period_add(&p, -1);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2024-12");
	hv_period_parse("2024-02", 7, &p, &e);
	ck_assert_int_eq(hv_period_last_day(&p) - hv_period_first_day(&p) + 1,
	    29);

	hv_period_parse("2024", 4, &p, &e);
	ck_assert_int_eq(hv_period_last_day(&p) - hv_period_first_day(&p) + 1,
	    366);
	q = hv_period_add(&p, 24);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2048");

	hv_period_parse("2024-12-31", 10, &p, &e);
	q = hv_period_add(&p, 1);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2025-01-01");
	ck_assert_int_eq(hv_period_first_day(&p), hv_period_last_day(&p));
}
END_TEST

/* ISO weeks against the rule as the standard states it: week 1 holds
 * 4 January, starts on a Monday, and a year has 53 weeks when it starts
 * on a Thursday, or is a leap year starting on a Wednesday. */
START_TEST(weeks_follow_iso_8601)
{
	struct hv_period p, q;
	struct hv_err e;
	char text[16];
	long jan4, monday, jan1;
	int y, want, leap;

	for (y = 1900; y <= 2100; y++) {
		snprintf(text, sizeof(text), "%04dU01", y);
		ck_assert_int_eq(hv_period_parse(text, 7, &p, &e), 0);
		monday = hv_period_first_day(&p);
		jan4 = hv_days_from_civil(y, 1, 4);
		ck_assert_int_eq(hv_weekday(monday), 1);
		ck_assert(monday <= jan4 && jan4 - monday < 7);
		jan1 = hv_days_from_civil(y, 1, 1);
		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		want = hv_weekday(jan1) == 4 || (leap && hv_weekday(jan1) == 3)
		    ? 53 : 52;
		snprintf(text, sizeof(text), "%04dU53", y);
		ck_assert_int_eq(hv_period_parse(text, 7, &p, &e) == 0,
		    want == 53);
		/* the last week steps into week 1 of the next year */
		snprintf(text, sizeof(text), "%04dU%02d", y, want);
		hv_period_parse(text, 7, &p, &e);
		q = hv_period_add(&p, 1);
		ck_assert_int_eq(q.year, y + 1);
		ck_assert_int_eq(q.sub, 1);
		ck_assert_int_eq(hv_period_first_day(&q) -
		    hv_period_first_day(&p), 7);
		ck_assert_int_eq(hv_period_last_day(&p) -
		    hv_period_first_day(&p), 6);
	}
}
END_TEST

START_TEST(half_and_school_years_step_and_span)
{
	struct hv_period p, q;
	struct hv_err e;
	char buf[16];

	hv_period_parse("2023H2", 6, &p, &e);
	q = hv_period_add(&p, 1);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2024H1");
	ck_assert_int_eq(hv_period_last_day(&q) - hv_period_first_day(&q) + 1,
	    182);	/* 2024: 31 + 29 + 31 + 30 + 31 + 30 */
	hv_period_parse("2023-2024", 9, &p, &e);
	ck_assert_int_eq(hv_period_last_day(&p) - hv_period_first_day(&p) + 1,
	    366);	/* 1 August 2023 to 31 July 2024 */
	q = hv_period_add(&p, -1);
	ck_assert_str_eq(hv_period_fmt(&q, buf, sizeof(buf)), "2022-2023");
	ck_assert_str_eq(hv_period_kind_name(p.kind), "school year");
}
END_TEST

/* A wide column's header: the period whole, last or first. */
START_TEST(period_in_header_finds_the_word)
{
	static const struct {
		const char *h, *want;
	} cases[] = {
		{ "2019", "2019" },
		{ "Personer 2015", "2015" },
		{ "KOSbelopinnbygge0000 2019", "2019" },
		{ "2019 Netto driftsutgifter", "2019" },
		{ "Persons 2024K3", "2024K3" },
		{ "Netto driftsutgifter", NULL },
		{ "age", NULL },
	};
	struct hv_period p;
	char buf[16];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int got = hv_period_in_header(cases[i].h, strlen(cases[i].h),
		    &p);

		ck_assert_msg((got == 0) == (cases[i].want != NULL), "%s",
		    cases[i].h);
		if (got == 0)
			ck_assert_str_eq(hv_period_fmt(&p, buf, sizeof(buf)),
			    cases[i].want);
	}
}
END_TEST

START_TEST(period_cmp_orders_in_time_and_by_kind)
{
	struct hv_period a, b;
	struct hv_err e;

	hv_period_parse("2019", 4, &a, &e);
	hv_period_parse("2023", 4, &b, &e);
	ck_assert_int_lt(hv_period_cmp(&a, &b), 0);
	ck_assert_int_gt(hv_period_cmp(&b, &a), 0);
	ck_assert_int_eq(hv_period_cmp(&a, &a), 0);
	hv_period_parse("2019-01", 7, &b, &e);
	ck_assert_int_ne(hv_period_cmp(&a, &b), 0);
	ck_assert_str_eq(hv_period_kind_name(b.kind), "month");
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("period");
	TCase *tc = tcase_create("period");

	tcase_add_loop_test(tc, period_parse_accepts_every_form, 0, N(valid));
	tcase_add_loop_test(tc, period_parse_rejects_with_a_reason, 0,
	    N(invalid));
	tcase_add_test(tc, day_parse_agrees_with_date_parse_on_every_input);
	tcase_add_test(tc, date_parse_refuses_periods_that_are_not_days);
	tcase_add_test(tc, date_fault_says_why);
	tcase_add_test(tc, days_from_civil_matches_the_calendar);
	tcase_add_test(tc, period_arithmetic_steps_and_spans);
	tcase_add_test(tc, period_cmp_orders_in_time_and_by_kind);
	tcase_add_test(tc, weeks_follow_iso_8601);
	tcase_add_test(tc, period_in_header_finds_the_word);
	tcase_add_test(tc, half_and_school_years_step_and_span);
	suite_add_tcase(s, tc);
	return s;
}
