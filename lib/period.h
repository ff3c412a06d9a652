/*
 * period.h: dates and reporting periods (years, quarters, months, days)
 * and their arithmetic.  Values only: nothing here allocates.
 */
#ifndef HV_PERIOD_H
#define HV_PERIOD_H

#include <stddef.h>

#include "error.h"

enum hv_period_kind {
	HV_PERIOD_NONE,
	HV_PERIOD_YEAR,		/* 2022 */
	HV_PERIOD_QUARTER,	/* 2024K3, also read as 2024Q3 */
	HV_PERIOD_MONTH,	/* 2025-01, also read as 2025M01 */
	HV_PERIOD_DATE,		/* 2022-09-13, also read as 13.09.2022 */
	HV_PERIOD_WEEK,		/* ISO week 2014U30 (SSB's), also 2014W30 */
	HV_PERIOD_HALF,		/* half-year 2023H1 */
	HV_PERIOD_SCHOOL,	/* school year 2022-2023 (1 August to 31
				   July), also read as 2022/2023 */
	HV_PERIOD_COLUMN	/* a table's column that is no period: its
				   position, in year (trend --wide-in) */
};

struct hv_period {
	enum hv_period_kind kind;
	int	year;		/* an ISO week's ISO year; a school year's
				   first */
	int	sub;		/* quarter 1-4, month 1-12, week 1-53,
				   half 1-2; 0 for a year */
	int	day;		/* day of month for a date, else 0 */
};

/*
 * Parse the len bytes at s into *p.  Accepted, with blanks around ignored:
 *   2022                       year
 *   2024K3  2024Q3  2024k3     quarter
 *   2025-01  2025M01           month
 *   2022-09-13  13.09.2022  1.9.2022   date (checked against the calendar)
 *   2014U30  2014W30  2014u30  ISO week (53 only in a year that has it)
 *   2023H1  2023h2             half-year
 *   2022-2023  2022/2023       school year (the second year the next)
 * Years have four digits: "13.09.22" is refused with a message saying so.
 * Returns 0, or -1 with the reason in *e.
 */
int	 hv_period_parse(const char *s, size_t len, struct hv_period *p,
	    struct hv_err *e);

/* The period a wide table's column header names: the whole header
 * ("2019"), or its last or first word, as Statistikkbanken writes them
 * ("Personer 2015", "KOSbelopinnbygge0000 2019", "2019 Netto
 * driftsutgifter").  Returns 0 with *p set, or -1 when it names none. */
int	 hv_period_in_header(const char *h, size_t len, struct hv_period *p);

/* As hv_period_parse, but only dates are accepted. */
int	 hv_date_parse(const char *s, size_t len, struct hv_period *p,
	    struct hv_err *e);

/*
 * A date as a day number (as hv_days_from_civil), fast: the ISO form
 * 2022-09-13 is read here, any other form through hv_date_parse, so the
 * two agree on every input (tests/unit/test-period.c holds them to it).
 * Returns 0 with *day set, or -1 when the len bytes at s are no date.
 * iplos-sum reads three dates a row.
 */
int	 hv_day_parse(const char *s, size_t len, long *day);

/* Why text is no date, for a report that counts the reasons. */
enum hv_date_fault {
	HV_DATE_OK,		/* a date */
	HV_DATE_NOT_A_DATE,	/* "ukjent", "2023/09/13" */
	HV_DATE_TWO_DIGIT_YEAR,	/* "13.09.22" */
	HV_DATE_NO_MONTH,	/* "13.13.2022", "2022-00-01" */
	HV_DATE_NO_DAY,		/* "31.02.2023", "2022-09-31" */
	HV_DATE_NOT_A_DAY	/* a longer period: "2022", "2022-09" */
};

/* Why the len bytes at s are no date to hv_date_parse (HV_DATE_OK when
 * they are one), and the reason in words ("no such day"). */
enum hv_date_fault hv_date_fault(const char *s, size_t len);
const char *hv_date_fault_text(enum hv_date_fault f);

/* The kind's name for messages: "year", "quarter", "month", "date",
 * "week", "half-year", "school year". */
const char *hv_period_kind_name(enum hv_period_kind kind);

/* The period's position on its kind's scale: years and school years
 * count years, quarters, months and half-years count from year 0, dates
 * count days and weeks count weeks (Mondays) from 1970-01-01.
 * Consecutive periods differ by one. */
long	 hv_period_ord(const struct hv_period *p);

/* The period of the given kind at position ord (see hv_period_ord). */
struct hv_period hv_period_from_ord(enum hv_period_kind kind, long ord);

/* Order two periods: by kind first, then in time.  <0, 0 or >0. */
int	 hv_period_cmp(const struct hv_period *a, const struct hv_period *b);

/* The period n steps later (n < 0: earlier). */
struct hv_period hv_period_add(const struct hv_period *p, long n);

/* Days from 1970-01-01 to the first and to the last day of the period. */
long	 hv_period_first_day(const struct hv_period *p);
long	 hv_period_last_day(const struct hv_period *p);

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
long	 hv_days_from_civil(int y, int m, int d);

/* The date at the given day number. */
struct hv_period hv_date_from_days(long days);

/* The number of days in month m of year y (0 for no such month). */
int	 hv_days_in_month(int y, int m);

/* The ISO weekday of a day number: 1 Monday to 7 Sunday. */
int	 hv_weekday(long day);

/* Write the canonical form (2022, 2024K3, 2025-01, 2022-09-13, 2014U30,
 * 2023H1, 2022-2023) into buf
 * (at least 16 bytes is enough for years up to 9999).  Returns buf. */
char	*hv_period_fmt(const struct hv_period *p, char *buf, size_t sz);

#endif
