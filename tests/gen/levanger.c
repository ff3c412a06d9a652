/*
 * levanger: write the synthetic "Levanger" IPLOS extract of fixtures/iplos/
 * (standard output).  Deterministic: the same bytes every run, checked by
 * the test "fixture-levanger".
 *
 * One continuous history, 2015 to 2025, of persons that age, services
 * that start and end and pass from one person to the next, and a steady
 * drift, built so that the extract's sums are exactly the reference
 * tables: R1 (recipients on 13 September 2017-2022), R2 (BPA users and
 * hours on 31 December 2020 and 2021, and the extra "vederlag" hours under
 * the EPJ code bpa_vederlag), R4 (waiting on 13 October 2022) and R8
 * (bed-days and home-service recipients during 2023 and 2024).
 *
 * How each is held exact:
 * - A census service has slots: slot j is served on 13 September of
 *   every year where j is below that year's count, by one person at a
 *   time; between two census days a slot may pass to a new person (the
 *   old one moves to a nursing home, or dies).  Praktisk bistand, alarms,
 *   food and day care are mostly given to home-nursing recipients, as
 *   they are: on the same persons, inside their periods.
 * - Stays between census days never cover one; the bed-days of 2023 and
 *   2024 are made up to R8's with stays inside each year.
 * - R8's home-service recipients during 2023 and 2024 are made up with
 *   persons who have an alarm only, counted after everything else.
 * - A service that starts after R4's day was decided after it, but for
 *   the persons R4 counts.
 * Ages follow who uses each service (home nursing: mostly 67 and over;
 * BPA, relief and support contacts: younger), so that rates per
 * inhabitant come out as in a municipality of 20 000.  The rows come out
 * shuffled, as an EPJ export would not sort them by person.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

#define MAXROWS		40000
#define MAXPERSONS	20000
#define YEARS		11		/* 2015 .. 2025 */
#define Y0		2015

struct row {
	char	 line[160];
};

static struct row rows[MAXROWS];
static size_t nrows;
static uint64_t state = 0x4c6576616e676572ULL;	/* "Levanger" */

static const char *districts[] = { "Sentrum", "Nord", "S\xC3\xB8r",
    "Ytter\xC3\xB8y", "Skogn", "\xC3\x85sen", "Frol", "Ekne" };

static uint32_t
rnd(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (uint32_t)((state * 2685821657736338717ULL) >> 32);
}

/* A whole number from lo to hi. */
static long
between(long lo, long hi)
{
	if (hi <= lo)
		return lo;
	return lo + (long)(rnd() % (uint32_t)(hi - lo + 1));
}

static long
day(int y, int m, int d)
{
	return hv_days_from_civil(y, m, d);
}

/* 13 September of year Y0 + k. */
static long
census_day(int k)
{
	return day(Y0 + k, 9, 13);
}

static const long NONE = -1000000;

static char *
date(long d, char *buf)
{
	struct hv_period p;

	if (d == NONE) {
		buf[0] = '\0';
		return buf;
	}
	p = hv_date_from_days(d);
	return hv_period_fmt(&p, buf, 16);
}

/* Who uses a service, by age: the share (of 100) under 67, 67-79, 80-89,
 * 90 and over, and the youngest age. */
enum kind { HOME, INSTITUTION, LONGTERM, YOUNG };

static const struct {
	int	 share[4];
	int	 youngest;
} ages[] = {
	[HOME] = { { 34, 28, 28, 10 }, 20 },
	[INSTITUTION] = { { 12, 33, 40, 15 }, 40 },
	[LONGTERM] = { { 4, 20, 46, 30 }, 55 },
	[YOUNG] = { { 100, 0, 0, 0 }, 3 },
};

struct person {
	char	 id[16];
	int	 birth, sex;
	const char *district;
	unsigned home;		/* bit y - Y0: a home service during y */
};

static struct person persons[MAXPERSONS];
static size_t npersons;

/* A new person of the kind, of an age in its mix in the year. */
static size_t
new_person(enum kind k, int year)
{
	struct person *p;
	long r = between(0, 99), age;

	if (npersons == MAXPERSONS) {
		fprintf(stderr, "levanger: more than %d persons\n", MAXPERSONS);
		exit(1);
	}
	if (r < ages[k].share[0])
		age = between(ages[k].youngest, 66);
	else if (r < ages[k].share[0] + ages[k].share[1])
		age = between(67, 79);
	else if (r < ages[k].share[0] + ages[k].share[1] + ages[k].share[2])
		age = between(80, 89);
	else
		age = between(90, 101);
	p = &persons[npersons];
	snprintf(p->id, sizeof(p->id), "L%06zu", npersons + 1);
	p->birth = year - (int)age;
	p->sex = (int)between(1, 2);
	p->district = districts[between(0, 7)];
	return npersons++;
}

/* R4's day: a service started after it was decided after it. */
static long r4_day;

/* A decision some days before the start; now and then none, or one
 * after the start (care that started before its decision). */
static long
decision_for(long start)
{
	long r = between(0, 19), d;

	if (r == 0)
		return NONE;
	d = r == 1 ? start + between(1, 10) : start - between(0, 60);
	if (start > r4_day && d <= r4_day)
		d = between(r4_day + 1, start);
	return d;
}

/* The home services (service.c's kind home): R8's Hjemmetjenester. */
static int
is_home(const char *service)
{
	static const char *home[] = { "hjemmesykepleie", "praktisk_bistand",
	    "bpa", "avlastning_utenfor", "omsorgsstonad",
	    "stottekontakt", "trygghetsalarm", "matombringing", "dagtilbud",
	    "rehabilitering_utenfor", "omsorgsbolig", "hdo", NULL };
	size_t i;

	for (i = 0; home[i] != NULL; i++)
		if (strcmp(service, home[i]) == 0)
			return 1;
	return 0;
}

/* The stays R8 counts, and their bed-days so far in 2023 and 2024. */
static const char *r8_stays[] = { "langtidsopphold", "korttid_annet",
    "korttid_utredning", "korttid_rehabilitering" };
static long r8_days[4][2];

static long	days_in(long, long, int);

/* One service period; decision, end NONE and hours < 0 mean empty. */
static void
emit(size_t who, const char *service, long decision, long start, long end,
    double hours)
{
	const struct person *p = &persons[who];
	char d[16], s[16], e[16], h[16] = "";
	int y;


	if (nrows == MAXROWS) {
		fprintf(stderr, "levanger: more than %d rows\n", MAXROWS);
		exit(1);
	}
	if (hours >= 0)
		snprintf(h, sizeof(h), "%g", hours);
	for (y = 0; y < 4 && start != NONE; y++)
		if (strcmp(service, r8_stays[y]) == 0) {
			r8_days[y][0] += days_in(start, end, 2023);
			r8_days[y][1] += days_in(start, end, 2024);
		}
	if (is_home(service) && start != NONE) {
		for (y = 0; y < YEARS; y++)
			if (start <= day(Y0 + y, 12, 31) && (end == NONE ||
			    end >= day(Y0 + y, 1, 1)))
				persons[who].home |= 1u << y;
	}
	snprintf(rows[nrows++].line, sizeof(rows[0].line),
	    "%s,%d,%d,%s,%s,%s,%s,%s,%s", p->id, p->birth, p->sex,
	    p->district, service, date(decision, d), date(start, s),
	    date(end, e), h);
}

/* --- census services -------------------------------------------------- */

/* The largest of a service's counts: the number of its slots. */
static int
slots_of(const int n[YEARS])
{
	int k, max = 0;

	for (k = 0; k < YEARS; k++)
		if (n[k] > max)
			max = n[k];
	return max;
}

/* The next run of census days from *k on that slot j is served, into
 * *first and *last: 1, or 0 when there is none. */
static int
next_run(const int n[YEARS], int j, int *k, int *first, int *last)
{
	while (*k < YEARS && j >= n[*k])
		(*k)++;
	if (*k == YEARS)
		return 0;
	*first = *k;
	while (*k + 1 < YEARS && j < n[*k + 1])
		(*k)++;
	*last = (*k)++;
	return 1;
}

/* A person's period of a slot: start to end (NONE: ongoing). */
struct spell {
	size_t	 who;
	long	 start, end;
};

#define MAXSPELLS	8000

struct slots {
	struct spell	 s[MAXSPELLS];
	size_t		 n;
	size_t		 slot_first[2000];	/* its first spell */
	size_t		 slot_n[2000];
};

static long
end_or_max(long end)
{
	return end == NONE ? day(Y0 + YEARS, 12, 31) : end;
}

/*
 * Slot j of n is served on census day k when j < n[k].  Each run of such
 * years is served from a day after the census before it to a day before
 * the census after it (ongoing past 2025 mostly), and between two census
 * days passes to a new person with probability turn (of 100).
 */
static void
slots_make(struct slots *sl, const int n[YEARS], enum kind kind, int turn)
{
	int max = slots_of(n), k, k1, j, age, next;
	long s, e, h, prev;
	size_t who;

	for (j = 0; j < max; j++) {
		sl->slot_first[j] = sl->n;
		for (next = 0; next_run(n, j, &next, &k1, &k);) {
			s = k1 == 0 ? between(day(Y0 - 3, 1, 1), census_day(0)) :
			    between(census_day(k1 - 1) + 1, census_day(k1));
			if (k == YEARS - 1)
				e = between(0, 9) == 0 ? between(census_day(k) +
				    1, day(Y0 + YEARS - 1, 12, 31)) : NONE;
			else
				e = between(census_day(k) + 1,
				    census_day(k + 1) - 1);
			who = new_person(kind, Y0 + k1);
			prev = s;
			for (; k1 < k; k1++) {
				/* the oldest leave more often: they move to
				 * a nursing home, or die */
				age = Y0 + k1 + 1 - persons[who].birth;
				if (between(0, 99) >= (age >= 98 ? 100 :
				    age >= 88 ? turn + 25 : turn))
					continue;
				/* handed over between census days k1, k1+1 */
				h = between(census_day(k1) + 2,
				    census_day(k1 + 1) - 1);
				sl->s[sl->n++] = (struct spell){ who, prev,
				    h - 1 - between(0, 1) };
				who = new_person(kind, Y0 + k1 + 1);
				prev = h;
			}
			sl->s[sl->n++] = (struct spell){ who, prev, e };
			if (sl->n + YEARS >= MAXSPELLS) {
				fprintf(stderr, "levanger: too many spells\n");
				exit(1);
			}
		}
		sl->slot_n[j] = sl->n - sl->slot_first[j];
	}
}

static void
slots_emit(const struct slots *sl, const char *service, double hours_lo,
    double hours_hi)
{
	size_t i;

	for (i = 0; i < sl->n; i++)
		emit(sl->s[i].who, service, decision_for(sl->s[i].start),
		    sl->s[i].start, sl->s[i].end, hours_lo < 0 ? -1 :
		    (double)between((long)(hours_lo * 2), (long)(hours_hi * 2)) /
		    2);
}

/*
 * A service given to the persons of another's slots, inside their
 * periods: slot j has it on census day k when j < n[k] (n never above
 * the other's counts); a person's period of it lies in their period of
 * the other, covering the same census days of the run.
 */
static void
attached(const struct slots *sl, const int n[YEARS], const char *service,
    double hours_lo, double hours_hi)
{
	int max = slots_of(n), k, k1, j, c, first, last, next;
	long a, b, s, e;
	size_t i;

	for (j = 0; j < max; j++) {
		for (next = 0; next_run(n, j, &next, &k1, &k);) {
			/* the run: after the census before it, before the
			 * census after it */
			a = k1 == 0 ? day(Y0 - 3, 1, 1) : census_day(k1 - 1) + 1;
			b = k == YEARS - 1 ? day(Y0 + YEARS, 12, 31) :
			    census_day(k + 1) - 1;
			for (i = sl->slot_first[j]; i < sl->slot_first[j] +
			    sl->slot_n[j]; i++) {
				s = sl->s[i].start > a ? sl->s[i].start : a;
				e = end_or_max(sl->s[i].end) < b ?
				    end_or_max(sl->s[i].end) : b;
				for (c = k1, first = last = -1; c <= k; c++)
					if (census_day(c) >= s &&
					    census_day(c) <= e) {
						if (first < 0)
							first = c;
						last = c;
					}
				if (first < 0)
					continue;
				s = between(s, census_day(first));
				if (e == day(Y0 + YEARS, 12, 31) &&
				    sl->s[i].end == NONE)
					e = NONE;
				else
					e = between(census_day(last), e);
				emit(sl->s[i].who, service, decision_for(s), s,
				    e, hours_lo < 0 ? -1 : (double)between(
				    (long)(hours_lo * 2), (long)(hours_hi * 2)) /
				    2);
			}
		}
	}
}

/* Short periods around census days: n[k] persons on census day k, each
 * for min to max days. */
static void
census_stays(const char *service, const int n[YEARS], enum kind kind,
    long min, long max, double hours_lo, double hours_hi)
{
	long len, s;
	int k, i;

	for (k = 0; k < YEARS; k++)
		for (i = 0; i < n[k]; i++) {
			len = between(min, max);
			s = census_day(k) - between(0, len - 1);
			emit(new_person(kind, Y0 + k), service, decision_for(s),
			    s, s + len, hours_lo < 0 ? -1 : (double)between(
			    (long)(hours_lo * 2), (long)(hours_hi * 2)) / 2);
		}
}

/* --- stays: bed-days -------------------------------------------------- */

/* The days of [start, end) in year y (end NONE: ongoing). */
static long
days_in(long start, long end, int y)
{
	long a = day(y, 1, 1), b = day(y + 1, 1, 1);

	if (end == NONE)
		end = b;
	if (start > a)
		a = start;
	if (end < b)
		b = end;
	return b > a ? b - a : 0;
}

/* Does [s, e] hold a census day? */
static int
covers_census(long s, long e)
{
	int k;

	for (k = 0; k < YEARS; k++)
		if (census_day(k) >= s && census_day(k) <= e)
			return 1;
	return 0;
}

/*
 * Stays of min to max days inside year y, none over a census day, whose
 * days add up to total (the last cut to the rest); each a new person's.
 */
static void
fill_stays(const char *service, enum kind kind, int y, long total, long min,
    long max)
{
	long len, s;

	if (total < 0) {
		fprintf(stderr, "levanger: %s %d: %ld bed-days too many\n",
		    service, y, -total);
		exit(1);
	}
	while (total > 0) {
		len = between(min, max);
		if (len > total)
			len = total;
		do
			s = between(day(y, 1, 1), day(y + 1, 1, 1) - len);
		while (covers_census(s, s + len));
		emit(new_person(kind, y), service, decision_for(s), s, s + len,
		    -1);
		total -= len;
	}
}

/* Stays over the years, for the years R8 does not fix: about total days
 * a year, none over a census day. */
static void
flow_stays(const char *service, enum kind kind, int y, long total, long min,
    long max)
{
	fill_stays(service, kind, y, total + between(-total / 10, total / 10),
	    min, max);
}

/* --- BPA: R2 ---------------------------------------------------------- */

/* BPA on 31 December 2020 (13 users, 573 hours) and 2021 (18 users,
 * 670.5 hours), with the extra vederlag hours (47.5 and 55.5) under the
 * EPJ's own code; users before 2020 whose periods end by 2019, and after
 * 2021 whose start in 2022 or later. */
static void
bpa(void)
{
	static const double h2020[13] = { 40, 25, 62.5, 30, 45, 18, 75, 50,
	    35, 41.5, 60, 38, 53 };		/* 573 */
	static const double h2021new[5] = { 15, 20.5, 12, 18, 16 };	/* 81.5 */
	static const double v2020[4] = { 10, 12.5, 15, 10 };	/* 47.5 */
	size_t p[18], q;
	long change = day(2021, 7, 1), s, end[18];
	int i;

	for (i = 0; i < 18; i++) {
		p[i] = new_person(YOUNG, 2020);
		/* after 2021 some stop, the rest go on */
		end[i] = between(0, 2) == 0 ? between(day(2022, 1, 15),
		    day(2025, 10, 1)) : NONE;
	}
	/* 2021: persons 0 and 1 get new decisions (40 -> 60 and 25 -> 21
	 * hours): 573 + 20 - 4 = 589, and the five new users add 81.5:
	 * 670.5 */
	for (i = 0; i < 13; i++) {
		s = between(day(2015, 3, 1), day(2020, 11, 30));
		if (i < 2) {
			emit(p[i], "bpa", s - 14, s, change - 1, h2020[i]);
			emit(p[i], "bpa", change - 21, change, end[i],
			    i == 0 ? 60 : 21);
		} else {
			emit(p[i], "bpa", s - 30, s, end[i], h2020[i]);
		}
	}
	for (i = 0; i < 5; i++) {
		s = between(day(2021, 1, 15), day(2021, 12, 1));
		emit(p[13 + i], "bpa", s - between(10, 40), s, end[13 + i],
		    h2021new[i]);
	}
	/* vederlag: 47.5 hours on 2020-12-31; 55.5 on 2021-12-31 */
	for (i = 0; i < 4; i++)
		emit(p[i], "bpa_vederlag", day(2020, 1, 10), day(2020, 2, 1),
		    end[i], v2020[i]);
	emit(p[13], "bpa_vederlag", day(2021, 5, 1), day(2021, 6, 1),
	    end[13], 8);
	/* before: users who stopped by 2019; after: new users from 2022 */
	for (i = 0; i < 5; i++) {
		q = new_person(YOUNG, 2015);
		s = between(day(2014, 1, 1), day(2017, 6, 30));
		emit(q, "bpa", s - 20, s, between(s + 200, day(2019, 12, 31)),
		    (double)between(20, 120) / 2);
	}
	for (i = 0; i < 9; i++) {
		q = new_person(YOUNG, 2023);
		s = between(day(2022, 1, 15), day(2025, 9, 30));
		emit(q, "bpa", decision_for(s), s, NONE,
		    (double)between(20, 120) / 2);
	}
}

/* --- waiting: R4 ------------------------------------------------------ */

/* On 13 October 2022: 29 waiting for heldøgns omsorgsbolig, 7 for a
 * short-term or relief stay, none for long-term care. */
static void
waiting(void)
{
	static const char *stays[] = { "korttid_utredning",
	    "korttid_rehabilitering", "korttid_annet", "avlastning_institusjon" };
	long dec, s;
	size_t p;
	int i;

	for (i = 0; i < 29; i++) {
		p = new_person(LONGTERM, 2022);
		dec = between(day(2022, 3, 1), r4_day);
		if (i % 2 == 0) {
			emit(p, "hdo", dec, NONE, NONE, -1);	/* not started */
		} else {
			s = between(r4_day + 1, day(2023, 3, 1));
			emit(p, "hdo", dec, s, between(0, 3) == 0 ?
			    between(s + 30, day(2025, 12, 31)) : NONE, -1);
		}
	}
	for (i = 0; i < 7; i++) {
		p = new_person(INSTITUTION, 2022);
		dec = between(day(2022, 9, 20), r4_day);
		s = between(r4_day + 1, day(2022, 11, 30));
		emit(p, stays[i % 4], dec, s, s + between(3, 20), -1);
	}
}

/* --- R8: home-service recipients during 2023 and 2024 ----------------- */

/* The persons with a home service during year y. */
static long
home_during(int y)
{
	long n = 0;
	size_t k;

	for (k = 0; k < npersons; k++)
		n += (persons[k].home >> (y - Y0)) & 1;
	return n;
}

/* Persons with an alarm in year y only, up to about `about` home-service
 * recipients during it (a drift the years R8 does not fix follow). */
static void
alarms_in(int y, long about)
{
	long i, s, n = about - home_during(y);
	size_t p;

	for (i = 0; i < n; i++) {
		p = new_person(HOME, y);
		s = between(day(y, 1, 1), day(y, 11, 30));
		emit(p, "trygghetsalarm", decision_for(s), s,
		    between(s, day(y, 12, 31)), -1);
	}
}

/* Persons with an alarm only, to make R8's counts: in 2023 only, in both
 * years, in 2024 only. */
static void
home_recipients(int t2023, int t2024)
{
	long n23 = 0, n24 = 0, a, b, c, i, s;
	size_t p, k;

	for (k = 0; k < npersons; k++) {
		n23 += (persons[k].home >> (2023 - Y0)) & 1;
		n24 += (persons[k].home >> (2024 - Y0)) & 1;
	}
	b = t2023 - n23 < t2024 - n24 ? t2023 - n23 : t2024 - n24;
	b = b * 2 / 3;
	a = t2023 - n23 - b;
	c = t2024 - n24 - b;
	if (a < 0 || b < 0 || c < 0) {
		fprintf(stderr, "levanger: %ld and %ld home-service recipients "
		    "in 2023 and 2024 before the alarms, more than R8's\n", n23,
		    n24);
		exit(1);
	}
	for (i = 0; i < a + b + c; i++) {
		p = new_person(HOME, 2023);
		if (i < a) {
			s = between(day(2023, 1, 1), day(2023, 11, 30));
			emit(p, "trygghetsalarm", decision_for(s), s,
			    between(s, day(2023, 12, 31)), -1);
		} else if (i < a + b) {
			s = between(day(2023, 1, 1), day(2023, 12, 31));
			emit(p, "trygghetsalarm", decision_for(s), s,
			    between(day(2024, 1, 1), day(2024, 12, 31)), -1);
		} else {
			s = between(day(2024, 1, 1), day(2024, 12, 31));
			emit(p, "trygghetsalarm", decision_for(s), s,
			    between(s, day(2024, 12, 31)), -1);
		}
	}
}

/* The slots of each census service, kept for the services given to the
 * same persons. */
static struct slots hs, lto, hdo, bolig, avl_ute, stotte, stonad;

/* An attached service on the slots from off on of sl (off + n[k] never
 * above sl's counts), so that not all go to the same persons. */
static void
attached_from(const struct slots *sl, int off, const int n[YEARS],
    const char *service, double lo, double hi)
{
	struct slots *view = malloc(sizeof(*view));
	int max = slots_of(n);

	if (view == NULL)
		exit(1);
	*view = *sl;
	memmove(view->slot_first, view->slot_first + off,
	    (size_t)max * sizeof(view->slot_first[0]));
	memmove(view->slot_n, view->slot_n + off,
	    (size_t)max * sizeof(view->slot_n[0]));
	attached(view, n, service, lo, hi);
	free(view);
}

int
main(void)
{
	/* on 13 September 2015 .. 2025; 2017 .. 2022 are R1's */
	static const int n_hs[YEARS] = { 770, 782, 795, 803, 825, 877, 868,
	    893, 770, 840, 870 };
	static const int n_pb[YEARS] = { 545, 552, 559, 583, 543, 534, 548,
	    577, 540, 570, 585 };
	static const int n_rehab_ute[YEARS] = { 150, 158, 166, 24, 27, 18,
	    19, 12, 10, 10, 9 };	/* Kommunal rehabilitering less 2 */
	static const int n_rehab_inst[YEARS] = { 2, 2, 2, 2, 2, 2, 2, 2, 2,
	    2, 2 };
	static const int n_avlastning[YEARS] = { 28, 29, 30, 29, 24, 29, 34,
	    38, 36, 35, 37 };
	static const int n_korttid[YEARS] = { 18, 19, 29, 25, 21, 22, 24, 18,
	    18, 19, 20 };		/* Korttidsopphold less 2 */
	static const int n_lto[YEARS] = { 15, 14, 14, 10, 7, 13, 21, 26, 16,
	    16, 17 };
	static const int n_hdo[YEARS] = { 25, 26, 27, 28, 28, 29, 30, 31, 33,
	    34, 35 };
	static const int n_bolig[YEARS] = { 40, 41, 42, 44, 45, 46, 47, 48,
	    49, 50, 52 };
	static const int n_alarm[YEARS] = { 300, 305, 310, 315, 320, 330, 335,
	    340, 320, 335, 345 };
	static const int n_food[YEARS] = { 60, 58, 57, 55, 55, 54, 52, 50, 49,
	    48, 47 };
	static const int n_day[YEARS] = { 45, 46, 47, 30, 28, 32, 40, 42, 44,
	    45, 46 };
	static const int n_avl_ute[YEARS] = { 24, 25, 26, 27, 27, 28, 29, 30,
	    30, 31, 31 };
	static const int n_stotte[YEARS] = { 35, 36, 38, 38, 39, 40, 41, 42,
	    43, 44, 45 };
	static const int n_stonad[YEARS] = { 14, 14, 15, 15, 16, 16, 17, 17,
	    18, 18, 19 };
	/* R8's bed-days in 2023 and 2024, per code (Korttidsopphold: 9 346
	 * and 10 227) */
	static const long r8_target[4][2] = { { 7660, 7331 }, { 4100, 4500 },
	    { 3046, 3427 }, { 2200, 2300 } };
	static const long stay_min[4] = { 20, 3, 3, 7 }, stay_max[4] = { 200,
	    30, 30, 45 };
	static const long flow[4] = { 600, 4000, 2900, 2100 };
	struct row tmp;
	size_t i, j;
	int y, k;

	r4_day = day(2022, 10, 13);
	/* home services, on the home-nursing recipients mostly */
	slots_make(&hs, n_hs, HOME, 9);
	slots_emit(&hs, "hjemmesykepleie", 0.5, 12);
	attached_from(&hs, 0, n_pb, "praktisk_bistand", 0.5, 8);
	attached_from(&hs, 200, n_alarm, "trygghetsalarm", -1, -1);
	attached_from(&hs, 560, n_food, "matombringing", -1, -1);
	attached_from(&hs, 100, n_day, "dagtilbud", 2, 15);
	census_stays("rehabilitering_utenfor", n_rehab_ute, HOME, 30, 150, -1,
	    -1);
	slots_make(&bolig, n_bolig, HOME, 20);
	slots_emit(&bolig, "omsorgsbolig", -1, -1);
	slots_make(&hdo, n_hdo, LONGTERM, 25);
	slots_emit(&hdo, "hdo", -1, -1);
	slots_make(&avl_ute, n_avl_ute, YOUNG, 15);
	slots_emit(&avl_ute, "avlastning_utenfor", 2.5, 15);
	slots_make(&stotte, n_stotte, YOUNG, 20);
	slots_emit(&stotte, "stottekontakt", 1, 6);
	slots_make(&stonad, n_stonad, YOUNG, 10);
	slots_emit(&stonad, "omsorgsstonad", 2.5, 12.5);
	bpa();
	waiting();
	/* institutions */
	slots_make(&lto, n_lto, LONGTERM, 35);
	slots_emit(&lto, "langtidsopphold", -1, -1);
	census_stays("korttid_rehabilitering", n_rehab_inst, INSTITUTION, 7,
	    45, -1, -1);
	census_stays("korttid_utredning", n_korttid, INSTITUTION, 3, 30, -1,
	    -1);
	census_stays("avlastning_institusjon", n_avlastning, YOUNG, 3, 14, -1,
	    -1);
	for (y = Y0; y < Y0 + YEARS; y++) {
		flow_stays("avlastning_institusjon", YOUNG, y, 2400, 3, 14);
		if (y == 2023 || y == 2024)
			continue;
		for (k = 0; k < 4; k++)
			flow_stays(r8_stays[k], k == 0 ? LONGTERM : INSTITUTION,
			    y, flow[k], stay_min[k], stay_max[k]);
	}
	for (y = 0; y < 2; y++)
		for (k = 0; k < 4; k++)
			fill_stays(r8_stays[k], k == 0 ? LONGTERM : INSTITUTION,
			    2023 + y, r8_target[k][y] - r8_days[k][y],
			    stay_min[k], stay_max[k]);
	/* home-service recipients during the year: R8's in 2023 and 2024,
	 * a steady rise before and after */
	for (y = Y0; y < Y0 + YEARS; y++)
		if (y != 2023 && y != 2024)
			alarms_in(y, 1150 + 15 * (y - Y0) + (y == 2025 ? 150 : 0));
	home_recipients(1291, 1435);

	/* shuffle (Fisher-Yates) */
	for (i = nrows - 1; i > 0; i--) {
		j = (size_t)(rnd() % (uint32_t)(i + 1));
		tmp = rows[i];
		rows[i] = rows[j];
		rows[j] = tmp;
	}
	puts("person_id,birth_year,sex,district,service,decision_date,"
	    "start_date,end_date,hours_per_week");
	for (i = 0; i < nrows; i++)
		puts(rows[i].line);
	return 0;
}
