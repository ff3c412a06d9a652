/*
 * iplos-count.c: count checked rows into a part: intern the person
 * (their birth year, sex and district are taken from their first row),
 * then for each unit (report category, or service with --by service) and
 * each window asked about, add to the cell of the person's group.
 * Distinct persons are counted with one bitset per unit and window.
 * Institution stays are kept, cut to the windows, and merged per person
 * and unit at the end, so that overlapping stays count each day once.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "iplos-int.h"
#include "mem.h"

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
	switch (hv_bits_set(&pt->disagree, (size_t)p)) {
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
	int g = AGE_GROUPS - 1;

	while (g > 0 && age < age_first[g])
		g--;
	return g;
}

/* Make the cells of district d. */
static int
district_cells(const struct hv_iplos *ip, struct part *pt, size_t d)
{
	if (d >= pt->ncells) {
		if (hv_grow(&pt->cells, &pt->cells_cap, d + 1,
		    sizeof(*pt->cells)) == -1)
			return -1;
		memset(pt->cells + pt->ncells, 0, (d + 1 - pt->ncells) *
		    sizeof(*pt->cells));
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
	if ((fresh = hv_fpset_add(&pt->fps, x->fingerprint)) == -1)
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
				if ((fresh = hv_bits_set(&pt->seen
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
				if ((fresh = hv_bits_set(&pt->seen[SEEN_USERS]
				    [u], bit)) == -1)
					return -1;
				c->users += (uint32_t)fresh;
			}
		}
		/* waiting on the date: decided, not started */
		if ((m & (1u << HV_IPLOS_WAITING)) && x->decision != NO_DAY &&
		    x->decision <= w->last && (x->start == NO_DAY ||
		    x->start > w->last)) {
			if ((fresh = hv_bits_set(&pt->seen[SEEN_WAITING][u],
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
				/* persons, not rows: five rows of one person
				 * are one person */
				if ((fresh = hv_bits_set(&pt->seen
				    [SEEN_BEFORE][u], bit)) == -1)
					return -1;
				c->before += (uint32_t)fresh;
				continue;
			}
			if (ivec_push(&c->waits, (int)(x->start -
			    x->decision)) == -1)
				return -1;
			if ((fresh = hv_bits_set(&pt->seen[SEEN_STARTED][u],
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
		    (word = hv_bits_word(&pt->seen[SEEN_RECIPIENTS]
		    [ip->unit_of_service[x->service]], bit)) != NULL)
			__builtin_prefetch(word);
		return;
	}
	ncats = cats_of(ip, x, &cats);
	for (i = 0; i < ncats; i++)
		if ((word = hv_bits_word(&pt->seen[SEEN_RECIPIENTS][cats[i]],
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

/*
 * Count the rows of list l in part pt, a batch at a time in three passes,
 * so that the cache misses of one row overlap those of the others: fetch
 * each person's map slot, then look the persons up and fetch their
 * attributes and bits, then check and count.  -1 when out of memory.
 */
int
hv_iplos_count_list(const struct hv_iplos *ip, struct part *pt, struct xlist *l)
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
int
hv_iplos_count_bed_days(const struct hv_iplos *ip, struct part *pt)
{
	unsigned char *counted;
	struct stay *st, *end;
	long s, e;

	if (pt->nstays == 0)
		return 0;
	if ((counted = calloc(ip->nwin, 1)) == NULL)
		return -1;
	hv_sort(pt->stays, pt->nstays, sizeof(*pt->stays), cmp_stay);
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

int
hv_iplos_part_init(const struct hv_iplos *ip, struct part *pt)
{
	size_t k;

	memset(pt, 0, sizeof(*pt));
	for (k = 0; k < NSEEN; k++)
		if ((pt->seen[k] = calloc(ip->nunits + 1,
		    sizeof(struct hv_bits))) == NULL)
			return -1;
	return (pt->persons = hv_map_new()) == NULL ? -1 : 0;
}

void
hv_iplos_part_free(const struct hv_iplos *ip, struct part *pt)
{
	size_t i, k;

	for (k = 0; k < NSEEN; k++) {
		for (i = 0; pt->seen[k] != NULL && i < ip->nunits; i++)
			hv_bits_free(&pt->seen[k][i]);
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
	hv_bits_free(&pt->disagree);
	free(pt->stays);
	hv_fpset_free(&pt->fps);
}
