/*
 * levanger: write the synthetic "Levanger" IPLOS extract of fixtures/iplos/
 * (standard output).  Deterministic: the same bytes every run, checked by
 * the test "fixture-levanger".
 *
 * Persons and service periods are built so that the extract's sums are
 * exactly the reference tables: R1 (recipients on 13 September
 * 2017-2022), R2 (BPA users and hours on 31 December 2020 and 2021, and
 * the extra "vederlag" hours under the EPJ code bpa_vederlag), R4 (waiting
 * on 13 October 2022) and R8 (bed-days and home-service recipients during
 * 2023 and 2024).  The blocks are kept apart in time so that one does not
 * disturb another: R1's periods end by 2022-12-31, R8's decisions come
 * after 2022-10-13.  The rows come out shuffled, as an EPJ export would
 * not sort them by person.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

#define MAXROWS 20000

struct row {
	char	 line[160];
};

static struct row rows[MAXROWS];
static size_t nrows;
static unsigned long next_person = 1;
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
	return lo + (long)(rnd() % (uint32_t)(hi - lo + 1));
}

static long
day(int y, int m, int d)
{
	return hv_days_from_civil(y, m, d);
}

static char *
date(long d, char *buf)
{
	struct hv_period p;

	if (d < 0) {
		buf[0] = '\0';
		return buf;
	}
	p = hv_date_from_days(d);
	return hv_period_fmt(&p, buf, 16);
}

struct person {
	char	 id[16];
	int	 birth, sex;
	const char *district;
};

static struct person
new_person(int old)
{
	struct person p;

	snprintf(p.id, sizeof(p.id), "L%06lu", next_person++);
	/* the elderly are most of the users, but not all */
	p.birth = old ? (int)between(1920, 1950) : (int)between(1950, 2010);
	p.sex = (int)between(1, 2);
	p.district = districts[between(0, 7)];
	return p;
}

/* One service period; decision -1, end -1 and hours < 0 mean empty. */
static void
emit(const struct person *p, const char *service, long decision, long start,
    long end, double hours)
{
	char d[16], s[16], e[16], h[16] = "";

	if (nrows == MAXROWS) {
		fprintf(stderr, "levanger: more than %d rows\n", MAXROWS);
		exit(1);
	}
	if (hours >= 0)
		snprintf(h, sizeof(h), "%g", hours);
	snprintf(rows[nrows++].line, sizeof(rows[0].line),
	    "%s,%d,%d,%s,%s,%s,%s,%s,%s", p->id, p->birth, p->sex,
	    p->district, service, date(decision, d), date(start, s),
	    date(end, e), h);
}

/* A decision some days before the start; now and then none, or one
 * after the start (care that started before its decision). */
static long
decision_for(long start)
{
	long r = between(0, 19);

	if (r == 0)
		return -1;
	if (r == 1)
		return start + between(1, 10);
	return start - between(0, 60);
}

static int
hourly(const char *service)
{
	return strcmp(service, "hjemmesykepleie") == 0 ||
	    strncmp(service, "praktisk_bistand", 16) == 0 ||
	    strcmp(service, "avlastning_utenfor") == 0 ||
	    strcmp(service, "stottekontakt") == 0;
}

/*
 * R1: n[y] persons of `service` on 13 September of 2017 + y.  Person j is
 * served in the years where j < n[y]; each run of such years is one
 * period, starting in the year before the first 13 September of the run
 * and ending before the next one after it (by 2022-12-31 at the latest).
 */
static void
census(const char *service, const int n[6], int old)
{
	int max = 0, y, y1, j;
	struct person p;
	long s, e;

	for (y = 0; y < 6; y++)
		if (n[y] > max)
			max = n[y];
	for (j = 0; j < max; j++) {
		p = new_person(old);
		for (y = 0; y < 6; y++) {
			if (j >= n[y])
				continue;
			for (y1 = y; y + 1 < 6 && j < n[y + 1]; y++)
				;
			s = between(day(2016 + y1, 9, 14), day(2017 + y1, 9, 13));
			e = y == 5 ? between(day(2022, 9, 13), day(2022, 12, 31)) :
			    between(day(2017 + y, 9, 13), day(2018 + y, 9, 12));
			emit(&p, service, decision_for(s), s, e,
			    hourly(service) ? (double)between(1, 40) / 2 : -1);
		}
	}
}

/* Home services that count in no R1 row, between the census days. */
static void
other_home_services(void)
{
	static const char *services[] = { "trygghetsalarm", "matombringing",
	    "dagtilbud", "stottekontakt", "omsorgsstonad" };
	struct person p;
	long s;
	int i;

	for (i = 0; i < 400; i++) {
		p = new_person(1);
		s = between(day(2016, 1, 1), day(2022, 6, 30));
		emit(&p, services[i % 5], decision_for(s), s,
		    between(s, day(2022, 12, 31)),
		    strcmp(services[i % 5], "stottekontakt") == 0 ?
		    (double)between(2, 12) : -1);
	}
}

/* R2: BPA on 31 December 2020 (13 users, 573 hours) and 2021 (18 users,
 * 670.5 hours), with the extra vederlag hours (47.5 and 55.5) under the
 * EPJ's own code.  Periods end by mid-2022. */
static void
bpa(void)
{
	static const double h2020[13] = { 40, 25, 62.5, 30, 45, 18, 75, 50,
	    35, 41.5, 60, 38, 53 };		/* 573 */
	static const double h2021new[5] = { 15, 20.5, 12, 18, 16 };	/* 81.5 */
	static const double v2020[4] = { 10, 12.5, 15, 10 };	/* 47.5 */
	struct person p[18];
	long end = day(2022, 6, 30), change = day(2021, 7, 1), s;
	int i;

	for (i = 0; i < 18; i++)
		p[i] = new_person(0);
	/* 2021: persons 0 and 1 get new decisions (40 -> 60 and 25 -> 21
	 * hours): 573 + 20 - 4 = 589, and the five new users add 81.5:
	 * 670.5 */
	for (i = 0; i < 13; i++) {
		s = between(day(2018, 1, 1), day(2020, 11, 30));
		if (i < 2) {
			emit(&p[i], "bpa", s - 14, s, change - 1, h2020[i]);
			emit(&p[i], "bpa", change - 21, change, end,
			    i == 0 ? 60 : 21);
		} else {
			emit(&p[i], "bpa", s - 30, s, end, h2020[i]);
		}
	}
	for (i = 0; i < 5; i++) {
		s = between(day(2021, 1, 15), day(2021, 12, 1));
		emit(&p[13 + i], "bpa", s - between(10, 40), s, end,
		    h2021new[i]);
	}
	/* vederlag: 47.5 hours on 2020-12-31; 55.5 on 2021-12-31 */
	for (i = 0; i < 4; i++)
		emit(&p[i], "bpa_vederlag", day(2020, 1, 10), day(2020, 2, 1),
		    end, v2020[i]);
	emit(&p[13], "bpa_vederlag", day(2021, 5, 1), day(2021, 6, 1), end,
	    8);
}

/* R4, on 13 October 2022: 29 waiting for heldøgns omsorgsbolig, 7 for a
 * short-term or relief stay, none for long-term care. */
static void
waiting(void)
{
	static const char *stays[] = { "korttid_utredning",
	    "korttid_rehabilitering", "korttid_annet", "avlastning_institusjon" };
	long d = day(2022, 10, 13), dec, s;
	struct person p;
	int i;

	for (i = 0; i < 29; i++) {
		p = new_person(1);
		dec = between(day(2022, 3, 1), d);
		if (i % 2 == 0) {
			emit(&p, "hdo", dec, -1, -1, -1);	/* not started */
		} else {
			s = between(d + 1, day(2022, 12, 1));
			emit(&p, "hdo", dec, s, between(s, day(2022, 12, 31)),
			    -1);
		}
	}
	for (i = 0; i < 7; i++) {
		p = new_person(1);
		dec = between(day(2022, 9, 20), d);
		s = between(d + 1, day(2022, 11, 30));
		emit(&p, stays[i % 4], dec, s, s + between(3, 20), -1);
	}
	/* decided and started long-term stays, none waiting on the day */
	for (i = 0; i < 3; i++) {
		p = new_person(1);
		s = between(day(2022, 9, 14), d);
		emit(&p, "langtidsopphold", s - between(5, 30), s,
		    between(day(2022, 11, 1), day(2022, 12, 31)), -1);
	}
}

/*
 * Stays of `service` whose days in 2023 and 2024 add up to t2023 and
 * t2024: residents who stay through both years, stays that cross the new
 * year, and shorter stays, the last of each year cut to the exact rest.
 * One person's stays never overlap, except one double registration,
 * which counts each day once.
 */
static void
stays(const char *service, long t2023, long t2024, int through, long min,
    long max)
{
	long y2023 = day(2023, 1, 1), y2024 = day(2024, 1, 1),
	    y2025 = day(2025, 1, 1), left[2] = { t2023, t2024 }, s, e, len;
	struct person p;
	int i, y;

	for (i = 0; i < through; i++) {
		p = new_person(1);
		s = between(day(2022, 10, 14), day(2022, 12, 31));
		/* decided after R4's day, so nobody waits on it */
		emit(&p, service, between(day(2022, 10, 14), s), s, -1, -1);
		left[0] -= 365;
		left[1] -= 366;
	}
	/* one stay across the new year: 12 days in 2023, 9 in 2024 */
	p = new_person(1);
	emit(&p, service, day(2023, 12, 1), day(2023, 12, 20),
	    day(2024, 1, 10), -1);
	left[0] -= 12;
	left[1] -= 9;
	/* a double registration: 1 March to 1 June, twice, overlapping */
	p = new_person(1);
	emit(&p, service, day(2023, 2, 10), day(2023, 3, 1), day(2023, 5, 1),
	    -1);
	emit(&p, service, day(2023, 3, 20), day(2023, 4, 1), day(2023, 6, 1),
	    -1);
	left[0] -= 92;
	for (y = 0; y < 2; y++) {
		long first = y == 0 ? y2023 : y2024;
		long last = y == 0 ? y2024 : y2025;

		p = new_person(1);
		s = first;
		while (left[y] > 0) {
			len = between(min, max);
			if (len > left[y])
				len = left[y];
			/* a new person when this one's year is used up */
			if (s + len + 1 > last - 1) {
				p = new_person(1);
				s = first;
			}
			e = s + len;
			emit(&p, service, decision_for(s) < 0 ? -1 : s -
			    between(0, 14), s, e, -1);
			left[y] -= len;
			s = e + between(1, 30);
		}
	}
}

/* R8: 1 291 persons with home services during 2023, 1 435 during 2024. */
static void
home_2023_2024(void)
{
	static const char *services[] = { "hjemmesykepleie",
	    "praktisk_bistand", "trygghetsalarm", "matombringing",
	    "hjemmesykepleie", "omsorgsbolig", "dagtilbud",
	    "avlastning_utenfor" };
	struct person p;
	const char *sv;
	long s, e;
	int i;

	for (i = 0; i < 1435 + 291; i++) {
		p = new_person(i % 7 != 0);
		sv = services[i % 8];
		if (i < 291) {			/* 2023 only */
			s = between(day(2023, 1, 1), day(2023, 10, 1));
			e = between(s, day(2023, 12, 31));
		} else if (i < 1291) {		/* both years */
			s = between(day(2023, 1, 1), day(2023, 12, 31));
			e = between(day(2024, 1, 1), day(2024, 12, 31) + 200);
			if (e > day(2024, 12, 31))
				e = -1;		/* ongoing */
		} else {			/* 2024 only */
			s = between(day(2024, 1, 1), day(2024, 12, 31));
			e = -1;
		}
		emit(&p, sv, s - between(0, 30), s, e,
		    hourly(sv) ? (double)between(1, 30) / 2 : -1);
		/* some have a second service; they still count once */
		if (i % 5 == 0 && strcmp(sv, "trygghetsalarm") != 0)
			emit(&p, "trygghetsalarm", s - 3, s, e, -1);
	}
}

int
main(void)
{
	/* R1, 2017 .. 2022 */
	static const int hjemmesykepleie[6] = { 795, 803, 825, 877, 868, 893 };
	static const int praktisk[6] = { 559, 583, 543, 534, 548, 577 };
	static const int rehab[6] = { 168, 26, 29, 20, 21, 14 };
	static const int avlastning[6] = { 30, 29, 24, 29, 34, 38 };
	static const int korttid[6] = { 31, 27, 23, 24, 26, 20 };
	static const int langtid[6] = { 14, 10, 7, 13, 21, 26 };
	/* two rehabilitation stays a year count both as Korttidsopphold
	 * and as Kommunal rehabilitering */
	static const int korttid_rehab[6] = { 2, 2, 2, 2, 2, 2 };
	int rehab_utenfor[6], korttid_other[6], y;
	size_t i, j;
	struct row tmp;

	for (y = 0; y < 6; y++) {
		rehab_utenfor[y] = rehab[y] - korttid_rehab[y];
		korttid_other[y] = korttid[y] - korttid_rehab[y];
	}
	census("hjemmesykepleie", hjemmesykepleie, 1);
	census("praktisk_bistand", praktisk, 1);
	census("rehabilitering_utenfor", rehab_utenfor, 1);
	census("korttid_rehabilitering", korttid_rehab, 1);
	census("avlastning_institusjon", avlastning, 0);
	census("korttid_utredning", korttid_other, 1);
	census("langtidsopphold", langtid, 1);
	other_home_services();
	bpa();
	waiting();
	stays("langtidsopphold", 7660, 7331, 18, 20, 200);
	stays("korttid_annet", 4100, 4500, 0, 3, 30);
	stays("korttid_utredning", 3046, 3427, 0, 3, 30);
	stays("korttid_rehabilitering", 2200, 2300, 0, 7, 45);
	home_2023_2024();

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
