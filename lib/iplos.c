/*
 * iplos.c: the API of iplos-sum's engine: its options and windows, the
 * column mapping, setting up and freeing, and reading one extract
 * (iplos-int.h says which file does what of the rest).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "iplos-int.h"
#include "list.h"
#include "num.h"
#include "period.h"

const struct hv_name hv_iplos_measures[] = {
	{ "recipients",		HV_IPLOS_RECIPIENTS,	0 },
	{ "bed-days",		HV_IPLOS_BED_DAYS,	0 },
	{ "hours",		HV_IPLOS_HOURS,		0 },
	{ "users",		HV_IPLOS_USERS,		0 },
	{ "waiting",		HV_IPLOS_WAITING,	0 },
	{ "waiting-days",	HV_IPLOS_WAITING_DAYS,	0 },
	{ NULL,			0,			0 },
};

static const struct hv_name breakdowns[] = {
	{ "age-group",	HV_IPLOS_BY_AGE,	0 },
	{ "age",	HV_IPLOS_BY_AGE,	1 },
	{ "sex",	HV_IPLOS_BY_SEX,	0 },
	{ "district",	HV_IPLOS_BY_DISTRICT,	0 },
	{ "service",	HV_IPLOS_BY_SERVICE,	0 },
	{ NULL,		0,			0 },
};

/* --- options ---------------------------------------------------------- */

void
hv_iplos_opts_init(struct hv_iplos_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->measures = 1u << HV_IPLOS_RECIPIENTS;
}

int
hv_iplos_parse_period_label(struct hv_iplos_opts *o, const char *name,
    struct hv_err *e)
{
	static const struct hv_name labels[] = {
		{ "period",	0,	0 },
		{ "year",	1,	0 },
		{ NULL,		0,	0 },
	};

	return hv_name_arg(labels, "--period-label", "label", name,
	    &o->label_year, e);
}

int
hv_iplos_parse_across(struct hv_iplos_opts *o, const char *name,
    struct hv_err *e)
{
	int v;

	if (hv_name_arg(breakdowns, "--across", "breakdown", name, &v, e) ==
	    -1)
		return -1;
	if (v == HV_IPLOS_BY_SERVICE)
		return hv_err_usage(e, "--across: service is a row of its own "
		    "(--by service); --across takes age-group, sex or "
		    "district");
	o->across = (unsigned)v;
	return 0;
}

int
hv_iplos_add_columns(struct hv_iplos_opts *o, const char *arg,
    struct hv_err *e)
{
	if (o->ncolumns == HV_IPLOS_MAX_COLUMNS)
		return hv_err_usage(e, "--columns: given more than %d times",
		    HV_IPLOS_MAX_COLUMNS);
	o->columns[o->ncolumns++] = arg;
	return 0;
}

/* Call fn on each item of a comma list; stops at the first error. */
static int
each_item(const char *list, int (*fn)(void *, const char *, struct hv_err *),
    void *arg, struct hv_err *e)
{
	const char *p = list;
	char item[128];

	while ((p = hv_list_next(p, item, sizeof(item))) != NULL)
		if (fn(arg, item, e) == -1)
			return -1;
	return 0;
}

static int
one_measure(void *arg, const char *name, struct hv_err *e)
{
	struct hv_iplos_opts *o = arg;
	int m;

	if (hv_name_arg(hv_iplos_measures, "--measure", "measure", name, &m,
	    e) == -1)
		return -1;
	o->measures |= 1u << m;
	return 0;
}

int
hv_iplos_parse_measures(struct hv_iplos_opts *o, const char *list,
    struct hv_err *e)
{
	o->measures = 0;
	return each_item(list, one_measure, o, e);
}

static int
one_by(void *arg, const char *name, struct hv_err *e)
{
	struct hv_iplos_opts *o = arg;
	int by;

	if (hv_name_arg(breakdowns, "--by", "breakdown", name, &by, e) == -1)
		return -1;
	o->by |= (unsigned)by;
	return 0;
}

int
hv_iplos_parse_by(struct hv_iplos_opts *o, const char *list,
    struct hv_err *e)
{
	return each_item(list, one_by, o, e);
}

static int
add_window(struct hv_iplos_opts *o, const char *label, long first, long last,
    int year, struct hv_err *e)
{
	struct hv_iplos_window *w;

	if (hv_grow(&o->windows, &o->windows_cap, o->nwindows + 1,
	    sizeof(*o->windows)) == -1)
		return hv_err_nomem(e);
	w = &o->windows[o->nwindows++];
	snprintf(w->label, sizeof(w->label), "%s", label);
	w->first = first;
	w->last = last;
	w->year = year;
	return 0;
}

int
hv_iplos_add_on(struct hv_iplos_opts *o, const char *date, struct hv_err *e)
{
	struct hv_period p;
	char buf[16];

	if (hv_date_parse(date, strlen(date), &p, e) == -1) {
		hv_err_option(e, "--on");
		return -1;
	}
	return add_window(o, hv_period_fmt(&p, buf, sizeof(buf)),
	    hv_period_first_day(&p), hv_period_last_day(&p), p.year, e);
}

int
hv_iplos_add_during(struct hv_iplos_opts *o, const char *period,
    struct hv_err *e)
{
	struct hv_period p, last;
	char buf[16];

	const char *dash = strchr(period, '-');
	long long y1, y2;

	if (hv_period_parse(period, strlen(period), &p, e) == -1) {
		/* 2017-2024 (not a school year): each year, or all */
		if (dash != NULL && hv_num_whole(period, (size_t)(dash -
		    period), 1000, 9999, &y1) == 0 && hv_num_whole(dash + 1,
		    strlen(dash + 1), y1, 9999, &y2) == 0)
			return hv_err_usage(e, "--during: '%s' is no period: "
			    "for each year, --during-each year --years %s; for "
			    "all the years as one, --from %lld-01-01 --to "
			    "%lld-12-31", period, period, y1, y2);
		hv_err_option(e, "--during");
		return -1;
	}
	last = hv_date_from_days(hv_period_last_day(&p));
	return add_window(o, hv_period_fmt(&p, buf, sizeof(buf)),
	    hv_period_first_day(&p), hv_period_last_day(&p), last.year, e);
}

int
hv_iplos_add_range(struct hv_iplos_opts *o, const char *from, const char *to,
    struct hv_err *e)
{
	struct hv_period a, b;
	char label[32], x[16], y[16];

	if (hv_date_parse(from, strlen(from), &a, e) == -1) {
		hv_err_option(e, "--from");
		return -1;
	}
	if (hv_date_parse(to, strlen(to), &b, e) == -1) {
		hv_err_option(e, "--to");
		return -1;
	}
	if (hv_period_cmp(&b, &a) < 0)
		return hv_err_usage(e, "--to %s is before --from %s", to, from);
	snprintf(label, sizeof(label), "%s/%s", hv_period_fmt(&a, x, sizeof(x)),
	    hv_period_fmt(&b, y, sizeof(y)));
	return add_window(o, label, hv_period_ord(&a), hv_period_ord(&b),
	    b.year, e);
}

/* The kinds --during-each takes. */
static const struct hv_name each_kinds[] = {
	{ "year",	HV_PERIOD_YEAR,		0 },
	{ "half-year",	HV_PERIOD_HALF,		0 },
	{ "quarter",	HV_PERIOD_QUARTER,	0 },
	{ "month",	HV_PERIOD_MONTH,	0 },
	{ "day",	HV_PERIOD_DATE,		0 },
	{ NULL,		0,			0 },
};

/* The period of the kind that holds day. */
static struct hv_period
period_holding(enum hv_period_kind kind, long day)
{
	struct hv_period p = hv_date_from_days(day);

	p.kind = kind;
	switch (kind) {
	case HV_PERIOD_YEAR:
		p.sub = 0;
		p.day = 0;
		break;
	case HV_PERIOD_HALF:
		p.sub = (p.sub - 1) / 6 + 1;
		p.day = 0;
		break;
	case HV_PERIOD_QUARTER:
		p.sub = (p.sub - 1) / 3 + 1;
		p.day = 0;
		break;
	case HV_PERIOD_MONTH:
		p.day = 0;
		break;
	default:
		break;
	}
	return p;
}

/* The years Y1-Y2 into *y1, *y2: 0, or -1 with a usage error. */
static int
parse_years(const char *years, long long *y1, long long *y2,
    struct hv_err *e)
{
	const char *dash;

	/* one year, 2023, is 2023-2023 */
	if ((dash = strchr(years, '-')) == NULL)
		dash = years + strlen(years);
	if (hv_num_whole(years, (size_t)(dash - years), 1000, 9999, y1) ==
	    -1 || (*dash == '\0' ? (*y2 = *y1, 0) : hv_num_whole(dash + 1,
	    strlen(dash + 1), *y1, 9999, y2)) == -1)
		return hv_err_usage(e, "--years: '%s' is not YYYY-YYYY, the "
		    "first year not after the second", years);
	return 0;
}

/* Two digits at s, from 1 to max: the number, or -1. */
static int
two_digits(const char *s, int max)
{
	int n;

	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	n = (s[0] - '0') * 10 + (s[1] - '0');
	return n >= 1 && n <= max ? n : -1;
}

/*
 * --on-each MM-DD --years Y1-Y2: the day in each year.  29 February is
 * the last day of February in a common year (the day a count "at the end
 * of February" is taken); a day no year has (02-30, 04-31) is an error.
 */
int
hv_iplos_add_each(struct hv_iplos_opts *o, const char *mmdd,
    const char *years, struct hv_err *e)
{
	long long y1, y2;
	int m, d, y;
	char date[32];

	if (strlen(mmdd) != 5 || mmdd[2] != '-' ||
	    (m = two_digits(mmdd, 12)) < 0 || (d = two_digits(mmdd + 3,
	    hv_days_in_month(2000, m))) < 0)
		return hv_err_usage(e, "--on-each: '%s' is not a day of the "
		    "year as MM-DD", mmdd);
	if (years == NULL)
		return hv_err_usage(e, "--on-each needs --years Y1-Y2");
	if (parse_years(years, &y1, &y2, e) == -1)
		return -1;
	for (y = (int)y1; y <= (int)y2; y++) {
		snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m,
		    d <= hv_days_in_month(y, m) ? d : hv_days_in_month(y, m));
		if (hv_iplos_add_on(o, date, e) == -1)
			return -1;
	}
	return 0;
}

/* The day as 2023-01-15 into buf. */
static const char *
day_text(long day, char *buf, size_t sz)
{
	struct hv_period p = hv_date_from_days(day);

	return hv_period_fmt(&p, buf, sz);
}

/* Windows per period of a kind: enough for every month of 800 years. */
#define MAX_EACH_WINDOWS	10000

/*
 * --during-each KIND with --years Y1-Y2 or --from A --to B (periods or
 * dates): a window per period of the kind, whole periods only (a count
 * "per month" from the 15th would be half a month called a month).
 */
int
hv_iplos_add_during_each(struct hv_iplos_opts *o, const char *kind,
    const char *years, const char *from, const char *to, struct hv_err *e)
{
	struct hv_period a, b, p;
	long long y1, y2;
	long first, last, n;
	char buf[16], day[16];
	int k;

	if (hv_name_arg(each_kinds, "--during-each", "kind of period", kind,
	    &k, e) == -1)
		return -1;
	if ((years != NULL) == (from != NULL || to != NULL))
		return hv_err_usage(e, "--during-each needs --years Y1-Y2, or "
		    "--from and --to (not both)");
	if (years != NULL) {
		if (parse_years(years, &y1, &y2, e) == -1)
			return -1;
		first = hv_days_from_civil((int)y1, 1, 1);
		last = hv_days_from_civil((int)y2, 12, 31);
	} else {
		if (from == NULL || to == NULL)
			return hv_err_usage(e, "--from and --to go together");
		if (hv_period_parse(from, strlen(from), &a, e) == -1) {
			hv_err_option(e, "--from");
			return -1;
		}
		if (hv_period_parse(to, strlen(to), &b, e) == -1) {
			hv_err_option(e, "--to");
			return -1;
		}
		first = hv_period_first_day(&a);
		last = hv_period_last_day(&b);
		if (last < first)
			return hv_err_usage(e, "--to %s is before --from %s",
			    to, from);
		p = period_holding((enum hv_period_kind)k, first);
		if (hv_period_first_day(&p) != first)
			return hv_err_usage(e, "--during-each %s: --from %s is "
			    "not the first day of a %s (%s starts %s)", kind,
			    from, kind, hv_period_fmt(&p, buf, sizeof(buf)),
			    day_text(hv_period_first_day(&p), day,
			    sizeof(day)));
		p = period_holding((enum hv_period_kind)k, last);
		if (hv_period_last_day(&p) != last)
			return hv_err_usage(e, "--during-each %s: --to %s is "
			    "not the last day of a %s (%s ends %s)", kind, to,
			    kind, hv_period_fmt(&p, buf, sizeof(buf)),
			    day_text(hv_period_last_day(&p), day,
			    sizeof(day)));
	}
	p = period_holding((enum hv_period_kind)k, first);
	for (n = 0; hv_period_first_day(&p) <= last; n++) {
		if (n == MAX_EACH_WINDOWS)
			return hv_err_usage(e, "--during-each %s: more than %d "
			    "periods", kind, MAX_EACH_WINDOWS);
		if (add_window(o, hv_period_fmt(&p, buf, sizeof(buf)),
		    hv_period_first_day(&p), hv_period_last_day(&p),
		    hv_date_from_days(hv_period_last_day(&p)).year, e) == -1)
			return -1;
		p = hv_period_add(&p, 1);
	}
	return 0;
}

/* --- setting up ------------------------------------------------------- */

static int
unit_named(const struct hv_iplos *ip, const char *name)
{
	const struct hv_service *sv = hv_service_list();
	size_t s;

	if (!(ip->o.by & HV_IPLOS_BY_SERVICE))
		return hv_catmap_find_category(ip->map, name);
	for (s = 0; s < hv_service_count(); s++)
		if (ip->unit_of_service[s] >= 0 &&
		    strcasecmp(sv[s].code, name) == 0)
			return ip->unit_of_service[s];
	return -1;
}

const char *
hv_iplos_unit_name(const struct hv_iplos *ip, size_t u)
{
	const struct hv_service *sv = hv_service_list();
	size_t s;

	if (!(ip->o.by & HV_IPLOS_BY_SERVICE))
		return hv_catmap_category(ip->map, u);
	for (s = 0; s < hv_service_count(); s++)
		if (ip->unit_of_service[s] == (int)u)
			return sv[s].code;
	return "";
}

static int
one_only(void *arg, const char *name, struct hv_err *e)
{
	struct hv_iplos *ip = arg;
	int u = unit_named(ip, name);

	if (u < 0)
		return hv_err_usage(e, "--only: no %s named '%s' (iplos-sum "
		    "--print-map lists them)", ip->o.by & HV_IPLOS_BY_SERVICE ?
		    "service" : "category", name);
	if (!ip->out_unit[u]) {
		ip->out_unit[u] = 1;
		ip->out_order[ip->nout++] = (size_t)u;
	}
	return 0;
}

static int
check_opts(const struct hv_iplos_opts *o, struct hv_err *e)
{
	static const int day_only[] = { HV_IPLOS_HOURS, HV_IPLOS_USERS,
	    HV_IPLOS_WAITING };
	size_t i, k;

	if (o->nwindows == 0)
		return hv_err_usage(e, "say when: --on DATE, --during PERIOD, "
		    "--from DATE --to DATE or --on-each MM-DD --years Y1-Y2");
	if (o->measures == 0)
		return hv_err_usage(e, "--measure: no measure given");
	for (k = 0; k < sizeof(day_only) / sizeof(day_only[0]); k++) {
		if (!(o->measures & (1u << day_only[k])))
			continue;
		for (i = 0; i < o->nwindows; i++)
			if (o->windows[i].first != o->windows[i].last)
				return hv_err_usage(e, "--measure %s is "
				    "counted on a date (--on), not over %s",
				    hv_name_of(hv_iplos_measures, day_only[k]),
				    o->windows[i].label);
	}
	if (o->per > HV_IPLOS_MAX_PER)
		return hv_err_usage(e, "--per: %lu is not a whole number from 1 "
		    "to %d", o->per, HV_IPLOS_MAX_PER);
	if (o->per != 0 && o->population == NULL)
		return hv_err_usage(e, "--per goes with --population");
	if (o->region != NULL && o->population == NULL)
		return hv_err_usage(e, "--region goes with --population");
	if (o->across != 0 && !(o->by & o->across))
		return hv_err_usage(e, "--across %s: give it with --by too",
		    hv_name_of(breakdowns, (int)o->across));
	if (o->suppress == 1 || o->suppress == 2)
		return hv_err_usage(e, "--suppress: a threshold below 3 "
		    "protects nobody");
	if (o->threads > HV_IPLOS_MAX_THREADS)
		return hv_err_usage(e, "--threads: '%u' is not a number from 1 "
		    "to %d", o->threads, HV_IPLOS_MAX_THREADS);
	if (o->block_size > 0 && (o->block_size < HV_IPLOS_MIN_BLOCK ||
	    o->block_size > HV_IPLOS_MAX_BLOCK))
		return hv_err_usage(e, "--block-size: %zu bytes is not from 64 "
		    "bytes to 1 GiB", o->block_size);
	return 0;
}

/*
 * --period-label year: each window is called by its year ("2017" for
 * 2017-09-13), so that a census per year reads in trend as the yearly
 * series it is.  A window across a new year, or two windows in one year,
 * cannot be: a usage error.
 */
static int
label_by_year(struct hv_iplos *ip, struct hv_err *e)
{
	struct hv_iplos_window *w;
	unsigned char seen[10000 / 8] = { 0 };
	int y;
	size_t i, k;

	for (i = 0; i < ip->nwin; i++) {
		w = &ip->o.windows[i];
		y = hv_date_from_days(w->first).year;
		if (hv_date_from_days(w->last).year != y || y < 0 || y > 9999)
			return hv_err_usage(e, "--period-label year: %s is not "
			    "within one year", w->label);
		if (seen[y / 8] & (1u << (y % 8))) {
			for (k = 0; k < i; k++)
				if (hv_date_from_days(ip->o.windows[k].first).
				    year == y)
					break;
			return hv_err_usage(e, "--period-label year: %s and %s "
			    "are both in %d", ip->o.windows[k].label, w->label,
			    y);
		}
		seen[y / 8] |= (unsigned char)(1u << (y % 8));
	}
	for (i = 0; i < ip->nwin; i++) {
		w = &ip->o.windows[i];
		snprintf(w->label, sizeof(w->label), "%d",
		    hv_date_from_days(w->first).year);
	}
	return 0;
}

/*
 * --population: the inhabitants of every window's year, age group and
 * sex, once (the rows of a table ask for them many times).  A group the
 * file cannot give (by sex, from a file without sex) is an error; a year
 * it does not have, a report line and ".." in the rows.
 */
static int
population(struct hv_iplos *ip, struct hv_err *e)
{
	static const enum hv_pop_sex sexes[POP_SEXES] = { HV_POP_MEN,
	    HV_POP_WOMEN, HV_POP_ALL, HV_POP_ALL };
	size_t w, a, s, k, n = ip->nwin * (AGE_GROUPS + 1) * POP_SEXES;
	int first, last, rc, year, said = -1;
	struct hv_err why;

	if (!(ip->o.measures & (1u << HV_IPLOS_RECIPIENTS)))
		return hv_err_usage(e, "--population gives recipients per "
		    "inhabitant: --measure recipients too");
	if (ip->o.by & HV_IPLOS_BY_DISTRICT)
		return hv_err_usage(e, "--population: SSB's population is of "
		    "the municipality, not of its districts (--by "
		    "district)");
	if ((ip->pop = hv_pop_load(ip->o.population, ip->o.region, NULL,
	    e)) == NULL) {
		if (e->kind == HV_ERR_USAGE)
			hv_err_prefix(e, "--population");
		return -1;
	}
	if (hv_notes_add(&ip->report, "%s: %s%s%s, inhabitants on 1 January "
	    "of each period's year", ip->o.population,
	    hv_pop_title(ip->pop), hv_pop_title(ip->pop)[0] ? ", " : "",
	    hv_pop_source(ip->pop)) == -1)
		return hv_err_nomem(e);
	if (hv_pop_left_out(ip->pop) > 0 && hv_notes_add(&ip->report, "%s: "
	    "%lu rows of other contents than persons left out",
	    ip->o.population, hv_pop_left_out(ip->pop)) == -1)
		return hv_err_nomem(e);
	ip->pop_n = calloc(n, sizeof(*ip->pop_n));
	ip->pop_has = calloc(n, 1);
	if (ip->pop_n == NULL || ip->pop_has == NULL)
		return hv_err_nomem(e);
	hv_pop_years(ip->pop, &first, &last);
	for (w = 0; w < ip->nwin; w++) {
		/* SSB's year: the population on 1 January */
		year = hv_date_from_days(ip->o.windows[w].first).year;
		for (a = 0; a <= AGE_GROUPS; a++) {
			for (s = 0; s < POP_SEXES; s++) {
				k = pop_at(w, a, s);
				if (s == 2) {		/* uoppgitt */
					ip->pop_has[k] = POP_NONE;
					continue;
				}
				/* only the groups the table has */
				if ((a < AGE_GROUPS && !(ip->o.by &
				    HV_IPLOS_BY_AGE)) || (s < 2 && !(ip->o.by &
				    HV_IPLOS_BY_SEX))) {
					ip->pop_has[k] = POP_NONE;
					continue;
				}
				rc = hv_pop_count(ip->pop, year, age_first[a],
				    age_last((int)a), sexes[s], &ip->pop_n[k],
				    &why);
				if (rc == -1)
					return hv_err_at(e, ip->o.population, 0,
					    "%s: no population of %s%s: %s",
					    ip->o.windows[w].label, a <
					    AGE_GROUPS ? "an age group" : "all "
					    "ages", s < 2 ? " by sex" : "",
					    why.msg);
				ip->pop_has[k] = rc == 0 ? POP_OK :
				    POP_NO_YEAR;
				if (rc == 1 && year != said) {
					said = year;
					if (hv_notes_add(&ip->report, "%s: no "
					    "population of %d (1 January) for "
					    "%s (it has %d-%d): its %s are "
					    "'..'", ip->o.population, year,
					    ip->o.windows[w].label, first,
					    last, ip->rate_name) == -1)
						return hv_err_nomem(e);
				}
			}
		}
	}
	return 0;
}

/* What the services of each unit have: stays (bed-days), hours. */
static void
units_have(struct hv_iplos *ip)
{
	const struct hv_service *sv = hv_service_list();
	const size_t *cats;
	size_t i, k, ncats;
	unsigned char has;
	int s;

	if (ip->o.by & HV_IPLOS_BY_SERVICE) {
		for (i = 0; i < hv_service_count(); i++)
			if (ip->unit_of_service[i] >= 0)
				ip->unit_has[ip->unit_of_service[i]] =
				    (sv[i].day_based ? HV_UNIT_STAYS : 0) |
				    (sv[i].hours ? HV_UNIT_HOURS : 0);
		return;
	}
	for (i = 0; i < hv_catmap_nentries(ip->map); i++) {
		s = hv_catmap_entry(ip->map, i, &cats, &ncats);
		has = (sv[s].day_based ? HV_UNIT_STAYS : 0) |
		    (sv[s].hours ? HV_UNIT_HOURS : 0);
		for (k = 0; k < ncats; k++)
			ip->unit_has[cats[k]] |= has;
	}
}

/* Processors online, for one thread each, at most HV_IPLOS_MAX_THREADS. */
static size_t
processors(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > HV_IPLOS_MAX_THREADS ? HV_IPLOS_MAX_THREADS :
	    (size_t)n;
}

struct hv_iplos *
hv_iplos_new(const struct hv_iplos_opts *o, struct hv_err *e)
{
	const struct hv_service *sv = hv_service_list();
	struct hv_iplos *ip;
	size_t s, i, k;

	if (check_opts(o, e) == -1)
		return NULL;
	if ((ip = calloc(1, sizeof(*ip))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	ip->o = *o;
	/* the windows are the engine's own: the caller may free its array */
	ip->o.windows = calloc(o->nwindows, sizeof(*o->windows));
	if (ip->o.windows == NULL)
		goto oom;
	memcpy(ip->o.windows, o->windows, o->nwindows * sizeof(*o->windows));
	ip->o.windows_cap = o->nwindows;
	ip->nwin = o->nwindows;
	if (o->label_year && label_by_year(ip, e) == -1)
		goto fail;
	if (hv_iplos_columns_parse(ip, e) == -1)
		goto fail;
	ip->map = o->map != NULL ? hv_catmap_load(o->map, e) :
	    hv_catmap_default(e);
	if (ip->map == NULL)
		goto fail;
	ip->unit_of_service = calloc(hv_service_count(), sizeof(int));
	if (ip->unit_of_service == NULL)
		goto oom;
	for (s = 0; s < hv_service_count(); s++)
		ip->unit_of_service[s] = sv[s].kind == HV_SERVICE_COERCION ?
		    -1 : (int)ip->nunits++;
	if (!(o->by & HV_IPLOS_BY_SERVICE))
		ip->nunits = hv_catmap_ncategories(ip->map);
	ip->out_unit = calloc(ip->nunits + 1, 1);
	ip->out_order = calloc(ip->nunits + 1, sizeof(*ip->out_order));
	ip->unit_has = calloc(ip->nunits + 1, 1);
	if (ip->out_unit == NULL || ip->out_order == NULL ||
	    ip->unit_has == NULL)
		goto oom;
	units_have(ip);
	if (o->only != NULL) {
		if (each_item(o->only, one_only, ip, e) == -1)
			goto fail;
	} else {
		for (i = 0; i < ip->nunits; i++)
			one_only(ip, hv_iplos_unit_name(ip, i), e);
	}

	if (o->population != NULL) {
		snprintf(ip->rate_name, sizeof(ip->rate_name),
		    "recipients_per_%lu", o->per > 0 ? o->per : 1000);
		snprintf(ip->rate_nb, sizeof(ip->rate_nb),
		    o->per == 100 ? "Mottakere, prosent av innbyggerne" :
		    "Mottakere per %lu innbyggere", o->per > 0 ? o->per :
		    1000UL);
		ip->rate_word.name = ip->rate_name;
		ip->rate_word.nb = ip->rate_nb;
		if (population(ip, e) == -1)
			goto fail;
	}
	ip->span_first = o->windows[0].first;
	ip->span_last = o->windows[0].last;
	for (i = 1; i < ip->nwin; i++) {
		if (o->windows[i].first < ip->span_first)
			ip->span_first = o->windows[i].first;
		if (o->windows[i].last > ip->span_last)
			ip->span_last = o->windows[i].last;
	}
	ip->nage = o->by & HV_IPLOS_BY_AGE ? 4 : 1;
	ip->nsex = o->by & HV_IPLOS_BY_SEX ? 3 : 1;
	ip->district_cells = ip->nunits * ip->nwin * ip->nage * ip->nsex;
	ip->need_fp = (o->measures & ((1u << HV_IPLOS_HOURS) |
	    (1u << HV_IPLOS_USERS) | (1u << HV_IPLOS_WAITING_DAYS))) != 0;
	ip->nparts = o->threads > 0 ? o->threads : processors();
	if ((ip->part = calloc(ip->nparts, sizeof(*ip->part))) == NULL)
		goto oom;
	for (k = 0; k < ip->nparts; k++)
		if (hv_iplos_part_init(ip, &ip->part[k]) == -1)
			goto oom;
	if ((ip->districts = hv_map_new()) == NULL)
		goto oom;
	pthread_mutex_init(&ip->lock, NULL);
	return ip;
oom:
	hv_err_nomem(e);
fail:
	hv_iplos_free(ip);
	return NULL;
}

void
hv_iplos_free(struct hv_iplos *ip)
{
	size_t i;

	if (ip == NULL)
		return;
	for (i = 0; ip->part != NULL && i < ip->nparts; i++)
		hv_iplos_part_free(ip, &ip->part[i]);
	free(ip->part);
	for (i = 0; i < ip->ndistricts; i++)
		free(ip->district_names[i]);
	free(ip->district_names);
	free(ip->district_rank);
	free(ip->district_by_rank);
	if (ip->districts != NULL) {
		hv_map_free(ip->districts);
		pthread_mutex_destroy(&ip->lock);
	}
	hv_notes_free(&ip->report);
	free(ip->line_base);
	free(ip->unit_of_service);
	free(ip->out_unit);
	free(ip->out_order);
	free(ip->unit_has);
	hv_catmap_free(ip->map);
	hv_pop_free(ip->pop);
	free(ip->pop_n);
	free(ip->pop_has);
	for (i = 0; i < NCOLS; i++)
		free(ip->colname[i]);
	free(ip->o.windows);
	free(ip);
}

/* --- reading ---------------------------------------------------------- */

void
hv_iplos_reader_opts(const struct hv_iplos *ip, struct hv_reader_opts *in)
{
	size_t block = ip->o.block_size > 0 ? ip->o.block_size :
	    HV_IPLOS_BLOCK_SIZE;
	size_t chunk = in->chunk > 0 ? in->chunk : HV_READER_CHUNK;

	if (ip->nparts > 1 && block < chunk)
		in->chunk = block;
}

/* " (28 reasons)", when the invalid rows have more reasons than rows. */
static const char *
reasons_said(const struct hv_iplos *ip, char *buf, size_t sz)
{
	unsigned long n = 0;
	int r;

	for (r = 0; r < NREASONS; r++)
		if (r != R_HOURS_IGNORED)
			n += ip->reasons[r].count;
	buf[0] = '\0';
	if (n > ip->invalid)
		snprintf(buf, sz, " (%lu reasons)", n);
	return buf;
}

int
hv_iplos_add(struct hv_iplos *ip, struct hv_reader *r, struct hv_err *e)
{
	char reasons[32];
	unsigned long disagree_before = hv_iplos_disagreeing(ip);
	long long *starts = NULL;
	long nblocks = 1;
	size_t k;
	int rc;

	if (ip->finished)
		return hv_err_usage(e, "hv_iplos_add after hv_iplos_finish");
	ip->file = hv_reader_name(r);
	memset(ip->reasons, 0, sizeof(ip->reasons));
	memset(&ip->unknown, 0, sizeof(ip->unknown));
	memset(&ip->bad, 0, sizeof(ip->bad));
	memset(&ip->ident, 0, sizeof(ip->ident));
	ip->rows = ip->invalid = ip->skipped = 0;
	for (k = 0; k < ip->nparts; k++)
		ip->part[k].repeats = 0;
	if (hv_iplos_find_columns(ip, r, e) == -1)
		return -1;
	if (ip->nparts > 1 && (nblocks = hv_reader_blocks(r, ip->o.block_size >
	    0 ? ip->o.block_size : HV_IPLOS_BLOCK_SIZE, &starts, e)) == -1)
		return -1;
	free(ip->line_base);
	if ((ip->line_base = calloc((size_t)nblocks + 1,
	    sizeof(*ip->line_base))) == NULL) {
		free(starts);
		return hv_err_nomem(e);
	}
	if (nblocks > 1)
		rc = hv_iplos_read_parallel(ip, r, starts, (size_t)nblocks, e);
	else
		rc = hv_iplos_read_sequential(ip, r, e);
	free(starts);
	if (rc == -1 || hv_iplos_check_identity(ip, r, e) == -1)
		return -1;
	if (ip->o.skip_invalid)
		ip->skipped = ip->invalid;
	if (hv_iplos_report_file(ip, disagree_before) == -1)
		return hv_err_nomem(e);
	if (ip->invalid > 0 && !ip->o.skip_invalid)
		return hv_err_at(e, ip->file, 0, "%lu invalid row%s of %lu%s: "
		    "nothing written (--skip-invalid leaves them out)",
		    ip->invalid, ip->invalid == 1 ? "" : "s", ip->rows,
		    reasons_said(ip, reasons, sizeof(reasons)));
	return 0;
}

const struct hv_notes *
hv_iplos_report(const struct hv_iplos *ip)
{
	return &ip->report;
}
