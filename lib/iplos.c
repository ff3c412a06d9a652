/*
 * iplos.c: count recipients, bed-days, hours and waiting in an IPLOS
 * extract, streaming.
 *
 * Per row: validate; intern the person (their birth year, sex and
 * district are taken from their first row); then for each unit (report
 * category, or service with --by service) and each window asked about,
 * add to the cell of the person's group.  Distinct persons are counted
 * with one bitset per unit and window.  Institution stays are kept, cut
 * to the windows, and merged per person and unit at the end so that
 * overlapping stays count each day once.
 */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "list.h"
#include "iplos.h"
#include "map.h"
#include "mem.h"
#include "num.h"
#include "period.h"
#include "service.h"
#include "suppress.h"

enum col {
	C_PERSON, C_BIRTH, C_SEX, C_DISTRICT, C_SERVICE, C_DECISION, C_START,
	C_END, C_HOURS, NCOLS
};

static const struct {
	const char	*name;
	int		 required;
} columns[NCOLS] = {
	{ "person_id",		1 },
	{ "birth_year",		1 },
	{ "sex",		1 },
	{ "district",		0 },
	{ "service",		1 },
	{ "decision_date",	0 },
	{ "start_date",		1 },
	{ "end_date",		1 },
	{ "hours_per_week",	0 },
};

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

enum reason {
	R_PERSON, R_FNR, R_BIRTH, R_BIRTH_FUTURE, R_SEX, R_SERVICE,
	R_DECISION, R_START, R_END, R_NO_START, R_END_NO_START, R_END_BEFORE,
	R_HOURS, R_HOURS_RANGE, NREASONS
};

static const char *reason_text[NREASONS] = {
	"empty person_id",
	"person_id looks like a f\xC3\xB8" "dselsnummer (national identity "
	    "number): pseudonymise the extract first",
	"invalid birth_year (four digits)",
	"birth_year in the future",
	"invalid sex (1, 2, M, K or empty)",
	"unknown service",
	"invalid decision_date",
	"invalid start_date",
	"invalid end_date",
	"neither start_date nor decision_date",
	"end_date without start_date",
	"end_date before start_date",
	"invalid hours_per_week",
	"hours_per_week outside 0-168",
};

#define FIRST_LINES 5

struct reason_count {
	unsigned long	 count;
	unsigned long	 lines[FIRST_LINES];
	char		 example[48];	/* the unknown service code */
};

/* A bitset in pages of 64 KiB made when first touched: it grows with the
 * persons seen, without the copies and the slack of doubling. */
#define BITS_PAGE	(1u << 19)	/* bits in a page */

struct bits {
	uint64_t       **page;
	size_t		 npages;
};

struct ivec {
	int		*v;
	size_t		 n, cap;
};

struct cell {
	uint32_t	 recipients, users, waiting, bed_persons,
			 wait_persons, before;
	int64_t		 hours;		/* in millionths: the same sum in
					   any order, with any threads */
	double		 bed_days;
	struct ivec	 waits;
};

#define MICRO	1e6

/* A person's attributes, in one cache line's eighth. */
struct attr {
	int16_t		 birth;
	uint8_t		 sex;
	uint8_t		 pad;
	uint32_t	 district;
};

struct stay {
	uint32_t	 person;
	uint32_t	 unit;
	int32_t		 start, end;	/* days; end not included */
};

/* The fingerprints of rows that add hours or waiting times, to count a
 * repeated row once: open addressing, 0 is empty. */
struct fpset {
	uint64_t	*slot;
	size_t		 cap, count;
};

/* Days since 1970-01-01 (before it negative); none: */
#define NO_DAY		INT32_MIN

/* Where a row is: its block of the file and its line in the block. */
#define LINE_BITS	40

static uint64_t
at_of(size_t block, unsigned long line)
{
	return (uint64_t)block << LINE_BITS | (uint64_t)line;
}

/*
 * A valid row that can count, as counting needs it.  Small, because with
 * threads the rows of a block wait in memory for the rows before them
 * (a person's first row gives their attributes, so each part counts its
 * rows in the order of the file).
 */
struct xrec {
	uint32_t	 hash;		/* of the person id */
	uint32_t	 person_off;	/* the id, in the list's ids */
	uint32_t	 person_len;
	uint32_t	 district;
	uint32_t	 entry;		/* in the category map */
	int32_t		 decision, start, end;	/* or NO_DAY */
	int16_t		 birth;
	int16_t		 service;
	uint8_t		 sex;		/* 0 mann, 1 kvinne, 2 uoppgitt */
	uint8_t		 has_hours;
	int8_t		 repeat;	/* -1 not known yet, 0 first, 1 repeat */
	double		 hours;
	uint64_t	 fingerprint;	/* of the whole row, when repeats count */
	uint64_t	 at;
};

struct xlist {
	struct xrec	*v;
	size_t		 n, cap;
	char		*ids;
	size_t		 ids_len, ids_cap;
};

/*
 * The persons whose id hashes to one part, and all that is counted of
 * them.  With threads each part is counted by one thread, so nothing in
 * it is shared; the cells of the parts are added up at the end.
 */
struct part {
	struct hv_map	*persons;
	size_t		 npersons, pcap;
	struct attr	*attr;
	struct bits	 disagree;
	unsigned long	 ndisagree;
	/* per unit: who is counted already, bit person * nwin + window, so
	 * that one row's windows share a cache line */
	struct bits	*seen[4];
	/* cells, one array per district */
	struct cell    **cells;
	size_t		 ncells;
	struct stay	*stays;
	size_t		 nstays, stays_cap;
	struct fpset	 fps;
	unsigned long	 repeats;
	uint64_t	 repeat_at[FIRST_LINES];
	int		 sex_unknown;	/* a person counted of sex uoppgitt */
};

/* What reading one block found, besides its rows. */
struct blocksum {
	unsigned long	 rows, invalid;
	unsigned long	 line_end;	/* the line after its last */
	struct reason_count reasons[NREASONS];
	int		 failed;
	struct hv_err	 err;
};

struct hv_iplos {
	struct hv_iplos_opts o;
	struct hv_catmap *map;
	size_t		 nunits;
	unsigned char	*out_unit;	/* units written */
	size_t		*out_order;
	size_t		 nout;
	int		*unit_of_service;	/* --by service */
	size_t		 nwin;
	long		 span_first, span_last;
	size_t		 nage, nsex;
	size_t		 district_cells;	/* cells per district */
	int		 need_fp;	/* repeats matter: hours, waiting days */

	struct part	*part;
	size_t		 nparts;

	/* districts are shared by the parts: behind the lock */
	pthread_mutex_t	 lock;
	struct hv_map	*districts;
	char	       **district_names;
	size_t		 ndistricts;
	size_t		*district_rank;	/* position in name order */
	size_t		*district_by_rank;

	/* the current input */
	const char	*file;
	int		 col[NCOLS];
	unsigned long	*line_base;	/* per block: the line before it */

	unsigned long	 rows, invalid, skipped;
	struct reason_count reasons[NREASONS];
	struct hv_notes	 report;
};

enum seen_kind { SEEN_RECIPIENTS, SEEN_USERS, SEEN_WAITING, SEEN_STARTED };

/* --- options ---------------------------------------------------------- */

void
hv_iplos_opts_init(struct hv_iplos_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->measures = 1u << HV_IPLOS_RECIPIENTS;
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

	w = realloc(o->windows, (o->nwindows + 1) * sizeof(*w));
	if (w == NULL)
		return hv_err_nomem(e);
	o->windows = w;
	w += o->nwindows++;
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

	if (hv_period_parse(period, strlen(period), &p, e) == -1) {
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
	const char *dash;
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
	if ((dash = strchr(years, '-')) == NULL)
		return hv_err_usage(e, "--years: '%s' is not YYYY-YYYY", years);
	if (hv_num_whole(years, (size_t)(dash - years), 1000, 9999, &y1) ==
	    -1 || hv_num_whole(dash + 1, strlen(dash + 1), y1, 9999, &y2) == -1)
		return hv_err_usage(e, "--years: '%s' is not YYYY-YYYY, the "
		    "first year not after the second", years);
	for (y = (int)y1; y <= (int)y2; y++) {
		snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m,
		    d <= hv_days_in_month(y, m) ? d : hv_days_in_month(y, m));
		if (hv_iplos_add_on(o, date, e) == -1)
			return -1;
	}
	return 0;
}

/* --- small containers ------------------------------------------------- */

/* Make page pg of b. */
static int
bits_page(struct bits *b, size_t pg)
{
	uint64_t **p;
	size_t n;

	if (pg >= b->npages) {
		n = b->npages > 0 ? b->npages : 4;
		while (n <= pg)
			n *= 2;
		if ((p = realloc(b->page, n * sizeof(*p))) == NULL)
			return -1;
		memset(p + b->npages, 0, (n - b->npages) * sizeof(*p));
		b->page = p;
		b->npages = n;
	}
	if (b->page[pg] == NULL &&
	    (b->page[pg] = calloc(BITS_PAGE / 64, sizeof(uint64_t))) == NULL)
		return -1;
	return 0;
}

/* Set bit i; returns 1 if it was clear, 0 if set, -1 when out of memory.
 * (Small, to be inlined: up to ten calls a row.) */
static inline int
bits_set(struct bits *b, size_t i)
{
	size_t pg = i / BITS_PAGE, bit = i % BITS_PAGE;
	uint64_t mask = (uint64_t)1 << (bit % 64), *w;

	if ((pg >= b->npages || b->page[pg] == NULL) &&
	    bits_page(b, pg) == -1)
		return -1;
	w = &b->page[pg][bit / 64];
	if (*w & mask)
		return 0;
	*w |= mask;
	return 1;
}

/*
 * The word of bit i, NULL if its page is not made yet: to prefetch (as
 * hv_map_slot, for the same reason).
 */
static const uint64_t *
bits_word(const struct bits *b, size_t i)
{
	size_t pg = i / BITS_PAGE;

	if (pg >= b->npages || b->page[pg] == NULL)
		return NULL;
	return &b->page[pg][i % BITS_PAGE / 64];
}

static void
bits_free(struct bits *b)
{
	size_t i;

	for (i = 0; i < b->npages; i++)
		free(b->page[i]);
	free(b->page);
}

static int
ivec_push(struct ivec *v, int x)
{
	if (hv_grow(&v->v, &v->cap, v->n + 1, sizeof(*v->v)) == -1)
		return -1;
	v->v[v->n++] = x;
	return 0;
}

/* Insert fingerprint h: 1 when new, 0 when there already, -1 on OOM. */
static int
fpset_add(struct fpset *s, uint64_t h)
{
	size_t i;

	if (h == 0)
		h = 1;
	if ((s->count + 1) * 4 > s->cap * 3) {
		struct fpset n = { NULL, s->cap > 0 ? s->cap * 2 : 1024, 0 };
		size_t k;

		if ((n.slot = calloc(n.cap, sizeof(*n.slot))) == NULL)
			return -1;
		for (k = 0; k < s->cap; k++) {
			if (s->slot[k] == 0)
				continue;
			for (i = s->slot[k] & (n.cap - 1); n.slot[i] != 0;
			    i = (i + 1) & (n.cap - 1))
				;
			n.slot[i] = s->slot[k];
			n.count++;
		}
		free(s->slot);
		*s = n;
	}
	for (i = h & (s->cap - 1); s->slot[i] != 0; i = (i + 1) & (s->cap - 1))
		if (s->slot[i] == h)
			return 0;
	s->slot[i] = h;
	s->count++;
	return 1;
}

/* 64-bit FNV-1a over a row's fields, with a separator between them. */
static uint64_t
row_fingerprint(const struct hv_row *row)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i, k;

	for (i = 0; i < row->n; i++) {
		for (k = 0; k < row->len[i]; k++) {
			h ^= (unsigned char)row->field[i][k];
			h *= 1099511628211ULL;
		}
		h ^= 0x1f;
		h *= 1099511628211ULL;
	}
	return h;
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

static const char *
unit_name(const struct hv_iplos *ip, size_t u)
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
				return hv_err_usage(e, "--measure %s is counted "
				    "on a date (--on), not over %s",
				    hv_name_of(hv_iplos_measures, day_only[k]),
				    o->windows[i].label);
	}
	if (o->suppress == 1 || o->suppress == 2)
		return hv_err_usage(e, "--suppress: a threshold below 3 protects "
		    "nobody");
	if (o->threads > HV_IPLOS_MAX_THREADS)
		return hv_err_usage(e, "--threads: '%u' is not a number from 1 "
		    "to %d", o->threads, HV_IPLOS_MAX_THREADS);
	if (o->block_size > 0 && (o->block_size < HV_IPLOS_MIN_BLOCK ||
	    o->block_size > HV_IPLOS_MAX_BLOCK))
		return hv_err_usage(e, "--block-size: %zu bytes is not from 64 "
		    "bytes to 1 GiB", o->block_size);
	return 0;
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
	ip->nwin = o->nwindows;
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
	if (ip->out_unit == NULL || ip->out_order == NULL)
		goto oom;
	if (o->only != NULL) {
		if (each_item(o->only, one_only, ip, e) == -1)
			goto fail;
	} else {
		for (i = 0; i < ip->nunits; i++)
			one_only(ip, unit_name(ip, i), e);
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
	for (k = 0; k < ip->nparts; k++) {
		for (i = 0; i < 4; i++)
			if ((ip->part[k].seen[i] = calloc(ip->nunits,
			    sizeof(struct bits))) == NULL)
				goto oom;
		if ((ip->part[k].persons = hv_map_new()) == NULL)
			goto oom;
	}
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

static void
part_free(struct part *pt, const struct hv_iplos *ip)
{
	size_t i, k;

	for (k = 0; k < 4; k++) {
		for (i = 0; pt->seen[k] != NULL && i < ip->nunits; i++)
			bits_free(&pt->seen[k][i]);
		free(pt->seen[k]);
	}
	for (i = 0; i < pt->ncells; i++) {
		for (k = 0; pt->cells[i] != NULL && k < ip->district_cells;
		    k++)
			free(pt->cells[i][k].waits.v);
		free(pt->cells[i]);
	}
	free(pt->cells);
	hv_map_free(pt->persons);
	free(pt->attr);
	bits_free(&pt->disagree);
	free(pt->stays);
	free(pt->fps.slot);
}

void
hv_iplos_free(struct hv_iplos *ip)
{
	size_t i;

	if (ip == NULL)
		return;
	for (i = 0; ip->part != NULL && i < ip->nparts; i++)
		part_free(&ip->part[i], ip);
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
	hv_catmap_free(ip->map);
	free(ip);
}

/* Find the header column of each canonical column, through --columns. */
static int
find_columns(struct hv_iplos *ip, struct hv_reader *r, struct hv_err *e)
{
	const char *p, *eq;
	char canon[64], header[256], pair[320];
	int c, k;

	for (c = 0; c < NCOLS; c++)
		ip->col[c] = hv_reader_col(r, columns[c].name);
	for (p = ip->o.columns;
	    (p = hv_list_next(p, pair, sizeof(pair))) != NULL;) {
		if ((eq = strchr(pair, '=')) == NULL)
			return hv_err_usage(e, "--columns: '%s' is not "
			    "NAME=HEADER", pair);
		snprintf(canon, sizeof(canon), "%.*s", (int)(eq - pair), pair);
		snprintf(header, sizeof(header), "%s", eq + 1);
		for (k = 0; k < NCOLS; k++)
			if (strcmp(canon, columns[k].name) == 0)
				break;
		if (k == NCOLS)
			return hv_err_usage(e, "--columns: unknown column '%s'",
			    canon);
		if ((ip->col[k] = hv_reader_col(r, header)) < 0)
			return hv_err_at(e, ip->file, 1, "no column '%s' (given "
			    "with --columns for %s)", header, canon);
	}
	for (c = 0; c < NCOLS; c++) {
		int needed = columns[c].required ||
		    (c == C_DISTRICT && (ip->o.by & HV_IPLOS_BY_DISTRICT)) ||
		    (c == C_DECISION && (ip->o.measures &
		    ((1u << HV_IPLOS_WAITING) |
		    (1u << HV_IPLOS_WAITING_DAYS)))) ||
		    (c == C_HOURS && (ip->o.measures &
		    ((1u << HV_IPLOS_HOURS) | (1u << HV_IPLOS_USERS))));

		if (needed && ip->col[c] < 0)
			return hv_err_at(e, ip->file, 1, "no column '%s' (map "
			    "yours with --columns %s=NAME)", columns[c].name,
			    columns[c].name);
	}
	return 0;
}

/* Are the n bytes at s all digits? */
static int
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* A date cell: 0 with *day set, 1 when empty, -1 when invalid. */
static int
parse_day(const char *s, size_t len, long *day)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned y0, y1, y2, y3, m0, m1, d0, d1;
	struct hv_period p;
	struct hv_err e;
	int y, m, d;

	if (len == 0)
		return 1;
	/* the common case, without the general parser */
	if (len == 10 && s[4] == '-' && s[7] == '-') {
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
		if (d < 1 || d > hv_days_in_month(y, m))
			return -1;
		*day = hv_days_from_civil(y, m, d);
		return 0;
	}
	if (hv_date_parse(s, len, &p, &e) == -1)
		return -1;
	*day = hv_period_ord(&p);
	return 0;
}

/* Does s look like a fødselsnummer, D-nummer or H-nummer?  Eleven digits
 * whose first four make a day and a month, checksum or not (typos and
 * the numbers of 2032 on fail today's check). */
static int
looks_like_fnr(const char *s, size_t len)
{
	int d, m;

	if (len != 11 || !all_digits(s, 11))
		return 0;
	d = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[2] - '0') * 10 + (s[3] - '0');
	if (d > 40)
		d -= 40;			/* D-nummer */
	if (m > 80)
		m -= 80;			/* synthetic test numbers */
	else if (m > 40)
		m -= 40;			/* H-nummer */
	return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

static void
count_reason(struct blocksum *bs, enum reason r, unsigned long line,
    const char *example)
{
	struct reason_count *rc = &bs->reasons[r];

	if (rc->count < FIRST_LINES)
		rc->lines[rc->count] = line;
	if (rc->count == 0 && example != NULL)
		snprintf(rc->example, sizeof(rc->example), "%s", example);
	rc->count++;
}

static const char *
field(const struct hv_row *row, int col, size_t *len)
{
	if (col < 0) {
		*len = 0;
		return "";
	}
	*len = row->len[col];
	return row->field[col];
}

/*
 * The common "12" or "12.5" (or "12,5") without the general parser: up to
 * 15 digits, at most one decimal mark.  The digits as a whole number
 * divided by a power of ten is correctly rounded, so the value is the
 * one strtod gives.  Returns 1 when s was of this form.
 */
static int
simple_decimal(const char *s, size_t len, double *v)
{
	static const double pow10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	int64_t m = 0;
	size_t i, ndig = 0, frac = 0;
	int mark = 0;

	for (i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			m = m * 10 + (s[i] - '0');
			ndig++;
			frac += mark;
		} else if ((s[i] == '.' || s[i] == ',') && !mark && i > 0) {
			mark = 1;
		} else {
			return 0;
		}
	}
	if (ndig == 0 || ndig > 15 || (mark && frac == 0))
		return 0;
	*v = (double)m / pow10[frac];
	return 1;
}

/* A date cell into *day: 0, or -1 after counting reason r. */
static int
date_cell(const struct hv_row *row, int col, int32_t *day,
    struct blocksum *bs, enum reason r)
{
	const char *s;
	size_t len;
	long d;
	int rc;

	s = field(row, col, &len);
	if ((rc = parse_day(s, len, &d)) == -1) {
		count_reason(bs, r, row->line, NULL);
		return -1;
	}
	*day = rc == 1 ? NO_DAY : (int32_t)d;
	return 0;
}

/* Parse and check a row into x, its person id into *person; returns 0,
 * or -1 after counting the reason in bs. */
static int
parse_row(const struct hv_iplos *ip, struct blocksum *bs,
    const struct hv_row *row, struct xrec *x, const char **person)
{
	const char *s;
	const size_t *cats;
	size_t len, ncats;
	struct hv_num n;
	struct hv_err e;
	double hours;
	long entry;
	enum reason r;

	x->repeat = -1;
	*person = field(row, ip->col[C_PERSON], &len);
	x->person_len = (uint32_t)len;
	if (len == 0 || len > UINT32_MAX) {
		r = R_PERSON;
		goto bad;
	}
	if (looks_like_fnr(*person, len)) {
		r = R_FNR;
		goto bad;
	}
	s = field(row, ip->col[C_BIRTH], &len);
	if (len != 4 || !all_digits(s, 4)) {
		r = R_BIRTH;
		goto bad;
	}
	x->birth = (int16_t)((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
	    (s[2] - '0') * 10 + (s[3] - '0'));
	if (x->birth > ip->o.this_year) {
		r = R_BIRTH_FUTURE;
		goto bad;
	}
	s = field(row, ip->col[C_SEX], &len);
	if (len == 0)
		x->sex = 2;
	else if (len == 1 ? (*s == '1' || *s == 'M' || *s == 'm') :
	    strcasecmp(s, "mann") == 0)
		x->sex = 0;
	else if (len == 1 ? (*s == '2' || *s == 'K' || *s == 'k') :
	    strcasecmp(s, "kvinne") == 0)
		x->sex = 1;
	else {
		r = R_SEX;
		goto bad;
	}
	s = field(row, ip->col[C_SERVICE], &len);
	if ((entry = hv_catmap_code(ip->map, s, len)) < 0) {
		count_reason(bs, R_SERVICE, row->line, s);
		return -1;
	}
	x->entry = (uint32_t)entry;
	x->service = (int16_t)hv_catmap_entry(ip->map, (size_t)entry, &cats,
	    &ncats);
	if (date_cell(row, ip->col[C_DECISION], &x->decision, bs,
	    R_DECISION) == -1 ||
	    date_cell(row, ip->col[C_START], &x->start, bs, R_START) == -1 ||
	    date_cell(row, ip->col[C_END], &x->end, bs, R_END) == -1)
		return -1;
	if (x->start == NO_DAY && x->decision == NO_DAY) {
		r = R_NO_START;
		goto bad;
	}
	if (x->start == NO_DAY && x->end != NO_DAY) {
		r = R_END_NO_START;
		goto bad;
	}
	if (x->end != NO_DAY && x->end < x->start) {
		r = R_END_BEFORE;
		goto bad;
	}
	s = field(row, ip->col[C_HOURS], &len);
	x->has_hours = 0;
	x->hours = 0;
	if (len == 0)
		return 0;
	if (!simple_decimal(s, len, &hours)) {
		if (hv_num_parse(s, len, &n, &e) == -1 ||
		    (n.sym != HV_SYM_NONE && n.sym != HV_SYM_EMPTY)) {
			r = R_HOURS;
			goto bad;
		}
		if (n.sym == HV_SYM_EMPTY)
			return 0;
		hours = n.v;
	}
	if (hours < 0 || hours > 168) {
		r = R_HOURS_RANGE;
		goto bad;
	}
	x->hours = hours;
	x->has_hours = 1;
	return 0;
bad:
	count_reason(bs, r, row->line, NULL);
	return -1;
}

/* A district's index in ip, made when new; -1 when out of memory.
 * Call with the lock held. */
static long
district_put(struct hv_iplos *ip, const char *s, size_t len)
{
	char **n;
	long d;

	d = hv_map_put(ip->districts, s, len, (long)ip->ndistricts);
	if (d == -2)
		return -1;
	if ((size_t)d == ip->ndistricts) {
		n = realloc(ip->district_names, (ip->ndistricts + 1) *
		    sizeof(*n));
		if (n == NULL)
			return -1;
		ip->district_names = n;
		if ((n[ip->ndistricts] = strndup(s, len)) == NULL)
			return -1;
		ip->ndistricts++;
	}
	return d;
}

/* The index of the row's district (0 without --by district), or -1 when
 * out of memory.  Every valid row's district is known, counted or not,
 * so that a district with nobody counted still has its row of zeros.
 * A reader keeps the districts it has met in cache, and takes the lock
 * only for one new to it. */
static long
district_of(struct hv_iplos *ip, struct hv_map *cache,
    const struct hv_row *row)
{
	const char *s;
	size_t len;
	long d;

	if (!(ip->o.by & HV_IPLOS_BY_DISTRICT))
		return 0;
	s = field(row, ip->col[C_DISTRICT], &len);
	if ((d = hv_map_get(cache, s, len)) >= 0)
		return d;
	pthread_mutex_lock(&ip->lock);
	d = district_put(ip, s, len);
	pthread_mutex_unlock(&ip->lock);
	if (d >= 0 && hv_map_put(cache, s, len, d) == -2)
		return -1;
	return d;
}

/*
 * The person's index in their part; a person not seen before gets the
 * attributes of this, their first row.  *known says they were seen: then
 * check_attr compares, once their attributes are fetched.
 */
static long
person_of(struct part *pt, const struct xrec *x, const char *ids, int *known)
{
	struct attr *a;
	long p;

	p = hv_map_put_hashed(pt->persons, ids + x->person_off,
	    x->person_len, x->hash, (long)pt->npersons);
	if (p == -2)
		return -1;
	if ((*known = (size_t)p < pt->npersons))
		return p;
	if (hv_grow(&pt->attr, &pt->pcap, pt->npersons + 1,
	    sizeof(*pt->attr)) == -1)
		return -1;
	a = &pt->attr[p];
	a->birth = x->birth;
	a->sex = x->sex;
	a->pad = 0;
	a->district = x->district;
	if (x->sex == 2)
		pt->sex_unknown = 1;
	pt->npersons++;
	return p;
}

/* A later row of person p that says otherwise is noted, not used. */
static int
check_attr(struct part *pt, const struct xrec *x, long p)
{
	const struct attr *a = &pt->attr[p];

	if (a->birth == x->birth && a->sex == x->sex)
		return 0;
	switch (bits_set(&pt->disagree, (size_t)p)) {
	case -1:
		return -1;
	case 1:
		pt->ndisagree++;
		break;
	}
	return 0;
}

static size_t
age_group(int age)
{
	return age >= 90 ? 3 : age >= 80 ? 2 : age >= 67 ? 1 : 0;
}

/* Make the cells of district d. */
static int
district_cells(const struct hv_iplos *ip, struct part *pt, size_t d)
{
	struct cell **c;
	size_t i;

	if (d >= pt->ncells) {
		if ((c = realloc(pt->cells, (d + 1) * sizeof(*c))) == NULL)
			return -1;
		for (i = pt->ncells; i <= d; i++)
			c[i] = NULL;
		pt->cells = c;
		pt->ncells = d + 1;
	}
	if (pt->cells[d] == NULL && (pt->cells[d] =
	    calloc(ip->district_cells, sizeof(struct cell))) == NULL)
		return -1;
	return 0;
}

/* The cell of unit u, window w for person p; NULL when out of memory. */
static struct cell *
cell_of(const struct hv_iplos *ip, struct part *pt, size_t u, size_t w,
    size_t p)
{
	size_t d = pt->attr[p].district, a = 0, s = 0;

	if ((d >= pt->ncells || pt->cells[d] == NULL) &&
	    district_cells(ip, pt, d) == -1)
		return NULL;
	if (ip->nage > 1)
		a = age_group(ip->o.windows[w].year - pt->attr[p].birth);
	if (ip->nsex > 1)
		s = pt->attr[p].sex;
	return &pt->cells[d][((u * ip->nwin + w) * ip->nage + a) *
	    ip->nsex + s];
}

static int
add_stay(const struct hv_iplos *ip, struct part *pt, size_t p, size_t u,
    long s, long e)
{
	struct stay *st;

	if (s < ip->span_first)
		s = ip->span_first;
	if (e > ip->span_last + 1)
		e = ip->span_last + 1;
	if (s >= e)
		return 0;
	if (hv_grow(&pt->stays, &pt->stays_cap, pt->nstays + 1,
	    sizeof(*pt->stays)) == -1)
		return -1;
	st = &pt->stays[pt->nstays++];
	st->person = (uint32_t)p;
	st->unit = (uint32_t)u;
	st->start = (int32_t)s;
	st->end = (int32_t)e;
	return 0;
}

/*
 * Is the row an exact repeat of an earlier one?  Asked only of rows about
 * to add hours or a waiting time, the counts a repeat would change (for
 * persons and days a repeat changes nothing), so the fingerprints kept
 * grow with those rows, not with the file.  A repeat has the same person,
 * so it is in the same part.  -1 when out of memory.
 */
static int
is_repeat(struct part *pt, struct xrec *x)
{
	int fresh;

	if (x->repeat >= 0)
		return x->repeat;
	if ((fresh = fpset_add(&pt->fps, x->fingerprint)) == -1)
		return -1;
	x->repeat = (int8_t)!fresh;
	if (x->repeat) {
		if (pt->repeats < FIRST_LINES)
			pt->repeat_at[pt->repeats] = x->at;
		pt->repeats++;
	}
	return x->repeat;
}

/* Add one valid row to unit u. */
static int
count_unit(const struct hv_iplos *ip, struct part *pt, struct xrec *x,
    size_t p, size_t u)
{
	const struct hv_iplos_window *w;
	unsigned m = ip->o.measures;
	struct cell *c;
	size_t k, bit;
	int fresh, rep = 0;

	for (k = 0; k < ip->nwin; k++) {
		w = &ip->o.windows[k];
		bit = p * ip->nwin + k;
		c = NULL;
		/* served: start <= last and (ongoing or end >= first) */
		if (x->start != NO_DAY && x->start <= w->last &&
		    (x->end == NO_DAY || x->end >= w->first)) {
			if (m & (1u << HV_IPLOS_RECIPIENTS)) {
				if ((fresh = bits_set(&pt->seen
				    [SEEN_RECIPIENTS][u], bit)) == -1)
					return -1;
				if (fresh && (c = cell_of(ip, pt, u, k, p)) ==
				    NULL)
					return -1;
				if (fresh)
					c->recipients++;
			}
			if ((m & ((1u << HV_IPLOS_HOURS) |
			    (1u << HV_IPLOS_USERS))) && x->has_hours &&
			    (rep = is_repeat(pt, x)) == 0) {
				if (c == NULL && (c = cell_of(ip, pt, u, k,
				    p)) == NULL)
					return -1;
				c->hours += llround(x->hours * MICRO);
				if ((fresh = bits_set(&pt->seen[SEEN_USERS]
				    [u], bit)) == -1)
					return -1;
				c->users += (uint32_t)fresh;
			}
		}
		/* waiting on the date: decided, not started */
		if ((m & (1u << HV_IPLOS_WAITING)) && x->decision != NO_DAY &&
		    x->decision <= w->last && (x->start == NO_DAY ||
		    x->start > w->last)) {
			if ((fresh = bits_set(&pt->seen[SEEN_WAITING][u],
			    bit)) == -1)
				return -1;
			if (fresh && (c = cell_of(ip, pt, u, k, p)) == NULL)
				return -1;
			if (fresh)
				c->waiting++;
		}
		/* waiting time of a service started in the window */
		if ((m & (1u << HV_IPLOS_WAITING_DAYS)) &&
		    x->decision != NO_DAY && x->start != NO_DAY &&
		    x->start >= w->first && x->start <= w->last &&
		    (rep = is_repeat(pt, x)) == 0) {
			if ((c = cell_of(ip, pt, u, k, p)) == NULL)
				return -1;
			if (x->start < x->decision) {
				c->before++;
				continue;
			}
			if (ivec_push(&c->waits, (int)(x->start -
			    x->decision)) == -1)
				return -1;
			if ((fresh = bits_set(&pt->seen[SEEN_STARTED][u],
			    bit)) == -1)
				return -1;
			c->wait_persons += (uint32_t)fresh;
		}
	}
	if (rep == -1)
		return -1;
	if ((m & (1u << HV_IPLOS_BED_DAYS)) && x->start != NO_DAY &&
	    hv_service_list()[x->service].day_based)
		return add_stay(ip, pt, p, u, x->start, x->end == NO_DAY ?
		    ip->span_last + 1 : x->end);
	return 0;
}

/* The categories row x counts in. */
static size_t
cats_of(const struct hv_iplos *ip, const struct xrec *x, const size_t **cats)
{
	size_t n;

	hv_catmap_entry(ip->map, x->entry, cats, &n);
	return n;
}

/*
 * Can row x count at all?  A unit written, and a date that can fall in
 * the span of the windows for a measure asked: the other rows need no
 * person look-up (for bed-days, five rows in six are not stays).
 */
static int
row_counts(const struct hv_iplos *ip, const struct xrec *x)
{
	unsigned m = ip->o.measures;
	long a = ip->span_first, b = ip->span_last;
	const size_t *cats;
	size_t i, ncats;
	int unit = 0, started = x->start != NO_DAY, ends = x->end != NO_DAY,
	    decided = x->decision != NO_DAY;

	if (ip->o.by & HV_IPLOS_BY_SERVICE) {
		unit = ip->unit_of_service[x->service] >= 0 &&
		    ip->out_unit[ip->unit_of_service[x->service]];
	} else {
		ncats = cats_of(ip, x, &cats);
		for (i = 0; !unit && i < ncats; i++)
			unit = ip->out_unit[cats[i]];
	}
	if (!unit)
		return 0;
	if ((m & ((1u << HV_IPLOS_RECIPIENTS) | (1u << HV_IPLOS_HOURS) |
	    (1u << HV_IPLOS_USERS))) && started && x->start <= b &&
	    (!ends || x->end >= a))
		return 1;
	if ((m & (1u << HV_IPLOS_BED_DAYS)) && started &&
	    hv_service_list()[x->service].day_based && x->start <= b &&
	    (!ends || x->end > a))
		return 1;
	if ((m & (1u << HV_IPLOS_WAITING)) && decided && x->decision <= b &&
	    (!started || x->start > a))
		return 1;
	if ((m & (1u << HV_IPLOS_WAITING_DAYS)) && decided && started &&
	    x->start >= a && x->start <= b)
		return 1;
	return 0;
}

/* Fetch what counting row x of person p will touch: its person's
 * attributes and the words of its units' recipient bits. */
static void
prefetch_row(const struct hv_iplos *ip, const struct part *pt,
    const struct xrec *x, long p)
{
	const uint64_t *word;
	const size_t *cats;
	size_t i, ncats, bit = (size_t)p * ip->nwin;

	__builtin_prefetch(&pt->attr[p]);
	if (ip->o.by & HV_IPLOS_BY_SERVICE) {
		if (ip->unit_of_service[x->service] >= 0 &&
		    (word = bits_word(&pt->seen[SEEN_RECIPIENTS]
		    [ip->unit_of_service[x->service]], bit)) != NULL)
			__builtin_prefetch(word);
		return;
	}
	ncats = cats_of(ip, x, &cats);
	for (i = 0; i < ncats; i++)
		if ((word = bits_word(&pt->seen[SEEN_RECIPIENTS][cats[i]],
		    bit)) != NULL)
			__builtin_prefetch(word);
}

static int
count_row(const struct hv_iplos *ip, struct part *pt, struct xrec *x,
    long p)
{
	const size_t *cats;
	size_t i, ncats;

	if (ip->o.by & HV_IPLOS_BY_SERVICE) {
		i = (size_t)ip->unit_of_service[x->service];
		if (ip->unit_of_service[x->service] >= 0 && ip->out_unit[i])
			return count_unit(ip, pt, x, (size_t)p, i);
		return 0;
	}
	ncats = cats_of(ip, x, &cats);
	for (i = 0; i < ncats; i++)
		if (ip->out_unit[cats[i]] &&
		    count_unit(ip, pt, x, (size_t)p, cats[i]) == -1)
			return -1;
	return 0;
}

#define BATCH 64	/* rows whose cache misses overlap */

/*
 * Count the rows of list l in part pt, a batch at a time in three passes,
 * so that the cache misses of one row overlap those of the others: fetch
 * each person's map slot, then look the persons up and fetch their
 * attributes and bits, then check and count.  -1 when out of memory.
 */
static int
count_list(const struct hv_iplos *ip, struct part *pt, struct xlist *l)
{
	long person[BATCH];
	int known[BATCH];
	struct xrec *x;
	size_t i, k, n;

	for (k = 0; k < l->n; k += n) {
		x = l->v + k;
		n = l->n - k < BATCH ? l->n - k : BATCH;
		/* the slot's line and the next: at 7/8 full, a probe often
		 * runs on (2 % less time in Q3 of the benchmark) */
		for (i = 0; i < n; i++) {
			__builtin_prefetch(hv_map_slot(pt->persons,
			    x[i].hash));
			__builtin_prefetch(hv_map_slot(pt->persons,
			    x[i].hash + HV_MAP_LINE_SLOTS));
		}
		for (i = 0; i < n; i++) {
			if ((person[i] = person_of(pt, &x[i], l->ids,
			    &known[i])) < 0)
				return -1;
			prefetch_row(ip, pt, &x[i], person[i]);
		}
		for (i = 0; i < n; i++)
			if ((known[i] && check_attr(pt, &x[i], person[i]) ==
			    -1) || count_row(ip, pt, &x[i], person[i]) == -1)
				return -1;
	}
	l->n = 0;
	l->ids_len = 0;
	return 0;
}

static int
xlist_add(struct xlist *l, const struct xrec *x, const char *person)
{
	/* ids are found by a 32-bit offset */
	if (l->ids_len + x->person_len > UINT32_MAX ||
	    hv_grow(&l->v, &l->cap, l->n + 1, sizeof(*l->v)) == -1 ||
	    hv_grow(&l->ids, &l->ids_cap, l->ids_len + x->person_len, 1) == -1)
		return -1;
	l->v[l->n] = *x;
	l->v[l->n].person_off = (uint32_t)l->ids_len;
	memcpy(l->ids + l->ids_len, person, x->person_len);
	l->ids_len += x->person_len;
	l->n++;
	return 0;
}

static void
xlists_free(struct xlist *l, size_t n)
{
	size_t i;

	for (i = 0; l != NULL && i < n; i++) {
		free(l[i].v);
		free(l[i].ids);
	}
	free(l);
}

/* The part of a person: the top bits of their hash (the map's slots use
 * the low ones). */
static size_t
part_of(const struct hv_iplos *ip, uint32_t hash)
{
	return (size_t)(((uint64_t)hash * ip->nparts) >> 32);
}

/* Parse n rows of block block into the lists of their parts (one list
 * per part).  -1 when out of memory. */
static int
parse_rows(struct hv_iplos *ip, const struct hv_row *rows, size_t n,
    size_t block, struct blocksum *bs, struct hv_map *cache,
    struct xlist *lists)
{
	const char *person;
	struct xrec x;
	size_t i;
	long d;

	for (i = 0; i < n; i++) {
		bs->rows++;
		if (parse_row(ip, bs, &rows[i], &x, &person) == -1) {
			bs->invalid++;
			continue;
		}
		if ((d = district_of(ip, cache, &rows[i])) < 0)
			return -1;
		/* strict: after an invalid row only look for more */
		if ((bs->invalid > 0 && !ip->o.skip_invalid) ||
		    !row_counts(ip, &x))
			continue;
		x.district = (uint32_t)d;
		x.hash = hv_map_hash(person, x.person_len);
		x.at = at_of(block, rows[i].line);
		x.fingerprint = ip->need_fp ? row_fingerprint(&rows[i]) : 0;
		if (xlist_add(&lists[part_of(ip, x.hash)], &x, person) == -1)
			return -1;
	}
	return 0;
}

/* Add what block b found (its lines numbered from 1, but the first
 * block's from the file's start) to the file's report. */
static void
merge_blocksum(struct hv_iplos *ip, const struct blocksum *bs, size_t b)
{
	const struct reason_count *from;
	struct reason_count *to;
	unsigned long base = ip->line_base[b];
	size_t r, j;

	ip->rows += bs->rows;
	ip->invalid += bs->invalid;
	for (r = 0; r < NREASONS; r++) {
		from = &bs->reasons[r];
		to = &ip->reasons[r];
		for (j = 0; j < from->count && to->count + j < FIRST_LINES; j++)
			to->lines[to->count + j] = base + from->lines[j];
		if (to->count == 0 && from->count > 0)
			memcpy(to->example, from->example, sizeof(to->example));
		to->count += from->count;
	}
	ip->line_base[b + 1] = base + bs->line_end - 1;
}

/* One thread, the parts in turn after each few batches. */
static int
read_sequential(struct hv_iplos *ip, struct hv_reader *r, struct hv_err *e)
{
	struct hv_row rows[BATCH];
	struct blocksum *bs;
	struct xlist *lists;
	struct hv_map *cache;
	size_t k, waiting;
	long got = 1;
	int rc = -1;

	bs = calloc(1, sizeof(*bs));
	lists = calloc(ip->nparts, sizeof(*lists));
	cache = hv_map_new();
	if (bs == NULL || lists == NULL || cache == NULL)
		goto oom;
	while (got > 0) {
		for (waiting = 0; waiting < 4 * BATCH &&
		    (got = hv_reader_batch(r, rows, BATCH, e)) > 0;
		    waiting += (size_t)got)
			if (parse_rows(ip, rows, (size_t)got, 0, bs, cache,
			    lists) == -1)
				goto oom;
		for (k = 0; k < ip->nparts; k++)
			if (count_list(ip, &ip->part[k], &lists[k]) == -1)
				goto oom;
	}
	if (got == 0) {
		bs->line_end = hv_reader_line(r);
		merge_blocksum(ip, bs, 0);
		rc = 0;
	}
	goto done;
oom:
	hv_err_nomem(e);
done:
	free(bs);
	xlists_free(lists, ip->nparts);
	hv_map_free(cache);
	return rc;
}

/*
 * Threads.  Of n threads, thread t counts part t of every block of the
 * file, in the order of the file.  The blocks are read, in order, by
 * whichever thread has nothing to count: each row into the list of its
 * person's part.  So a thread on a slower processor reads fewer blocks.
 * A block waits in a slot until every part has counted it; with 2n slots
 * the reading runs ahead of the counting.  Thread 0 also adds up each
 * block's report, in order, so that line numbers are the file's.
 */
struct slot {
	long		 block;		/* -1: free */
	int		 ready;		/* read */
	size_t		 counted;	/* parts that have counted it */
	struct xlist	*lists;		/* one per part */
	struct blocksum	 sum;
};

struct run {
	struct hv_iplos	*ip;
	struct hv_reader *r;		/* reads block 0 */
	const long long	*starts;
	size_t		 nblocks;
	size_t		 next_read;	/* the next block to read */
	struct slot	*slot;
	size_t		 nslots;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
	int		 stop;
	struct hv_err	 err;		/* why it stopped */
};

struct worker {
	struct run	*run;
	size_t		 id;
	struct hv_map	*cache;		/* districts met */
	pthread_t	 thread;
};

static void
stop_run(struct run *run, const struct hv_err *e)
{
	pthread_mutex_lock(&run->lock);
	if (!run->stop) {
		run->stop = 1;
		run->err = *e;
	}
	pthread_cond_broadcast(&run->changed);
	pthread_mutex_unlock(&run->lock);
}

/* Read block b into its slot, taken for it: 0, or -1 when the run
 * stops. */
static int
read_block(struct worker *w, size_t b)
{
	struct run *run = w->run;
	struct slot *s = &run->slot[b % run->nslots];
	struct hv_row rows[BATCH];
	struct hv_reader *r;
	struct hv_err e;
	long got;
	int stop;

	memset(&s->sum, 0, sizeof(s->sum));
	r = b == 0 ? run->r : hv_reader_open_block(run->r, run->starts[b],
	    run->starts[b + 1], 1, &s->sum.err);
	if (r == NULL) {
		s->sum.failed = 1;
	} else {
		while ((got = hv_reader_batch(r, rows, BATCH, &s->sum.err)) >
		    0) {
			if (parse_rows(run->ip, rows, (size_t)got, b, &s->sum,
			    w->cache, s->lists) == -1) {
				hv_err_nomem(&e);
				stop_run(run, &e);
				break;
			}
		}
		s->sum.failed = got == -1;
		s->sum.line_end = hv_reader_line(r);
		if (b > 0)
			hv_reader_close(r);
	}
	pthread_mutex_lock(&run->lock);
	s->ready = 1;
	stop = run->stop;
	pthread_cond_broadcast(&run->changed);
	pthread_mutex_unlock(&run->lock);
	return stop ? -1 : 0;
}

/* Thread 0, in the order of the blocks: add block b's report, or stop on
 * its error, read again from the block's start with the file's line
 * numbers, so that the message is the one a single reader gives. */
static int
merge_block(struct run *run, size_t b, struct blocksum *bs)
{
	struct hv_iplos *ip = run->ip;
	struct hv_row rows[BATCH];
	struct hv_reader *r;
	struct hv_err e;

	if (!bs->failed) {
		merge_blocksum(ip, bs, b);
		return 0;
	}
	e = bs->err;
	if (b > 0 && (r = hv_reader_open_block(run->r, run->starts[b],
	    run->starts[b + 1], ip->line_base[b] + 1, &e)) != NULL) {
		while (hv_reader_batch(r, rows, BATCH, &e) > 0)
			;
		hv_reader_close(r);
	}
	stop_run(run, &e);
	return -1;
}

/* Count part w->id of block b, read: 0, or -1 when the run stops. */
static int
count_block(struct worker *w, size_t b)
{
	struct run *run = w->run;
	struct slot *s = &run->slot[b % run->nslots];
	struct hv_err e;

	if (w->id == 0 && merge_block(run, b, &s->sum) == -1)
		return -1;
	if (count_list(run->ip, &run->ip->part[w->id], &s->lists[w->id]) ==
	    -1) {
		hv_err_nomem(&e);
		stop_run(run, &e);
		return -1;
	}
	pthread_mutex_lock(&run->lock);
	if (++s->counted == run->ip->nparts) {
		s->block = -1;
		s->counted = 0;
		pthread_cond_broadcast(&run->changed);
	}
	pthread_mutex_unlock(&run->lock);
	return 0;
}

/*
 * A thread's work: count the next block when it is read, or else read the
 * next block to read when its slot is free, or else wait.  All wait only
 * if every block taken is read and counted by all, when the slot of the
 * next is free: so they never all wait.
 */
static void *
work(void *arg)
{
	struct worker *w = arg;
	struct run *run = w->run;
	struct slot *s;
	size_t b, next = 0;	/* the next block to count */
	int count, rc;

	while (next < run->nblocks) {
		pthread_mutex_lock(&run->lock);
		for (;;) {
			if (run->stop) {
				pthread_mutex_unlock(&run->lock);
				return NULL;
			}
			s = &run->slot[next % run->nslots];
			if ((count = s->block == (long)next && s->ready))
				break;
			b = run->next_read;
			s = &run->slot[b % run->nslots];
			if (b < run->nblocks && s->block == -1) {
				s->block = (long)b;
				s->ready = 0;
				run->next_read++;
				break;
			}
			pthread_cond_wait(&run->changed, &run->lock);
		}
		pthread_mutex_unlock(&run->lock);
		if (count)
			rc = count_block(w, next++);
		else
			rc = read_block(w, b);
		if (rc == -1)
			return NULL;
	}
	return NULL;
}

static int
read_parallel(struct hv_iplos *ip, struct hv_reader *r,
    const long long *starts, size_t nblocks, struct hv_err *e)
{
	struct worker *w;
	struct run run;
	struct hv_err err;
	size_t i, started = 1;
	int rc = -1;

	memset(&run, 0, sizeof(run));
	run.ip = ip;
	run.r = r;
	run.starts = starts;
	run.nblocks = nblocks;
	run.nslots = 2 * ip->nparts;
	pthread_mutex_init(&run.lock, NULL);
	pthread_cond_init(&run.changed, NULL);
	run.slot = calloc(run.nslots, sizeof(*run.slot));
	w = calloc(ip->nparts, sizeof(*w));
	if (run.slot == NULL || w == NULL)
		goto oom;
	for (i = 0; i < run.nslots; i++) {
		run.slot[i].block = -1;
		if ((run.slot[i].lists = calloc(ip->nparts,
		    sizeof(struct xlist))) == NULL)
			goto oom;
	}
	for (i = 0; i < ip->nparts; i++) {
		w[i].run = &run;
		w[i].id = i;
		if ((w[i].cache = hv_map_new()) == NULL)
			goto oom;
	}
	/* the calling thread is worker 0 */
	for (; started < ip->nparts; started++) {
		if (pthread_create(&w[started].thread, NULL, work,
		    &w[started]) != 0) {
			hv_err_set(&err, "cannot start a thread");
			stop_run(&run, &err);
			break;
		}
	}
	work(&w[0]);
	for (i = 1; i < started; i++)
		pthread_join(w[i].thread, NULL);
	if (run.stop)
		*e = run.err;
	else
		rc = 0;
	goto done;
oom:
	hv_err_nomem(e);
done:
	for (i = 0; run.slot != NULL && i < run.nslots; i++)
		xlists_free(run.slot[i].lists, ip->nparts);
	free(run.slot);
	for (i = 0; w != NULL && i < ip->nparts; i++)
		hv_map_free(w[i].cache);
	free(w);
	pthread_cond_destroy(&run.changed);
	pthread_mutex_destroy(&run.lock);
	return rc;
}

/* --- reading and reporting -------------------------------------------- */

/* "4, 9, 12" (and ", ..." when there are more) */
static void
line_list(const unsigned long *lines, unsigned long count, char *buf,
    size_t sz)
{
	size_t n = 0, i;

	buf[0] = '\0';
	for (i = 0; i < count && i < FIRST_LINES; i++)
		n += (size_t)snprintf(buf + n, sz - n, "%s%lu", i > 0 ? ", " :
		    "", lines[i]);
	if (count > FIRST_LINES && n < sz)
		snprintf(buf + n, sz - n, ", ...");
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static unsigned long
disagreeing(const struct hv_iplos *ip)
{
	unsigned long n = 0;
	size_t k;

	for (k = 0; k < ip->nparts; k++)
		n += ip->part[k].ndisagree;
	return n;
}

/* The repeated rows of all parts: how many, and the first lines. */
static unsigned long
repeat_lines(const struct hv_iplos *ip, unsigned long *lines)
{
	uint64_t at[FIRST_LINES * HV_IPLOS_MAX_THREADS];
	unsigned long count = 0;
	size_t k, j, n = 0;

	for (k = 0; k < ip->nparts; k++) {
		count += ip->part[k].repeats;
		for (j = 0; j < ip->part[k].repeats && j < FIRST_LINES; j++)
			at[n++] = ip->part[k].repeat_at[j];
	}
	qsort(at, n, sizeof(*at), cmp_u64);
	for (j = 0; j < n && j < FIRST_LINES; j++)
		lines[j] = ip->line_base[at[j] >> LINE_BITS] +
		    (unsigned long)(at[j] & (((uint64_t)1 << LINE_BITS) - 1));
	return count;
}

static int
report_file(struct hv_iplos *ip, unsigned long disagree_before)
{
	struct reason_count *rc;
	unsigned long rlines[FIRST_LINES], repeats, ndisagree;
	char lines[128];
	int r;

	for (r = 0; r < NREASONS; r++) {
		rc = &ip->reasons[r];
		if (rc->count == 0)
			continue;
		line_list(rc->lines, rc->count, lines, sizeof(lines));
		if (hv_notes_add(&ip->report, "%s: %s%s%s%s: %lu row%s (line%s %s)", ip->file,
		    reason_text[r], rc->example[0] != '\0' ? " (first: '" : "",
		    rc->example, rc->example[0] != '\0' ? "')" : "", rc->count,
		    rc->count == 1 ? "" : "s", rc->count == 1 ? "" : "s",
		    lines) == -1)
			return -1;
	}
	if ((repeats = repeat_lines(ip, rlines)) > 0) {
		line_list(rlines, repeats, lines, sizeof(lines));
		if (hv_notes_add(&ip->report, "%s: %lu row%s repeat%s an earlier row exactly "
		    "(line%s %s): hours and waiting times counted once",
		    ip->file, repeats, repeats == 1 ? "" : "s",
		    repeats == 1 ? "s" : "", repeats == 1 ? "" : "s",
		    lines) == -1)
			return -1;
	}
	ndisagree = disagreeing(ip) - disagree_before;
	if (ndisagree > 0 &&
	    hv_notes_add(&ip->report, "%s: %lu person%s with rows that disagree on "
	    "birth_year or sex: the first row's values are used", ip->file,
	    ndisagree, ndisagree == 1 ? "" : "s") == -1)
		return -1;
	if (ip->skipped > 0 && hv_notes_add(&ip->report, "%s: skipped %lu invalid row%s of "
	    "%lu", ip->file, ip->skipped, ip->skipped == 1 ? "" : "s",
	    ip->rows) == -1)
		return -1;
	return 0;
}

void
hv_iplos_reader_opts(const struct hv_iplos *ip, struct hv_reader_opts *in)
{
	size_t block = ip->o.block_size > 0 ? ip->o.block_size :
	    HV_IPLOS_BLOCK_SIZE;
	size_t chunk = in->chunk > 0 ? in->chunk : HV_READER_CHUNK;

	if (ip->nparts > 1 && block < chunk)
		in->chunk = block;
}

int
hv_iplos_add(struct hv_iplos *ip, struct hv_reader *r, struct hv_err *e)
{
	unsigned long disagree_before = disagreeing(ip);
	long long *starts = NULL;
	long nblocks = 1;
	size_t k;
	int rc;

	ip->file = hv_reader_name(r);
	memset(ip->reasons, 0, sizeof(ip->reasons));
	ip->rows = ip->invalid = ip->skipped = 0;
	for (k = 0; k < ip->nparts; k++)
		ip->part[k].repeats = 0;
	if (find_columns(ip, r, e) == -1)
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
		rc = read_parallel(ip, r, starts, (size_t)nblocks, e);
	else
		rc = read_sequential(ip, r, e);
	free(starts);
	if (rc == -1)
		return -1;
	if (ip->o.skip_invalid)
		ip->skipped = ip->invalid;
	if (report_file(ip, disagree_before) == -1)
		return hv_err_nomem(e);
	if (ip->invalid > 0 && !ip->o.skip_invalid)
		return hv_err_at(e, ip->file, 0, "%lu invalid row%s of %lu: "
		    "nothing written (--skip-invalid leaves them out)",
		    ip->invalid, ip->invalid == 1 ? "" : "s", ip->rows);
	return 0;
}

size_t
hv_iplos_nreport(const struct hv_iplos *ip)
{
	return ip->report.n;
}

const char *
hv_iplos_report(const struct hv_iplos *ip, size_t i)
{
	return ip->report.line[i];
}

/* --- the result ------------------------------------------------------- */

static int
cmp_stay(const void *a, const void *b)
{
	const struct stay *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Add the days of the merged stay [s, e) of person p in unit u. */
static int
add_days(const struct hv_iplos *ip, struct part *pt, size_t u, size_t p,
    long s, long e, unsigned char *counted)
{
	const struct hv_iplos_window *w;
	struct cell *c;
	long a, b;
	size_t k;

	for (k = 0; k < ip->nwin; k++) {
		w = &ip->o.windows[k];
		a = s > w->first ? s : w->first;
		b = e < w->last + 1 ? e : w->last + 1;
		if (b <= a)
			continue;
		if ((c = cell_of(ip, pt, u, k, p)) == NULL)
			return -1;
		c->bed_days += (double)(b - a);
		if (!counted[k]) {
			counted[k] = 1;
			c->bed_persons++;
		}
	}
	return 0;
}

/* Merge each person's overlapping stays per unit, then count the days. */
static int
count_bed_days(const struct hv_iplos *ip, struct part *pt)
{
	unsigned char *counted;
	struct stay *st, *end;
	long s, e;

	if (pt->nstays == 0)
		return 0;
	if ((counted = calloc(ip->nwin, 1)) == NULL)
		return -1;
	qsort(pt->stays, pt->nstays, sizeof(*pt->stays), cmp_stay);
	st = pt->stays;
	end = st + pt->nstays;
	while (st < end) {
		struct stay *first = st;

		memset(counted, 0, ip->nwin);
		while (st < end && st->unit == first->unit &&
		    st->person == first->person) {
			s = st->start;
			e = st->end;
			for (st++; st < end && st->unit == first->unit &&
			    st->person == first->person && st->start <= e; st++)
				if (st->end > e)
					e = st->end;
			if (add_days(ip, pt, first->unit, first->person, s,
			    e, counted) == -1) {
				free(counted);
				return -1;
			}
		}
	}
	free(counted);
	return 0;
}

/* What one output measure reads from a cell. */
enum outm {
	O_RECIPIENTS, O_BED_DAYS, O_HOURS, O_USERS, O_WAITING, O_WAIT_N,
	O_WAIT_MEAN, O_WAIT_MEDIAN, O_WAIT_P90, O_WAIT_MAX, O_BEFORE, NOUTM
};

static const struct {
	const char	*name;
	int		 measure;	/* enum hv_iplos_measure */
	int		 additive;	/* the secondary rule applies */
	int		 stat;		/* computed from the waiting days */
} outm[NOUTM] = {
	{ "recipients",			HV_IPLOS_RECIPIENTS,	1, 0 },
	{ "bed-days",			HV_IPLOS_BED_DAYS,	1, 0 },
	{ "hours",			HV_IPLOS_HOURS,		1, 0 },
	{ "users",			HV_IPLOS_USERS,		1, 0 },
	{ "waiting",			HV_IPLOS_WAITING,	1, 0 },
	{ "waiting-days-n",		HV_IPLOS_WAITING_DAYS,	1, 0 },
	{ "waiting-days-mean",		HV_IPLOS_WAITING_DAYS,	0, 1 },
	{ "waiting-days-median",	HV_IPLOS_WAITING_DAYS,	0, 1 },
	{ "waiting-days-p90",		HV_IPLOS_WAITING_DAYS,	0, 1 },
	{ "waiting-days-max",		HV_IPLOS_WAITING_DAYS,	0, 1 },
	{ "started-before-decision",	HV_IPLOS_WAITING_DAYS,	1, 0 },
};

/* The value of a cell for measure m, and the persons behind it. */
static double
cell_value(const struct cell *c, enum outm m, unsigned long *persons)
{
	switch (m) {
	case O_RECIPIENTS:
		*persons = c->recipients;
		return c->recipients;
	case O_BED_DAYS:
		*persons = c->bed_persons;
		return c->bed_days;
	case O_HOURS:
		*persons = c->users;
		return (double)c->hours / MICRO;
	case O_USERS:
		*persons = c->users;
		return c->users;
	case O_WAITING:
		*persons = c->waiting;
		return c->waiting;
	case O_WAIT_N:
		*persons = c->wait_persons;
		return (double)c->waits.n;
	case O_BEFORE:
		*persons = c->before;
		return c->before;
	default:
		*persons = c->wait_persons;
		return 0;
	}
}

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/* Mean, median (the mean of the middle two for an even count), 90th
 * percentile (nearest rank: the ceil(0.9 n)-th smallest) and maximum. */
static double
stat_of(struct ivec *v, enum outm m)
{
	double sum = 0;
	size_t i, rank;

	qsort(v->v, v->n, sizeof(int), cmp_int);
	switch (m) {
	case O_WAIT_MEAN:
		for (i = 0; i < v->n; i++)
			sum += v->v[i];
		return sum / (double)v->n;
	case O_WAIT_MEDIAN:
		if (v->n % 2 == 1)
			return v->v[v->n / 2];
		return (v->v[v->n / 2 - 1] + v->v[v->n / 2]) / 2.0;
	case O_WAIT_P90:
		rank = (v->n * 9 + 9) / 10;	/* ceil(0.9 n) */
		return v->v[rank - 1];
	default:
		return v->v[v->n - 1];
	}
}

/* The breakdown dimensions in use: their sizes and labels. */
struct dims {
	size_t		 n;
	size_t		 size[3];
	int		 which[3];	/* HV_IPLOS_BY_* */
};

static const char *age_labels[] = { "0-66", "67-79", "80-89", "90+" };
static const char *sex_labels[] = { "mann", "kvinne", "uoppgitt" };

static int
sex_unknown(const struct hv_iplos *ip)
{
	size_t k;

	for (k = 0; k < ip->nparts; k++)
		if (ip->part[k].sex_unknown)
			return 1;
	return 0;
}

/* Add the cells of the other parts to part 0's. */
static int
merge_parts(struct hv_iplos *ip)
{
	struct part *to = &ip->part[0], *from;
	struct cell *a, *b;
	size_t k, d, i, j, n;
	struct cell **c;

	for (k = 1; k < ip->nparts; k++) {
		from = &ip->part[k];
		if (from->ncells > to->ncells) {
			if ((c = realloc(to->cells, from->ncells *
			    sizeof(*c))) == NULL)
				return -1;
			for (d = to->ncells; d < from->ncells; d++)
				c[d] = NULL;
			to->cells = c;
			to->ncells = from->ncells;
		}
		for (d = 0; d < from->ncells; d++) {
			if (from->cells[d] == NULL)
				continue;
			if (to->cells[d] == NULL) {
				to->cells[d] = from->cells[d];
				from->cells[d] = NULL;
				continue;
			}
			n = ip->district_cells;
			for (i = 0; i < n; i++) {
				a = &to->cells[d][i];
				b = &from->cells[d][i];
				a->recipients += b->recipients;
				a->users += b->users;
				a->waiting += b->waiting;
				a->bed_persons += b->bed_persons;
				a->wait_persons += b->wait_persons;
				a->before += b->before;
				a->hours += b->hours;
				a->bed_days += b->bed_days;
				for (j = 0; j < b->waits.n; j++)
					if (ivec_push(&a->waits,
					    b->waits.v[j]) == -1)
						return -1;
			}
		}
	}
	return 0;
}

static void
make_dims(const struct hv_iplos *ip, struct dims *d)
{
	d->n = 0;
	if (ip->o.by & HV_IPLOS_BY_AGE) {
		d->which[d->n] = HV_IPLOS_BY_AGE;
		d->size[d->n++] = 4;
	}
	if (ip->o.by & HV_IPLOS_BY_SEX) {
		d->which[d->n] = HV_IPLOS_BY_SEX;
		d->size[d->n++] = sex_unknown(ip) ? 3 : 2;
	}
	if (ip->o.by & HV_IPLOS_BY_DISTRICT) {
		d->which[d->n] = HV_IPLOS_BY_DISTRICT;
		d->size[d->n++] = ip->ndistricts;
	}
}

static const char *
dim_label(const struct hv_iplos *ip, const struct dims *d, size_t k,
    size_t i)
{
	if (i == d->size[k])
		return "I alt";
	switch (d->which[k]) {
	case HV_IPLOS_BY_AGE:
		return age_labels[i];
	case HV_IPLOS_BY_SEX:
		return sex_labels[i];
	default:
		return ip->district_names[ip->district_by_rank[i]];
	}
}

static const char *const *sort_names;

static int
cmp_district(const void *a, const void *b)
{
	return strcmp(sort_names[*(const size_t *)a],
	    sort_names[*(const size_t *)b]);
}

/* Districts are written in the order of their names. */
static int
rank_districts(struct hv_iplos *ip)
{
	size_t i;

	ip->district_rank = calloc(ip->ndistricts + 1, sizeof(size_t));
	ip->district_by_rank = calloc(ip->ndistricts + 1, sizeof(size_t));
	if (ip->district_rank == NULL || ip->district_by_rank == NULL)
		return -1;
	for (i = 0; i < ip->ndistricts; i++)
		ip->district_by_rank[i] = i;
	sort_names = (const char *const *)ip->district_names;
	qsort(ip->district_by_rank, ip->ndistricts, sizeof(size_t),
	    cmp_district);
	for (i = 0; i < ip->ndistricts; i++)
		ip->district_rank[ip->district_by_rank[i]] = i;
	return 0;
}

/*
 * Fill cube (and, for the statistics, one vector per cube cell) with
 * measure m of unit u, window w: every cell adds to its own place and to
 * every total above it.
 */
static int
fill_cube(struct hv_iplos *ip, const struct dims *d, size_t u, size_t w,
    enum outm m, struct hv_cube *cube, struct ivec *vecs)
{
	size_t coord[3], at[3], blk, a, s, k, mask, i, j;
	const struct cell *c;
	unsigned long persons;
	double v;

	for (blk = 0; blk < ip->part[0].ncells; blk++) {
		if (ip->part[0].cells[blk] == NULL)
			continue;
		for (a = 0; a < ip->nage; a++) {
			for (s = 0; s < ip->nsex; s++) {
				c = &ip->part[0].cells[blk][((u * ip->nwin + w) *
				    ip->nage + a) * ip->nsex + s];
				v = cell_value(c, m, &persons);
				for (k = 0; k < d->n; k++)
					coord[k] = d->which[k] ==
					    HV_IPLOS_BY_AGE ? a : d->which[k] ==
					    HV_IPLOS_BY_SEX ? s :
					    ip->district_rank[blk];
				for (mask = 0; mask < ((size_t)1 << d->n);
				    mask++) {
					for (k = 0; k < d->n; k++)
						at[k] = mask & ((size_t)1 << k) ?
						    d->size[k] : coord[k];
					i = hv_cube_index(cube, at);
					cube->value[i] += v;
					cube->persons[i] += persons;
					for (j = 0; vecs != NULL &&
					    j < c->waits.n; j++)
						if (ivec_push(&vecs[i],
						    c->waits.v[j]) == -1)
							return -1;
				}
			}
		}
	}
	return 0;
}

static int
emit(struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    size_t u, enum outm m, size_t w, const struct hv_cube *cube,
    size_t cell, const size_t *coord, int has_value)
{
	long r;
	size_t k, col = 0;

	if ((r = hv_table_add_row(t)) == -1 ||
	    hv_table_set_text(t, (size_t)r, col++, unit_name(ip, u)) == -1)
		return -1;
	for (k = 0; k < d->n; k++)
		if (hv_table_set_text(t, (size_t)r, col++, dim_label(ip, d, k,
		    coord[k])) == -1)
			return -1;
	if (hv_table_set_text(t, (size_t)r, col++, outm[m].name) == -1 ||
	    hv_table_set_text(t, (size_t)r, col++,
	    ip->o.windows[w].label) == -1)
		return -1;
	if (cube->suppressed[cell])
		return hv_table_set_text(t, (size_t)r, col + 1, ":");
	if (has_value)
		hv_table_set_num(t, (size_t)r, col, cube->value[cell]);
	return 0;
}

/* Measure m of unit u in window w, totals filled and suppressed. */
static int
make_cube(struct hv_iplos *ip, const struct dims *d, size_t u, size_t w,
    enum outm m, struct hv_cube *cube)
{
	struct ivec *vecs = NULL;
	size_t i;
	int rc = -1;

	if (hv_cube_init(cube, d->n, d->size) == -1)
		return -1;
	if (outm[m].stat && (vecs = calloc(cube->ncells, sizeof(*vecs))) ==
	    NULL)
		return -1;
	if (fill_cube(ip, d, u, w, m, cube, vecs) == -1)
		goto done;
	for (i = 0; vecs != NULL && i < cube->ncells; i++)
		cube->value[i] = vecs[i].n > 0 ? stat_of(&vecs[i], m) : NAN;
	if (ip->o.suppress > 0)
		hv_suppress(cube, ip->o.suppress, outm[m].additive);
	rc = 0;
done:
	for (i = 0; vecs != NULL && i < cube->ncells; i++)
		free(vecs[i].v);
	free(vecs);
	return rc;
}

/* The rows of unit u: every group and total, then measure, then window. */
static int
emit_unit(struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    size_t u)
{
	struct hv_cube *cubes;
	size_t coord[3], cell, w, i, k, r, ncells = 1;
	int m, rc = -1;

	for (k = 0; k < d->n; k++)
		ncells *= d->size[k] + 1;
	if ((cubes = calloc(ip->nwin * NOUTM, sizeof(*cubes))) == NULL)
		return -1;
	for (w = 0; w < ip->nwin; w++) {
		struct hv_cube *c = &cubes[w * NOUTM];

		for (m = 0; m < NOUTM; m++)
			if ((ip->o.measures & (1u << outm[m].measure)) &&
			    make_cube(ip, d, u, w, (enum outm)m, &c[m]) == -1)
				goto done;
		/* a statistic of a suppressed count is suppressed too */
		for (m = O_WAIT_MEAN; c[O_WAIT_N].ncells > 0 &&
		    m <= O_WAIT_MAX; m++)
			for (i = 0; i < ncells; i++)
				c[m].suppressed[i] |= c[O_WAIT_N].suppressed[i];
	}
	for (cell = 0; cell < ncells; cell++) {
		/* the coordinates of cell, row-major */
		for (r = cell, k = d->n; k-- > 0;) {
			coord[k] = r % (d->size[k] + 1);
			r /= d->size[k] + 1;
		}
		for (m = 0; m < NOUTM; m++) {
			for (w = 0; w < ip->nwin; w++) {
				struct hv_cube *c = &cubes[w * NOUTM + m];

				if (c->ncells == 0)
					continue;
				if (emit(ip, t, d, u, (enum outm)m, w, c, cell,
				    coord, !isnan(c->value[cell])) == -1)
					goto done;
			}
		}
	}
	rc = 0;
done:
	for (i = 0; i < ip->nwin * NOUTM; i++)
		hv_cube_free(&cubes[i]);
	free(cubes);
	return rc;
}

struct hv_table *
hv_iplos_table(struct hv_iplos *ip, struct hv_err *e)
{
	const char *keys[6];
	struct hv_table *t;
	struct dims d;
	size_t nk = 0, i;

	for (i = 0; i < ip->nparts; i++)
		if (count_bed_days(ip, &ip->part[i]) == -1)
			goto oom_early;
	if (merge_parts(ip) == -1 || rank_districts(ip) == -1)
		goto oom_early;
	make_dims(ip, &d);
	keys[nk++] = ip->o.by & HV_IPLOS_BY_SERVICE ? "service" : "category";
	for (i = 0; i < d.n; i++)
		keys[nk++] = d.which[i] == HV_IPLOS_BY_AGE ? "age_group" :
		    d.which[i] == HV_IPLOS_BY_SEX ? "sex" : "district";
	keys[nk++] = "measure";
	if ((t = hv_table_new()) == NULL ||
	    hv_table_add_tidy_cols(t, keys, nk, -1) == -1)
		goto oom;
	for (i = 0; i < ip->nout; i++)
		if (emit_unit(ip, t, &d, ip->out_order[i]) == -1)
			goto oom;
	return t;
oom:
	hv_table_free(t);
oom_early:
	hv_err_nomem(e);
	return NULL;
}
