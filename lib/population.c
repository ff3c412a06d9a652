/*
 * population.c: inhabitants by age, sex and year from SSB's 07459 in any
 * of its shapes.  Every figure of the file goes in as an entry (region,
 * year, ages lo-hi, sex, persons); the region asked for is kept.  A
 * count sums the finest entries inside the group asked for, so that a
 * file with single years and their totals counts each person once.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "jsonstat.h"
#include "list.h"
#include "mem.h"
#include "num.h"
#include "period.h"
#include "population.h"
#include "px.h"
#include "region.h"
#include "utf8.h"

#define SEX_NONE	(-1)	/* a file without sex: every entry both */

struct entry {
	size_t		 region;
	int		 year, lo, hi, sex;	/* sex: enum hv_pop_sex */
	double		 v;
};

struct region {
	char		*code;		/* plain ("3001"), or NULL */
	char		*name;		/* or "" */
};

struct hv_pop {
	struct entry	*e;
	size_t		 n, cap;
	struct region	*reg;
	size_t		 nreg, reg_cap;
	char		*source, *title;
	int		 first, last;
	unsigned long	 other_rows;	/* of other contents, left out */
};

void
hv_pop_free(struct hv_pop *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nreg; i++) {
		free(p->reg[i].code);
		free(p->reg[i].name);
	}
	free(p->reg);
	free(p->e);
	free(p->source);
	free(p->title);
	free(p);
}

/* --- cells ------------------------------------------------------------ */

static const char *const age_words[] = { "alder", "age", NULL };
static const char *const sex_words[] = { "kj\xC3\xB8nn", "kjonn", "sex",
    "kj\xC3\xB8nn (k)", NULL };
static const char *const region_words[] = { "region", "kommune",
    "kommuner", "municipality", "region code", NULL };
static const char *const year_words[] = { "\xC3\xA5r", "ar", "year", "tid",
    "period", "periode", "time", NULL };
static const char *const value_words[] = { "value", "verdi", "personer",
    "persons", "antall", "folkemengde", "befolkning", "innbyggere", NULL };
static const char *const status_words[] = { "status", NULL };
static const char *const contents_words[] = { "statistikkvariabel",
    "contents", "statistical variable", NULL };
static const char *const persons_words[] = { "personer", "persons",
    "folkemengde", "befolkning", "innbyggere", "population", NULL };
static const char *const total_age[] = { "alle aldre", "all ages", "i alt",
    "total", "totalt", "alder i alt", "999", NULL };
static const char *const men[] = { "1", "menn", "mann", "males", "male",
    "men", "m", NULL };
static const char *const women[] = { "2", "kvinner", "kvinne", "females",
    "female", "women", "k", "f", NULL };
static const char *const both[] = { "0", "begge kj\xC3\xB8nn",
    "begge kjonn", "both sexes", "i alt", "total", "totalt", NULL };

/*
 * An age cell: "80 år", "80 years", "080", "105 år eller eldre", "105+",
 * "67-79 år", "067-079", a total ("Alle aldre").  0 with *lo, *hi set, or
 * -1.
 */
static int
age_range(const char *s, int *lo, int *hi)
{
	char *end;
	long a, b;

	if (hv_utf8_loose_in(s, strlen(s), total_age)) {
		*lo = 0;
		*hi = HV_POP_AGE_MAX;
		return 0;
	}
	while (*s == ' ')
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	a = strtol(s, &end, 10);
	if (a > HV_POP_AGE_MAX)
		return -1;
	*lo = *hi = (int)a;
	if (*end == '-' && isdigit((unsigned char)end[1])) {
		b = strtol(end + 1, &end, 10);
		if (b < a || b > HV_POP_AGE_MAX)
			return -1;
		*hi = (int)b;
	} else if (*end == '+' || strstr(end, "eldre") != NULL ||
	    strstr(end, "older") != NULL || strstr(end, "over") != NULL) {
		*hi = HV_POP_AGE_MAX;
	}
	return 0;
}

/* A sex cell: enum hv_pop_sex, or -1. */
static int
sex_of(const char *s)
{
	size_t n = strlen(s);

	if (hv_utf8_loose_in(s, n, men))
		return HV_POP_MEN;
	if (hv_utf8_loose_in(s, n, women))
		return HV_POP_WOMEN;
	if (hv_utf8_loose_in(s, n, both))
		return HV_POP_ALL;
	return -1;
}

/* A region's index, made when new: from a code and a name, or from a
 * cell "K-3001 Halden", "3001 Halden", "Halden" (code NULL). */
static long
region_of(struct hv_pop *p, const char *code, const char *name)
{
	char buf[64], *c = NULL;
	const char *plain;
	size_t i, n;

	if (code == NULL) {
		n = strcspn(name, " ");
		snprintf(buf, sizeof(buf), "%.*s", (int)n, name);
		plain = hv_region_plain_code(buf);
		if (plain[0] != '\0' && strspn(plain, "0123456789") ==
		    strlen(plain)) {
			code = plain;
			name += n;
			while (*name == ' ')
				name++;
		}
	} else {
		code = hv_region_plain_code(code);
	}
	for (i = 0; i < p->nreg; i++)
		if ((code == NULL) == (p->reg[i].code == NULL) &&
		    (code == NULL ? strcmp(p->reg[i].name, name) == 0 :
		    strcmp(p->reg[i].code, code) == 0))
			return (long)i;
	if (hv_grow(&p->reg, &p->reg_cap, p->nreg + 1, sizeof(*p->reg)) ==
	    -1 || (code != NULL && (c = strdup(code)) == NULL))
		return -1;
	p->reg[p->nreg].code = c;
	if ((p->reg[p->nreg].name = strdup(name)) == NULL) {
		free(c);
		return -1;
	}
	return (long)p->nreg++;
}

static int
add_entry(struct hv_pop *p, long region, int year, int lo, int hi, int sex,
    double v)
{
	struct entry *x;

	if (region < 0 || hv_grow(&p->e, &p->cap, p->n + 1, sizeof(*p->e)) ==
	    -1)
		return -1;
	x = &p->e[p->n++];
	x->region = (size_t)region;
	x->year = year;
	x->lo = lo;
	x->hi = hi;
	x->sex = sex;
	x->v = v;
	return 0;
}

/* A year cell or header: 0 with *year, or -1. */
static int
year_of(const char *s, int *year)
{
	struct hv_period per;
	struct hv_err ignore;

	if (hv_period_parse(s, strlen(s), &per, &ignore) == 0 &&
	    per.kind == HV_PERIOD_YEAR) {
		*year = per.year;
		return 0;
	}
	if (hv_period_in_header(s, strlen(s), &per) == 0 &&
	    per.kind == HV_PERIOD_YEAR) {
		*year = per.year;
		return 0;
	}
	return -1;
}

/* --- a dataset (JSON-stat, PX) ---------------------------------------- */

/* Is dimension d the one words name, by its id or label? */
static int
dim_is(const struct hv_jsdim *d, const char *const *words)
{
	return hv_utf8_loose_in(d->id, strlen(d->id), words) ||
	    hv_utf8_loose_in(d->label, strlen(d->label), words);
}

/* The category of the contents dimension that counts persons. */
static long
persons_category(const struct hv_jsdim *d)
{
	static const char *const persons[] = { "personer", "persons",
	    "personer1", "folkemengde", "befolkning", NULL };
	size_t i;
	long found = -1;

	if (d->size == 1)
		return 0;
	for (i = 0; i < d->size; i++)
		if (hv_utf8_loose_in(d->code[i], strlen(d->code[i]), persons) ||
		    hv_utf8_loose_in(d->catlabel[i], strlen(d->catlabel[i]), persons)) {
			if (found >= 0)
				return -1;
			found = (long)i;
		}
	return found;
}

static int
load_dataset(struct hv_pop *p, const struct hv_jsonstat *js,
    const char *name, struct hv_err *e)
{
	size_t d, i, *pos;
	long tdim = -1, gdim = -1, adim = -1, sdim = -1, cdim = -1, pc = 0;
	int year, lo, hi, sex;
	long reg;

	for (d = 0; d < js->ndims; d++) {
		const struct hv_jsdim *dm = &js->dim[d];

		if (dm->role == HV_JS_ROLE_TIME && tdim < 0)
			tdim = (long)d;
		else if (dm->role == HV_JS_ROLE_GEO || dim_is(dm, region_words))
			gdim = (long)d;
		else if (dim_is(dm, age_words))
			adim = (long)d;
		else if (dim_is(dm, sex_words))
			sdim = (long)d;
		else if (dm->role == HV_JS_ROLE_METRIC)
			cdim = (long)d;
		else if (dim_is(dm, year_words))
			tdim = (long)d;
		else if (dm->size > 1)
			return hv_err_at(e, name, 0, "dimension '%s' has %zu "
			    "values: a population table has region, age, sex "
			    "and year", dm->label, dm->size);
	}
	if (tdim < 0)
		return hv_err_at(e, name, 0, "no year (time dimension)");
	if (cdim >= 0 && (pc = persons_category(&js->dim[cdim])) < 0)
		return hv_err_at(e, name, 0, "'%s' has %zu contents: which of "
		    "them is persons?", js->dim[cdim].label,
		    js->dim[cdim].size);
	if ((pos = calloc(js->ndims + 1, sizeof(*pos))) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < js->ncells; i++) {
		if (!js->has_value[i])
			continue;
		hv_jsonstat_pos(js, i, pos);
		if (cdim >= 0 && (long)pos[cdim] != pc)
			continue;
		if (year_of(js->dim[tdim].code[pos[tdim]], &year) == -1) {
			hv_err_at(e, name, 0, "time '%s' is not a year",
			    js->dim[tdim].code[pos[tdim]]);
			free(pos);
			return -1;
		}
		lo = 0;
		hi = HV_POP_AGE_MAX;
		if (adim >= 0 && age_range(js->dim[adim].catlabel[pos[adim]],
		    &lo, &hi) == -1 && age_range(js->dim[adim].code[pos[adim]],
		    &lo, &hi) == -1) {
			hv_err_at(e, name, 0, "age '%s' is no age",
			    js->dim[adim].catlabel[pos[adim]]);
			free(pos);
			return -1;
		}
		sex = SEX_NONE;
		if (sdim >= 0 && (sex = sex_of(js->dim[sdim].code[pos[sdim]])) <
		    0 && (sex = sex_of(js->dim[sdim].catlabel[pos[sdim]])) < 0) {
			hv_err_at(e, name, 0, "sex '%s' is none of men, women "
			    "and both", js->dim[sdim].catlabel[pos[sdim]]);
			free(pos);
			return -1;
		}
		reg = gdim < 0 ? region_of(p, NULL, "") :
		    region_of(p, js->dim[gdim].code[pos[gdim]],
		    js->dim[gdim].catlabel[pos[gdim]]);
		if (add_entry(p, reg, year, lo, hi, sex, js->value[i]) == -1) {
			free(pos);
			return hv_err_nomem(e);
		}
	}
	free(pos);
	return 0;
}

/* --- a table (CSV, xlsx) ---------------------------------------------- */

#define MAX_COLS	64

static int
load_table(struct hv_pop *p, struct hv_reader *r, struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *name = hv_reader_name(r);
	int colyear[MAX_COLS], rc = -1;
	int rcol = -1, acol = -1, scol = -1, ycol = -1, vcol = -1, nwide = 0;
	int ccol = -1, other_col = -1, nother = 0;
	char *other[MAX_COLS] = { NULL };
	struct hv_row row;
	struct hv_num num;
	struct hv_err why;
	size_t c;
	int got, year, lo, hi, sex;
	long reg;

	if (h->n > MAX_COLS)
		return hv_err_at(e, name, 1, "%zu columns: a population table "
		    "has region, age, sex, year and persons", h->n);
	for (c = 0; c < h->n; c++) {
		colyear[c] = -1;
		if (hv_utf8_loose_in(h->field[c], h->len[c], region_words))
			rcol = (int)c;
		else if (hv_utf8_loose_in(h->field[c], h->len[c], age_words))
			acol = (int)c;
		else if (hv_utf8_loose_in(h->field[c], h->len[c], sex_words))
			scol = (int)c;
		else if (hv_utf8_loose_in(h->field[c], h->len[c], year_words))
			ycol = (int)c;
		else if (hv_utf8_loose_in(h->field[c], h->len[c], value_words))
			vcol = (int)c;
		else if (hv_utf8_loose_in(h->field[c], h->len[c], contents_words))
			ccol = (int)c;
		else if (year_of(h->field[c], &colyear[c]) == 0)
			nwide++;
		else if (!hv_utf8_loose_in(h->field[c], h->len[c], status_words)) {
			other_col = (int)c;
			nother++;
		}
	}
	/* Statistikkbanken's long layout heads its figures with the
	 * table's title: the one column left */
	if (nwide == 0 && vcol < 0 && nother == 1)
		vcol = other_col;
	if (nwide == 0 && (ycol < 0 || vcol < 0))
		return hv_err_at(e, name, 1, "no year and persons: a population "
		    "table has a column year (år, tid) and a column of "
		    "persons, or a column per year");
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		for (c = 0; c < row.n && c < h->n; c++) {
			/* any other column holds one value all through */
			if ((int)c == rcol || (int)c == acol || (int)c == scol ||
			    (int)c == ycol || (int)c == vcol || (int)c == ccol ||
			    colyear[c] >= 0 ||
			    hv_utf8_loose_in(h->field[c], h->len[c], status_words))
				continue;
			if (other[c] == NULL) {
				if ((other[c] = strdup(row.field[c])) == NULL)
					goto oom;
			} else if (strcmp(other[c], row.field[c]) != 0) {
				hv_err_at(e, name, row.line, "column '%s' has "
				    "more than one value ('%s', '%s'): a "
				    "population table has region, age, sex, "
				    "year and persons", h->field[c], other[c],
				    row.field[c]);
				goto done;
			}
		}
		/* the figures of persons, not of births or moves */
		if (ccol >= 0 && !hv_utf8_loose_in(row.field[ccol], row.len[ccol],
		    persons_words)) {
			p->other_rows++;
			continue;
		}
		lo = 0;
		hi = HV_POP_AGE_MAX;
		if (acol >= 0 && age_range(row.field[acol], &lo, &hi) == -1) {
			hv_err_at(e, name, row.line, "age '%s' is no age",
			    row.field[acol]);
			goto done;
		}
		sex = SEX_NONE;
		if (scol >= 0 && (sex = sex_of(row.field[scol])) < 0) {
			hv_err_at(e, name, row.line, "sex '%s' is none of men, "
			    "women and both", row.field[scol]);
			goto done;
		}
		reg = region_of(p, NULL, rcol >= 0 ? row.field[rcol] : "");
		for (c = 0; c < row.n && c < h->n; c++) {
			if (nwide > 0 ? colyear[c] < 0 : (int)c != vcol)
				continue;
			if (nwide > 0)
				year = colyear[c];
			else if (year_of(row.field[ycol], &year) == -1) {
				hv_err_at(e, name, row.line, "year '%s' is not "
				    "a year", row.field[ycol]);
				goto done;
			}
			if (hv_num_parse(row.field[c], row.len[c], &num,
			    &why) == -1) {
				hv_err_at(e, name, row.line, "%s", why.msg);
				goto done;
			}
			if (num.sym != HV_SYM_NONE)
				continue;	/* "..", ":": no figure */
			if (add_entry(p, reg, year, lo, hi, sex, num.v) == -1)
				goto oom;
		}
	}
	rc = got == -1 ? -1 : 0;
	goto done;
oom:
	hv_err_nomem(e);
done:
	for (c = 0; c < MAX_COLS; c++)
		free(other[c]);
	return rc;
}

/* --- the region ------------------------------------------------------- */

/* Order of entries: year, sex, lo, then the widest first. */
static int
cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if (x->sex != y->sex)
		return x->sex < y->sex ? -1 : 1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi > y->hi ? -1 : 1;
	return 0;
}

/* Keep the entries of the region asked for (or the only one), in
 * order: its index, or -1 with the reason in *e. */
static int
keep_region(struct hv_pop *p, const char *name, const char *want,
    struct hv_err *e)
{
	char list[256] = "", item[96];
	const char *plain;
	size_t i, k;
	long found = -1;

	/* "K-3002 Moss" is its code */
	if (want != NULL) {
		snprintf(item, sizeof(item), "%.*s", (int)strcspn(want, " "),
		    want);
		plain = hv_region_plain_code(item);
		if (plain[0] == '\0' || strspn(plain, "0123456789") !=
		    strlen(plain))
			plain = want;
	}
	for (i = 0; i < p->nreg; i++) {
		if (want == NULL)
			break;
		if ((p->reg[i].code != NULL && strcmp(p->reg[i].code, plain) ==
		    0) || (p->reg[i].name[0] != '\0' &&
		    hv_region_name_matches(p->reg[i].name, want))) {
			if (found >= 0)
				return hv_err_at(e, name, 0, "--region '%s' "
				    "names more than one region: give its "
				    "code", want);
			found = (long)i;
		}
	}
	if (want == NULL && p->nreg == 1)
		found = 0;
	if (found < 0) {
		for (i = 0; i < p->nreg && i < 4; i++) {
			snprintf(item, sizeof(item), "%s%s%s", p->reg[i].code ?
			    p->reg[i].code : "", p->reg[i].code &&
			    p->reg[i].name[0] ? " " : "", p->reg[i].name);
			hv_list_append(list, sizeof(list), ", ", item);
		}
		if (want == NULL)
			return hv_err_usage(e, "%s has %zu regions (%s%s): say "
			    "which with --region", name, p->nreg, list,
			    p->nreg > 4 ? ", ..." : "");
		return hv_err_at(e, name, 0, "no region '%s' (it has %s%s)",
		    want, list, p->nreg > 4 ? ", ..." : "");
	}
	for (i = k = 0; i < p->n; i++)
		if (p->e[i].region == (size_t)found)
			p->e[k++] = p->e[i];
	p->n = k;
	if (p->n == 0)
		return hv_err_at(e, name, 0, "no figures");
	hv_sort(p->e, p->n, sizeof(*p->e), cmp_entry);
	for (i = 0; i + 1 < p->n; i++)
		if (cmp_entry(&p->e[i], &p->e[i + 1]) == 0)
			return hv_err_at(e, name, 0, "%d, ages %d-%d, given "
			    "twice", p->e[i].year, p->e[i].lo, p->e[i].hi);
	p->first = p->e[0].year;
	p->last = p->e[p->n - 1].year;
	return (int)found;
}

/* --- counting --------------------------------------------------------- */

/* The sum of the entries of year and sex (one value) over ages lo-hi:
 * the finest entries inside it, which must cover it.  0, 1 (not all
 * ages given), -1 (an entry crosses the group; *e). */
static int
sum_of(const struct hv_pop *p, int year, int lo, int hi, int sex, double *n,
    struct hv_err *e)
{
	const struct entry *x, *y;
	size_t i;
	int next = lo, around = 0;

	*n = 0;
	/* entries are in order of year, sex, lo, then widest first */
	for (i = 0; i < p->n; i++) {
		x = &p->e[i];
		if (x->year != year || x->sex != sex || x->hi < lo ||
		    x->lo > hi)
			continue;
		/* a total of finer entries is left out: in this order,
		 * the entry after it starts inside it */
		y = i + 1 < p->n ? &p->e[i + 1] : NULL;
		if (y != NULL && y->year == year && y->sex == sex &&
		    y->lo <= x->hi)
			continue;
		if (x->lo < lo || x->hi > hi) {
			if (x->lo <= lo && x->hi >= hi) {
				around = 1;	/* a total around the group */
				continue;
			}
			return hv_err_set(e, "its ages %d-%d cross the group "
			    "%d-%d", x->lo, x->hi, lo, hi);
		}
		if (x->lo != next)
			return 1;
		*n += x->v;
		next = x->hi + 1;
	}
	if (next == lo && around)
		return hv_err_set(e, "it has no figures of ages %d-%d, only of "
		    "a wider group", lo, hi);
	return next == hi + 1 ? 0 : 1;
}

int
hv_pop_count(const struct hv_pop *p, int year, int lo, int hi,
    enum hv_pop_sex sex, double *n, struct hv_err *e)
{
	double m, w;
	int rc;

	if (sex == HV_POP_ALL) {
		if ((rc = sum_of(p, year, lo, hi, HV_POP_ALL, n, e)) != 1)
			return rc;
		if ((rc = sum_of(p, year, lo, hi, SEX_NONE, n, e)) != 1)
			return rc;
		if ((rc = sum_of(p, year, lo, hi, HV_POP_MEN, &m, e)) != 0 ||
		    (rc = sum_of(p, year, lo, hi, HV_POP_WOMEN, &w, e)) != 0)
			return rc;
		*n = m + w;
		return 0;
	}
	rc = sum_of(p, year, lo, hi, (int)sex, n, e);
	if (rc == 1 && (sum_of(p, year, lo, hi, SEX_NONE, &m, e) == 0 ||
	    sum_of(p, year, lo, hi, HV_POP_ALL, &m, e) == 0))
		return hv_err_set(e, "it has no figures by sex");
	return rc;
}

const char *
hv_pop_source(const struct hv_pop *p)
{
	return p->source;
}

const char *
hv_pop_title(const struct hv_pop *p)
{
	return p->title;
}

unsigned long
hv_pop_left_out(const struct hv_pop *p)
{
	return p->other_rows;
}

void
hv_pop_years(const struct hv_pop *p, int *first, int *last)
{
	*first = p->first;
	*last = p->last;
}

/* --- loading ---------------------------------------------------------- */

/* The source for the output: "SSB 07459, 3001 Halden" when the title
 * names SSB's table, else the file's name; the title kept whole. */
static int
make_source(struct hv_pop *p, const char *title, const char *path,
    size_t region)
{
	const char *base = strrchr(path, '/');
	const struct region *rg = &p->reg[region];
	char from[300], where[300];
	size_t n = strspn(title, "0123456789");
	int len;

	base = base != NULL ? base + 1 : path;
	if (n >= 4 && n <= 6 && title[n] == ':')
		snprintf(from, sizeof(from), "SSB %.*s", (int)n, title);
	else
		snprintf(from, sizeof(from), "%s", base);
	snprintf(where, sizeof(where), "%s%s%s", rg->code ? rg->code : "",
	    rg->code && rg->name[0] ? " " : "", rg->name);
	len = snprintf(NULL, 0, "%s%s%s", from, where[0] ? ", " : "", where);
	if ((p->source = malloc((size_t)len + 1)) == NULL ||
	    (p->title = strdup(title)) == NULL)
		return -1;
	snprintf(p->source, (size_t)len + 1, "%s%s%s", from, where[0] ? ", " :
	    "", where);
	return 0;
}

struct hv_pop *
hv_pop_load(const char *path, const char *region,
    const struct hv_reader_opts *in, struct hv_err *e)
{
	struct hv_jsonstat *js = NULL;
	struct hv_reader *r = NULL;
	struct hv_input input;
	struct hv_pop *p;
	char title[256] = "";
	const char *name;
	int rc, found;

	if ((p = calloc(1, sizeof(*p))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	if (hv_input_open(&input, path, e) == -1) {
		free(p);
		return NULL;
	}
	name = input.name;
	if (hv_input_first(&input) == '{' || hv_px_is(input.head,
	    input.head_len)) {
		js = hv_input_first(&input) == '{' ?
		    hv_jsonstat_read(&input, e) : hv_px_read(&input, e);
		rc = js == NULL ? -1 : load_dataset(p, js, name, e);
		if (js != NULL && js->label != NULL)
			snprintf(title, sizeof(title), "%s", js->label);
	} else if ((r = hv_reader_open_input(&input, in, e)) == NULL) {
		rc = -1;
	} else {
		rc = load_table(p, r, e);
		if (hv_reader_title(r) != NULL)
			snprintf(title, sizeof(title), "%s",
			    hv_reader_title(r));
	}
	if (rc == 0 && (found = keep_region(p, name, region, e)) < 0)
		rc = -1;
	if (rc == 0 && make_source(p, title, path, (size_t)found) == -1)
		rc = hv_err_nomem(e);
	hv_reader_close(r);
	hv_jsonstat_free(js);
	hv_input_close(&input);
	if (rc == -1) {
		hv_pop_free(p);
		return NULL;
	}
	return p;
}
