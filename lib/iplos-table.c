/*
 * iplos-table.c: the result.  hv_iplos_finish() counts the bed-days and
 * adds the parts' cells up, once; hv_iplos_table() then makes, per unit,
 * window and measure, a cube of every group and total, suppresses it
 * (suppress.c) and writes its rows.  Nothing here changes the counts, so
 * the table can be asked for again.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "iplos-int.h"
#include "period.h"
#include "mem.h"
#include "suppress.h"

/* The output measures, in the order they are written: each one's word
 * (its name in the measure column, its Norwegian), what it reads. */
static const struct {
	struct hv_word	 word;
	int		 measure;	/* enum hv_iplos_measure */
	int		 stat;		/* computed from the waiting days */
} outm[NOUTM] = {
	{ { "recipients", "Mottakere", NULL, NULL },
	    HV_IPLOS_RECIPIENTS, 0 },
	{ { "bed-days", "Ligged\xC3\xB8gn", NULL, NULL },
	    HV_IPLOS_BED_DAYS, 0 },
	{ { "hours", "Timer pr uke", NULL, NULL },
	    HV_IPLOS_HOURS, 0 },
	{ { "users", "Brukere", NULL, NULL },
	    HV_IPLOS_USERS, 0 },
	{ { "waiting", "Venter", NULL, NULL },
	    HV_IPLOS_WAITING, 0 },
	{ { "waiting-days-n", "P\xC3\xA5" "begynt etter vedtak", NULL, NULL },
	    HV_IPLOS_WAITING_DAYS, 0 },
	{ { "waiting-days-mean", "Ventetid, snitt (dager)", NULL, NULL },
	    HV_IPLOS_WAITING_DAYS, 1 },
	{ { "waiting-days-median", "Ventetid, median (dager)", NULL, NULL },
	    HV_IPLOS_WAITING_DAYS, 1 },
	{ { "waiting-days-p90", "Ventetid, 90-persentil (dager)", NULL,
	    NULL }, HV_IPLOS_WAITING_DAYS, 1 },
	{ { "waiting-days-max", "Ventetid, lengste (dager)", NULL, NULL },
	    HV_IPLOS_WAITING_DAYS, 1 },
	{ { "started-before-decision", "Startet f\xC3\xB8r vedtak", NULL,
	    NULL }, HV_IPLOS_WAITING_DAYS, 0 },
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

	hv_sort(v->v, v->n, sizeof(int), cmp_int);
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

static const char *age_labels[AGE_GROUPS] = { "0-66", "67-79", "80-89",
    "90+" };
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

	for (k = 1; k < ip->nparts; k++) {
		from = &ip->part[k];
		if (from->ncells > to->ncells) {
			if (hv_grow(&to->cells, &to->cells_cap, from->ncells,
			    sizeof(*to->cells)) == -1)
				return -1;
			for (d = to->ncells; d < from->ncells; d++)
				to->cells[d] = NULL;
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

struct named {
	const char	*name;
	size_t		 i;
};

static int
cmp_named(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->name,
	    ((const struct named *)b)->name);
}

/* Districts are written in the order of their names. */
static int
rank_districts(struct hv_iplos *ip)
{
	struct named *by_name;
	size_t i;

	ip->district_rank = calloc(ip->ndistricts + 1, sizeof(size_t));
	ip->district_by_rank = calloc(ip->ndistricts + 1, sizeof(size_t));
	by_name = calloc(ip->ndistricts + 1, sizeof(*by_name));
	if (ip->district_rank == NULL || ip->district_by_rank == NULL ||
	    by_name == NULL) {
		free(by_name);
		return -1;
	}
	for (i = 0; i < ip->ndistricts; i++) {
		by_name[i].name = ip->district_names[i];
		by_name[i].i = i;
	}
	hv_sort(by_name, ip->ndistricts, sizeof(*by_name), cmp_named);
	for (i = 0; i < ip->ndistricts; i++) {
		ip->district_by_rank[i] = by_name[i].i;
		ip->district_rank[by_name[i].i] = i;
	}
	free(by_name);
	return 0;
}

/*
 * Districts are labels from the data, written as they are: refuse them
 * when they look like person ids (most persons alone in their district:
 * the person column, or another column of the person, mapped as
 * district) or are identity numbers.  A person belongs to the district of their first
 * row.
 */
static int
check_districts(const struct hv_iplos *ip, struct hv_err *e)
{
	unsigned long *persons, all = 0;
	size_t k, i, held = 0, single = 0;

	if (!(ip->o.by & HV_IPLOS_BY_DISTRICT))
		return 0;
	for (i = 0; i < ip->ndistricts; i++)
		if (hv_ident_kind(ip->district_names[i],
		    strlen(ip->district_names[i])) != HV_IDENT_NONE)
			return hv_err_set(e, "--by district: district labels "
			    "are f\xC3\xB8" "dselsnummer, D- or H-nummer "
			    "(national identity numbers): nothing written");
	if ((persons = calloc(ip->ndistricts + 1, sizeof(*persons))) == NULL)
		return hv_err_nomem(e);
	for (k = 0; k < ip->nparts; k++)
		for (i = 0; i < ip->part[k].npersons; i++)
			persons[ip->part[k].attr[i].district]++;
	for (i = 0; i < ip->ndistricts; i++) {
		held += persons[i] > 0;
		single += persons[i] == 1;
		all += persons[i];
	}
	free(persons);
	if (held >= 2 && 2 * single > all)
		return hv_err_set(e, "--by district: %zu of the %lu persons "
		    "are alone in their district: the district column looks "
		    "like an identifier, not a place (check --columns); "
		    "nothing written", single, all);
	return 0;
}

/* Add cell c, measure m, at coord to its place in the cube and to every
 * total above it (and its waiting days to their vectors). */
static int
add_to_cube(const struct dims *d, const size_t *coord, const struct cell *c,
    enum outm m, struct hv_cube *cube, struct ivec *vecs)
{
	size_t at[3], k, mask, i, j;
	unsigned long persons;
	double v = cell_value(c, m, &persons);

	/* bit k of mask: the total over dimension k instead of coord[k] */
	for (mask = 0; mask < ((size_t)1 << d->n); mask++) {
		for (k = 0; k < d->n; k++)
			at[k] = mask & ((size_t)1 << k) ? d->size[k] : coord[k];
		i = hv_cube_index(cube, at);
		cube->value[i] += v;
		cube->persons[i] += persons;
		for (j = 0; vecs != NULL && j < c->waits.n; j++)
			if (ivec_push(&vecs[i], c->waits.v[j]) == -1)
				return -1;
	}
	return 0;
}

/*
 * Fill cube (and, for the statistics, one vector per cube cell) with
 * measure m of unit u, window w: every cell adds to its own place and to
 * every total above it.
 */
static int
fill_cube(const struct hv_iplos *ip, const struct dims *d, size_t u, size_t w,
    enum outm m, struct hv_cube *cube, struct ivec *vecs)
{
	const struct cell *cells;
	size_t coord[3], blk, a, s, k;

	for (blk = 0; blk < ip->part[0].ncells; blk++) {
		if ((cells = ip->part[0].cells[blk]) == NULL)
			continue;
		cells += (u * ip->nwin + w) * ip->nage * ip->nsex;
		for (a = 0; a < ip->nage; a++) {
			for (s = 0; s < ip->nsex; s++) {
				for (k = 0; k < d->n; k++)
					coord[k] = d->which[k] ==
					    HV_IPLOS_BY_AGE ? a : d->which[k] ==
					    HV_IPLOS_BY_SEX ? s :
					    ip->district_rank[blk];
				if (add_to_cube(d, coord, &cells[a * ip->nsex +
				    s], m, cube, vecs) == -1)
					return -1;
			}
		}
	}
	return 0;
}

/* A row's keys and period: its index, the value's column in *col; -1
 * when out of memory. */
static long
row_keys(const struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    size_t u, const struct hv_word *word, const char *source, size_t w,
    const size_t *coord, size_t *col)
{
	long r;
	size_t k;

	*col = 0;
	if ((r = hv_table_add_row(t)) == -1 ||
	    hv_table_set_text(t, (size_t)r, (*col)++, hv_iplos_unit_name(ip,
	    u)) == -1)
		return -1;
	for (k = 0; k < d->n; k++)
		if (hv_table_set_text(t, (size_t)r, (*col)++, dim_label(ip, d,
		    k, coord[k])) == -1)
			return -1;
	if (hv_table_set_word(t, (size_t)r, (*col)++, word) == -1 ||
	    (ip->pop != NULL && hv_table_set_text(t, (size_t)r, (*col)++,
	    source) == -1) ||
	    hv_table_set_text(t, (size_t)r, (*col)++,
	    ip->o.windows[w].label) == -1)
		return -1;
	return r;
}

static const struct hv_word population_word = { "population", "Innbyggere",
    NULL, NULL };

/*
 * After a recipients cell: the inhabitants of its group and the
 * recipients per N of them.  The rate is suppressed with the count
 * (with the population published, it would give the count back); a
 * group with no population (sex uoppgitt) is ".", a year the file does
 * not have "..".
 */
static int
emit_rate(const struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    size_t u, size_t w, const struct hv_cube *cube, size_t cell,
    const size_t *coord)
{
	size_t a = AGE_GROUPS, s = 3, k, col, at;
	double per = ip->o.per > 0 ? (double)ip->o.per : 1000;
	char note[64];
	long r;
	int year = hv_date_from_days(ip->o.windows[w].first).year;

	for (k = 0; k < d->n; k++) {
		if (d->which[k] == HV_IPLOS_BY_AGE && coord[k] < d->size[k])
			a = coord[k];
		if (d->which[k] == HV_IPLOS_BY_SEX && coord[k] < d->size[k])
			s = coord[k];
	}
	at = pop_at(w, a, s);
	snprintf(note, sizeof(note), "population on 1 January %d", year);
	if ((r = row_keys(ip, t, d, u, &population_word,
	    hv_pop_source(ip->pop), w, coord, &col)) == -1)
		return -1;
	if (ip->pop_has[at] != POP_OK) {
		if (hv_table_set_text(t, (size_t)r, col + 1,
		    ip->pop_has[at] == POP_NONE ? "." : "..") == -1)
			return -1;
	} else {
		hv_table_set_num(t, (size_t)r, col, ip->pop_n[at]);
		if (hv_table_set_note(t, (size_t)r, col, note) == -1)
			return -1;
	}
	if ((r = row_keys(ip, t, d, u, &ip->rate_word, hv_pop_source(ip->pop),
	    w, coord, &col)) == -1)
		return -1;
	if (ip->pop_has[at] != POP_OK || ip->pop_n[at] <= 0)
		return hv_table_set_text(t, (size_t)r, col + 1,
		    ip->pop_has[at] == POP_NO_YEAR ? ".." : ".");
	if (cube->suppressed[cell])
		return hv_table_set_text(t, (size_t)r, col + 1, ":");
	hv_table_set_num(t, (size_t)r, col, cube->value[cell] /
	    ip->pop_n[at] * per);
	hv_table_set_fmt(t, (size_t)r, col, 1, 0);
	return 0;
}

static int
emit(const struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    size_t u, enum outm m, size_t w, const struct hv_cube *cube,
    size_t cell, const size_t *coord, int has_value)
{
	long r;
	size_t col;
	int rc;

	if ((r = row_keys(ip, t, d, u, &outm[m].word, NULL, w, coord,
	    &col)) == -1)
		return -1;
	/* bed-days of a unit with no stays, hours of one with no hours:
	 * not applicable, SSB's ".", not a count of 0 */
	if (((m == O_BED_DAYS) && !(ip->unit_has[u] & HV_UNIT_STAYS)) ||
	    ((m == O_HOURS || m == O_USERS) &&
	    !(ip->unit_has[u] & HV_UNIT_HOURS)))
		return hv_table_set_text(t, (size_t)r, col + 1, ".");
	if (cube->suppressed[cell])
		rc = hv_table_set_text(t, (size_t)r, col + 1, ":");
	else if ((rc = 0, has_value)) {
		hv_table_set_num(t, (size_t)r, col, cube->value[cell]);
		/* a mean of days is no count of them */
		if (m == O_WAIT_MEAN || m == O_WAIT_MEDIAN)
			hv_table_set_kind(t, (size_t)r, col, HV_KIND_RATE);
	}
	if (rc == 0 && m == O_RECIPIENTS && ip->pop != NULL)
		rc = emit_rate(ip, t, d, u, w, cube, cell, coord);
	return rc;
}

/* Measure m of unit u in window w, its totals filled. */
static int
make_cube(const struct hv_iplos *ip, const struct dims *d, size_t u, size_t w,
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
	rc = 0;
done:
	for (i = 0; vecs != NULL && i < cube->ncells; i++)
		free(vecs[i].v);
	free(vecs);
	return rc;
}

/* The rows of written unit o: every group and total, then measure, then
 * window. */
static int
emit_unit(const struct hv_iplos *ip, struct hv_table *t, const struct dims *d,
    struct hv_cube *cubes, size_t o)
{
	size_t coord[3], cell, w, k, r, ncells = 1;
	int m;

	for (k = 0; k < d->n; k++)
		ncells *= d->size[k] + 1;
	for (cell = 0; cell < ncells; cell++) {
		/* the coordinates of cell, row-major */
		for (r = cell, k = d->n; k-- > 0;) {
			coord[k] = r % (d->size[k] + 1);
			r /= d->size[k] + 1;
		}
		for (m = 0; m < NOUTM; m++) {
			for (w = 0; w < ip->nwin; w++) {
				struct hv_cube *c = &cubes[(o * ip->nwin + w) *
				    NOUTM + (size_t)m];

				if (c->ncells == 0)
					continue;
				if (emit(ip, t, d, ip->out_order[o],
				    (enum outm)m, w, c, cell, coord,
				    !isnan(c->value[cell])) == -1)
					return -1;
			}
		}
	}
	return 0;
}

/* The audit's lines: per window and measure, and per suppressed cell. */
static int
audit_lines(const struct hv_iplos *ip, const struct dims *d,
    struct hv_cube *cubes, size_t w, int m, const struct hv_audit *a,
    struct hv_notes *out)
{
	size_t coord[3], o, i, k, r;
	char where[256];
	const struct hv_cube *c;

	if (hv_notes_add(out, "audit: %s %s: %zu cells in %zu linked "
	    "system%s, %zu published, %zu suppressed by the threshold of %lu, "
	    "%zu more to protect them; suppressed cells a combination of "
	    "published cells gives: %zu", ip->o.windows[w].label,
	    outm[m].word.name, a->cells, a->systems, a->systems == 1 ? "" :
	    "s", a->cells - a->primary - a->secondary, a->primary,
	    ip->o.suppress, a->secondary, a->determined) == -1)
		return -1;
	for (o = 0; o < ip->nout; o++) {
		c = &cubes[(o * ip->nwin + w) * NOUTM + (size_t)m];
		for (i = 0; i < c->ncells; i++) {
			if (!c->suppressed[i])
				continue;
			snprintf(where, sizeof(where), "%s",
			    hv_iplos_unit_name(ip, ip->out_order[o]));
			for (r = i, k = d->n; k-- > 0;) {
				coord[k] = r % (d->size[k] + 1);
				r /= d->size[k] + 1;
			}
			for (k = 0; k < d->n; k++) {
				size_t n = strlen(where);

				snprintf(where + n, sizeof(where) - n, ", %s",
				    dim_label(ip, d, k, coord[k]));
			}
			if (hv_notes_add(out, "audit: %s, %s, %s: %s, %s",
			    where, outm[m].word.name, ip->o.windows[w].label,
			    c->suppressed[i] == 1 ? "below the threshold" :
			    "to protect others", c->determined[i] ?
			    "GIVEN BY A COMBINATION OF PUBLISHED CELLS" :
			    "given by no combination of published cells") ==
			    -1)
				return -1;
		}
	}
	return 0;
}

/* Suppress every count of window w, then what follows from them. */
static int
suppress_window(const struct hv_iplos *ip, const struct dims *d,
    struct hv_cube *cubes, size_t w, struct hv_notes *audit)
{
	struct hv_audit a;
	size_t o, i;
	int m, s;

	for (m = 0; m < NOUTM; m++) {
		if (outm[m].stat || cubes[w * NOUTM + (size_t)m].ncells == 0)
			continue;
		memset(&a, 0, sizeof(a));
		if (hv_iplos_suppress(ip, cubes, w, m, audit != NULL, &a) ==
		    -1 ||
		    (audit != NULL && audit_lines(ip, d, cubes, w, m, &a,
		    audit) == -1))
			return -1;
	}
	/* a statistic of a suppressed count is suppressed too */
	for (o = 0; o < ip->nout; o++) {
		struct hv_cube *c = &cubes[(o * ip->nwin + w) * NOUTM];

		for (s = O_WAIT_MEAN; c[O_WAIT_N].ncells > 0 &&
		    s <= O_WAIT_MAX; s++)
			for (i = 0; i < c[s].ncells; i++)
				c[s].suppressed[i] |= c[O_WAIT_N].suppressed[i];
	}
	return 0;
}

/*
 * More recipients than inhabitants in a group is no rate: the population
 * of another region or year, or birth years that are not.  Said per
 * cell (unit, group, period), never with the count (it may be
 * suppressed).
 */
static int
too_many(const struct hv_iplos *ip, const struct dims *d,
    const struct hv_cube *cubes, struct hv_notes *warnings)
{
	const struct hv_cube *c;
	size_t o, w, cell, k, r, a, s, ncells = 1, nsaid = 0, coord[3];
	char where[256];

	for (k = 0; k < d->n; k++)
		ncells *= d->size[k] + 1;
	for (o = 0; o < ip->nout; o++)
		for (w = 0; w < ip->nwin; w++) {
			c = &cubes[(o * ip->nwin + w) * NOUTM + O_RECIPIENTS];
			for (cell = 0; cell < ncells && cell < c->ncells;
			    cell++) {
				for (r = cell, k = d->n, a = AGE_GROUPS, s = 3;
				    k-- > 0;) {
					coord[k] = r % (d->size[k] + 1);
					r /= d->size[k] + 1;
				}
				for (k = 0; k < d->n; k++) {
					if (d->which[k] == HV_IPLOS_BY_AGE &&
					    coord[k] < d->size[k])
						a = coord[k];
					if (d->which[k] == HV_IPLOS_BY_SEX &&
					    coord[k] < d->size[k])
						s = coord[k];
				}
				k = pop_at(w, a, s);
				if (ip->pop_has[k] != POP_OK ||
				    c->value[cell] <= ip->pop_n[k])
					continue;
				if (nsaid++ >= 5)
					continue;
				snprintf(where, sizeof(where), "%s",
				    hv_iplos_unit_name(ip, ip->out_order[o]));
				for (k = 0; k < d->n; k++) {
					strncat(where, ", ", sizeof(where) -
					    strlen(where) - 1);
					strncat(where, dim_label(ip, d, k,
					    coord[k]), sizeof(where) -
					    strlen(where) - 1);
				}
				if (hv_notes_add(warnings, "%s: more recipients "
				    "than inhabitants in %s, %s: is it the "
				    "population of this municipality and "
				    "year?", ip->o.population, where,
				    ip->o.windows[w].label) == -1)
					return -1;
			}
		}
	if (nsaid > 5 && hv_notes_add(warnings, "%s: %zu more groups with "
	    "more recipients than inhabitants", ip->o.population,
	    nsaid - 5) == -1)
		return -1;
	return 0;
}

int
hv_iplos_finish(struct hv_iplos *ip, struct hv_err *e)
{
	size_t i;

	if (ip->finished)
		return 0;
	if ((ip->o.by & HV_IPLOS_BY_DISTRICT) &&
	    ip->ndistricts > HV_IPLOS_MAX_DISTRICTS)
		return hv_err_set(e, "--by district: %zu districts, more than "
		    "the %d a table is made of: the district column looks "
		    "like an identifier or an address, not a place (check "
		    "--columns); nothing written", ip->ndistricts,
		    HV_IPLOS_MAX_DISTRICTS);
	for (i = 0; i < ip->nparts; i++)
		if (hv_iplos_count_bed_days(ip, &ip->part[i]) == -1)
			return hv_err_nomem(e);
	if (merge_parts(ip) == -1 || rank_districts(ip) == -1)
		return hv_err_nomem(e);
	if (check_districts(ip, e) == -1)
		return -1;
	ip->finished = 1;
	return 0;
}

struct hv_table *
hv_iplos_table(const struct hv_iplos *ip, struct hv_notes *audit,
    struct hv_notes *warnings, struct hv_err *e)
{
	const char *keys[7];
	struct hv_table *t = NULL;
	struct hv_cube *cubes = NULL;
	struct dims d;
	size_t nk = 0, i, o, w, ncubes = ip->nout * ip->nwin * NOUTM;
	int m;

	if (!ip->finished) {
		hv_err_usage(e, "hv_iplos_table before hv_iplos_finish");
		return NULL;
	}
	make_dims(ip, &d);
	keys[nk++] = ip->o.by & HV_IPLOS_BY_SERVICE ? "service" : "category";
	for (i = 0; i < d.n; i++)
		keys[nk++] = d.which[i] == HV_IPLOS_BY_AGE ? "age_group" :
		    d.which[i] == HV_IPLOS_BY_SEX ? "sex" : "district";
	keys[nk++] = "measure";
	if (ip->pop != NULL)
		keys[nk++] = "source";
	if ((cubes = calloc(ncubes + 1, sizeof(*cubes))) == NULL)
		goto oom;
	/* every cube first: the cells of a window are suppressed together */
	for (o = 0; o < ip->nout; o++)
		for (w = 0; w < ip->nwin; w++)
			for (m = 0; m < NOUTM; m++)
				if ((ip->o.measures & (1u << outm[m].measure)) &&
				    make_cube(ip, &d, ip->out_order[o], w,
				    (enum outm)m, &cubes[(o * ip->nwin + w) *
				    NOUTM + (size_t)m]) == -1)
					goto oom;
	for (w = 0; ip->o.suppress > 0 && w < ip->nwin; w++)
		if (suppress_window(ip, &d, cubes, w, audit) == -1)
			goto oom;
	if ((t = hv_table_new()) == NULL ||
	    hv_table_add_tidy_cols(t, keys, nk, -1) == -1)
		goto oom;
	for (o = 0; o < ip->nout; o++)
		if (emit_unit(ip, t, &d, cubes, o) == -1)
			goto oom;
	if (ip->pop != NULL && warnings != NULL &&
	    too_many(ip, &d, cubes, warnings) == -1)
		goto oom;
	/* a crosstab: the groups of one breakdown as columns, suppressed
	 * cells still ':' each */
	if (ip->o.across != 0) {
		struct hv_table *x;

		if (hv_table_across(t, ip->o.across == HV_IPLOS_BY_AGE ?
		    "age_group" : ip->o.across == HV_IPLOS_BY_SEX ? "sex" :
		    "district") == -1 || (x = hv_table_wide(t, e)) == NULL) {
			hv_table_free(t);
			t = NULL;
			goto done;
		}
		hv_table_free(t);
		t = x;
	}
	goto done;
oom:
	hv_table_free(t);
	t = NULL;
	hv_err_nomem(e);
done:
	for (i = 0; cubes != NULL && i < ncubes; i++)
		hv_cube_free(&cubes[i]);
	free(cubes);
	return t;
}
