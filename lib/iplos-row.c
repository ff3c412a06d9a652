/*
 * iplos-row.c: check a row of an extract and keep what counting needs.
 *
 * A row is valid when its person id is there, its birth year has four
 * digits (or is a date) and is not in the future, its sex, service,
 * dates and hours read; every reason it is not is counted with its line
 * (an hours value of 200 does not hide behind a bad sex), and the value
 * that is wrong kept for the report.  Every field of every row, valid or
 * not, is looked at for identity numbers.  A valid row that can count at
 * all goes, as a small struct xrec, to the list of its person's part.
 * Dates and numbers are read by period.c and num.c (their fast paths
 * first).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "iplos-int.h"
#include "num.h"
#include "period.h"

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

static void
count_reason(struct blocksum *bs, enum reason r, unsigned long line)
{
	struct reason_count *rc = &bs->reasons[r];

	if (rc->count < FIRST_LINES)
		rc->lines[rc->count] = line;
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

/* A row being checked: what is wrong with it is counted, every reason,
 * and the values that are wrong kept with the person who holds them. */
struct check {
	struct blocksum	*bs;
	const struct hv_row *row;
	const char	*person;
	size_t		 person_len;
	int		 bad;
};

static void
wrong(struct check *c, enum reason r)
{
	count_reason(c->bs, r, c->row->line);
	c->bad = 1;
}

/* Wrong for reason r, the value the len bytes at s. */
static void
wrong_value(struct check *c, enum reason r, const char *s, size_t len)
{
	wrong(c, r);
	hv_iplos_unknown_add(r == R_SERVICE ? &c->bs->unknown : &c->bs->bad,
	    r, s, len, hv_iplos_fnv(HV_IPLOS_FNV_START, c->person,
	    c->person_len, 0));
}

/* A date cell into *day (NO_DAY when empty, or when it is no date: then
 * its fault is counted, from reason first). */
static void
date_cell(struct check *c, int col, int32_t *day, enum reason first)
{
	const char *s;
	size_t len;
	long d;

	s = field(c->row, col, &len);
	*day = NO_DAY;
	if (len == 0)
		return;
	if (hv_day_parse(s, len, &d) == -1) {
		wrong_value(c, first + hv_date_fault(s, len) - 1, s, len);
		return;
	}
	*day = (int32_t)d;
}

/* The birth year: four digits, or a date (a fødselsdato column), of
 * which the year is kept.  0, or -1 when it is neither. */
static int
birth_year(const char *s, size_t len, int16_t *year)
{
	struct hv_period p;
	long d;

	if (len == 4 && all_digits(s, 4)) {
		*year = (int16_t)((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0'));
		return 0;
	}
	if (len < 8 || hv_day_parse(s, len, &d) == -1)
		return -1;
	p = hv_date_from_days(d);
	*year = (int16_t)p.year;
	return 0;
}

int
hv_iplos_row_cache_init(struct row_cache *c)
{
	c->districts = hv_map_new();
	c->services = hv_map_new();
	if (c->districts == NULL || c->services == NULL) {
		hv_iplos_row_cache_free(c);
		return -1;
	}
	return 0;
}

void
hv_iplos_row_cache_free(struct row_cache *c)
{
	hv_map_free(c->districts);
	hv_map_free(c->services);
	c->districts = c->services = NULL;
}

/* The map's entry of a service value, or -1; -2 when out of memory.
 * Codes of the map are found at once; another value is looked up in its
 * loose form, and what it gave kept in the reader's cache. */
static long
service_entry(const struct hv_iplos *ip, struct row_cache *cache,
    const char *s, size_t len)
{
	long e;

	if ((e = hv_catmap_exact(ip->map, s, len)) >= 0)
		return e;
	if ((e = hv_map_get(cache->services, s, len)) >= 0)
		return e - 1;
	e = hv_catmap_code(ip->map, s, len);
	if (hv_map_count(cache->services) < SERVICE_CACHE_MAX &&
	    hv_map_put(cache->services, s, len, e + 1) == -2)
		return -2;
	return e;
}

/* Parse and check a row into x, its person id into *person; returns 0,
 * or -1 after counting every reason it is invalid in bs; -2 when out of
 * memory. */
static int
parse_row(const struct hv_iplos *ip, struct blocksum *bs,
    struct row_cache *cache, const struct hv_row *row, struct xrec *x,
    const char **person)
{
	struct check c = { bs, row, NULL, 0, 0 };
	const char *s;
	const size_t *cats;
	size_t len, ncats;
	struct hv_num n;
	struct hv_err e;
	double hours;
	long entry;
	int given_start;

	x->repeat = -1;
	c.person = *person = field(row, ip->col[C_PERSON], &c.person_len);
	x->person_len = (uint32_t)c.person_len;
	if (c.person_len == 0 || c.person_len > UINT32_MAX)
		wrong(&c, R_PERSON);
	s = field(row, ip->col[C_BIRTH], &len);
	if (birth_year(s, len, &x->birth) == -1)
		wrong_value(&c, R_BIRTH, s, len);
	else if (x->birth > ip->o.this_year)
		wrong_value(&c, R_BIRTH_FUTURE, s, len);
	s = field(row, ip->col[C_SEX], &len);
	if (len == 0)
		x->sex = 2;
	else if (len == 1 ? (*s == '1' || *s == 'M' || *s == 'm') :
	    strcasecmp(s, "mann") == 0)
		x->sex = 0;
	else if (len == 1 ? (*s == '2' || *s == 'K' || *s == 'k') :
	    strcasecmp(s, "kvinne") == 0)
		x->sex = 1;
	else
		wrong_value(&c, R_SEX, s, len);
	s = field(row, ip->col[C_SERVICE], &len);
	if ((entry = service_entry(ip, cache, s, len)) < -1)
		return -2;
	if (entry < 0) {
		wrong_value(&c, R_SERVICE, s, len);
	} else {
		x->entry = (uint32_t)entry;
		x->service = (int16_t)hv_catmap_entry(ip->map, (size_t)entry,
		    &cats, &ncats);
	}
	date_cell(&c, ip->col[C_DECISION], &x->decision, R_DECISION);
	date_cell(&c, ip->col[C_START], &x->start, R_START);
	date_cell(&c, ip->col[C_END], &x->end, R_END);
	/* which dates are there, and their order when they read */
	field(row, ip->col[C_START], &len);
	given_start = len > 0;
	field(row, ip->col[C_DECISION], &len);
	if (!given_start && len == 0)
		wrong(&c, R_NO_START);
	field(row, ip->col[C_END], &len);
	if (!given_start && len > 0)
		wrong(&c, R_END_NO_START);
	if (x->end != NO_DAY && x->start != NO_DAY && x->end < x->start)
		wrong(&c, R_END_BEFORE);
	s = field(row, ip->col[C_HOURS], &len);
	x->has_hours = 0;
	x->hours = 0;
	if (len > 0) {
		if (!hv_num_simple(s, len, &hours)) {
			if (hv_num_parse(s, len, &n, &e) == -1 ||
			    (n.sym != HV_SYM_NONE && n.sym != HV_SYM_EMPTY)) {
				wrong_value(&c, R_HOURS, s, len);
				return -1;
			}
			if (n.sym == HV_SYM_EMPTY)
				return c.bad ? -1 : 0;
			hours = n.v;
		}
		if (hours < 0 || hours > 168) {
			wrong_value(&c, R_HOURS_RANGE, s, len);
		} else if (entry >= 0 && !hv_service_list()[x->service].hours) {
			/* a stay has no hours per week: said, not counted */
			if (hours > 0)
				count_reason(bs, R_HOURS_IGNORED, row->line);
		} else {
			x->hours = hours;
			x->has_hours = 1;
		}
	}
	return c.bad ? -1 : 0;
}

/* A fingerprint of a row's fields, with a separator between them. */
static uint64_t
row_fingerprint(const struct hv_row *row)
{
	uint64_t h = HV_IPLOS_FNV_START;
	size_t i;

	for (i = 0; i < row->n; i++)
		h = hv_iplos_fnv(h, row->field[i], row->len[i], 1);
	return h;
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

/* A district's index in ip, made when new; -1 when out of memory.
 * Call with the lock held. */
static long
district_put(struct hv_iplos *ip, const char *s, size_t len)
{
	long d;

	d = hv_map_put(ip->districts, s, len, (long)ip->ndistricts);
	if (d == -2)
		return -1;
	if ((size_t)d == ip->ndistricts) {
		if (hv_grow(&ip->district_names, &ip->district_names_cap,
		    ip->ndistricts + 1, sizeof(*ip->district_names)) == -1 ||
		    (ip->district_names[ip->ndistricts] = strndup(s, len)) ==
		    NULL)
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

void
hv_iplos_xlists_free(struct xlist *l, size_t n)
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

/* Count the fields of row that are, or might be, identity numbers, in
 * whatever column: a fødselsnummer has no place in an extract. */
static void
scan_identity(struct ident_scan *scan, const struct hv_row *row)
{
	size_t i, c;

	for (i = 0; i < row->n; i++) {
		if (!hv_ident_maybe(row->field[i], row->len[i]))
			continue;
		c = i < SCAN_COLS ? i : SCAN_COLS - 1;
		scan->maybe[c]++;
		if (hv_ident_kind(row->field[i], row->len[i]) != HV_IDENT_NONE)
			scan->national[c]++;
	}
}

/* Parse n rows of block block into the lists of their parts (one list
 * per part).  -1 when out of memory. */
int
hv_iplos_parse_rows(struct hv_iplos *ip, const struct hv_row *rows, size_t n,
    size_t block, struct blocksum *bs, struct row_cache *cache,
    struct xlist *lists)
{
	const char *person;
	struct xrec x;
	size_t i;
	long d;
	int rc;

	for (i = 0; i < n; i++) {
		bs->rows++;
		scan_identity(&bs->ident, &rows[i]);
		if ((rc = parse_row(ip, bs, cache, &rows[i], &x, &person)) ==
		    -2)
			return -1;
		if (rc == -1) {
			bs->invalid++;
			continue;
		}
		if ((d = district_of(ip, cache->districts, &rows[i])) < 0)
			return -1;
		/* past the last district a table is made of: counted
		 * nowhere, and hv_iplos_finish() refuses the run (so no
		 * cells are made for them, in whatever order the threads
		 * meet them) */
		if ((size_t)d >= HV_IPLOS_MAX_DISTRICTS)
			continue;
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
