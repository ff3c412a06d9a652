/*
 * trend-read.c: series in.  A long table (key columns, a period column,
 * a value column, as the toolkit writes them) or a wide one (a column
 * per period, or a spreadsheet's columns that are no periods).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "list.h"
#include "mem.h"
#include "trend-int.h"

/* Find the series with these key texts, making it when new.  Returns its
 * index or -1 when out of memory. */
long
hv_trend_series_for(struct hv_trend *t, const char **keys)
{
	size_t i, nlen = 0;
	struct series *s;
	char *name;
	long got, len;

	if ((len = hv_map_key(&t->kbuf, &t->kcap, keys, t->nkeys)) == -1)
		return -1;
	/* a series' rows mostly come together: the last one first */
	if (t->last_series >= 0 && (size_t)len == t->last_len &&
	    memcmp(t->kbuf, t->last_key, (size_t)len) == 0)
		return t->last_series;
	got = hv_map_put(t->smap, t->kbuf, (size_t)len, (long)t->ns);
	if (got >= 0) {
		if (hv_grow(&t->last_key, &t->last_cap, (size_t)len + 1, 1) ==
		    -1)
			return -1;
		memcpy(t->last_key, t->kbuf, (size_t)len);
		t->last_len = (size_t)len;
		t->last_series = got;
	}
	if (got != (long)t->ns)
		return got == -2 ? -1 : got;

	if (hv_grow(&t->s, &t->scap, t->ns + 1, sizeof(*t->s)) == -1)
		return -1;
	s = &t->s[t->ns];
	memset(s, 0, sizeof(*s));
	if ((s->keys = calloc(t->nkeys, sizeof(*s->keys))) == NULL)
		return -1;
	t->ns++;
	for (i = 0; i < t->nkeys; i++) {
		if ((s->keys[i] = strdup(keys[i])) == NULL)
			return -1;
		if (*keys[i] != '\0')
			nlen += strlen(keys[i]) + 2;
	}
	/* the name shown: the --label-column's, or the key parts that are
	 * not empty */
	if ((name = calloc(1, nlen + 1)) == NULL)
		return -1;
	for (i = 0; i < t->nkeys; i++) {
		if (*keys[i] == '\0' || (t->label_key >= 0 &&
		    (long)i != t->label_key))
			continue;
		if (*name != '\0')
			strcat(name, ", ");
		strcat(name, keys[i]);
	}
	s->name = name;
	return (long)(t->ns - 1);
}

struct point *
hv_trend_add_point(struct series *s)
{
	struct point *p;

	if (hv_grow_tight(&s->pt, &s->cap, s->n + 1, sizeof(*s->pt)) == -1)
		return NULL;
	p = &s->pt[s->n++];
	memset(p, 0, sizeof(*p));
	return p;
}

unsigned
hv_trend_flag(struct hv_trend *t, const char *s)
{
	size_t len = strlen(s);
	long got;

	if (t->flagmap == NULL && (t->flagmap = hv_map_new()) == NULL)
		return 0;
	if ((got = hv_map_put(t->flagmap, s, len, (long)t->nflags)) < 0)
		return 0;
	if ((size_t)got < t->nflags)
		return (unsigned)got + 1;
	if (t->nflags >= HV_TABLE_MAX_NOTES || hv_grow(&t->flags,
	    &t->flags_cap, t->nflags + 1, sizeof(*t->flags)) == -1 ||
	    (t->flags[t->nflags] = strdup(s)) == NULL)
		return 0;
	return (unsigned)++t->nflags;
}

static int	same_kind(struct hv_trend *, const char *, unsigned long,
		    const char *, const struct hv_period *, struct hv_err *);

/* Parse a period cell and check that all periods are of one kind. */
static int
read_period(struct hv_trend *t, const char *file, unsigned long line,
    const char *col, const char *s, struct hv_period *p, struct hv_err *e)
{
	if (hv_cell_period(file, line, col, s, strlen(s), p, e) == -1)
		return -1;
	return same_kind(t, file, line, s, p, e);
}

/* Are all periods of one kind?  p's text s, for the message. */
static int
same_kind(struct hv_trend *t, const char *file, unsigned long line,
    const char *s, const struct hv_period *p, struct hv_err *e)
{
	if (t->kind == HV_PERIOD_NONE)
		t->kind = p->kind;
	if (p->kind != t->kind)
		return hv_err_at(e, file, line, "period '%s' is a %s, but the "
		    "first period was a %s: periods must be of one kind", s,
		    hv_period_kind_name(p->kind), hv_period_kind_name(t->kind));
	return 0;
}

/* Parse a value cell into pt; a missing value keeps its status. */
static int
read_value(const char *file, unsigned long line, const char *col,
    const char *s, const char *status, struct point *pt, struct hv_err *e)
{
	struct hv_num n;
	size_t len = strlen(s);

	/* "967", "12.5": the fast path, as hv_num_parse would read them */
	if (hv_num_simple(s, len, &pt->v)) {
		pt->has_v = 1;
		return 0;
	}
	if (hv_cell_num(file, line, col, s, len, &n, e) == -1)
		return -1;
	pt->v = n.v;
	pt->has_v = !hv_num_missing(&n);
	if (!pt->has_v)
		snprintf(pt->status, sizeof(pt->status), "%s",
		    status != NULL && *status != '\0' ? status :
		    hv_sym_str(n.sym));
	return 0;
}

/* The header's columns for a message: "unit, period, value". */
static void
columns_of(const struct hv_row *h, char *buf, size_t sz)
{
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < h->n; i++)
		hv_list_append(buf, sz, ", ", h->field[i]);
}

/* Every column --ignore names must be one of the header's: a name
 * mistyped is an error, not a column quietly kept. */
static int
check_ignore(const struct hv_trend *t, struct hv_reader *r,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *p = t->o.ignore;
	char item[256], cols[600];

	while (p != NULL && (p = hv_list_next(p, item, sizeof(item))) != NULL)
		if (hv_reader_col(r, item) < 0) {
			columns_of(h, cols, sizeof(cols));
			return hv_err_at(e, hv_reader_name(r), h->line,
			    "--ignore: no column '%s' (the columns: %s)", item,
			    cols);
		}
	return 0;
}

/* The column given by option, or the one the toolkit's names find. */
static int
find_col(struct hv_reader *r, const char *given,
    int (*found)(const struct hv_reader *))
{
	return given != NULL ? hv_reader_col(r, given) : found(r);
}

/* Set the key column names from the first input; later inputs must have
 * the same. */
static int
set_keys(struct hv_trend *t, const char *file, const char **names,
    size_t n, struct hv_err *e)
{
	size_t i;

	if (t->keynames != NULL) {
		if (n != t->nkeys)
			return hv_err_at(e, file, 0, "%zu key columns, but the "
			    "first input has %zu", n, t->nkeys);
		for (i = 0; i < n; i++)
			if (strcmp(names[i], t->keynames[i]) != 0)
				return hv_err_at(e, file, 0, "key column '%s', "
				    "but the first input has '%s'", names[i],
				    t->keynames[i]);
		return 0;
	}
	if ((t->keynames = calloc(n + 1, sizeof(*t->keynames))) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < n; i++)
		if ((t->keynames[i] = strdup(names[i])) == NULL)
			return hv_err_nomem(e);
	t->nkeys = n;
	/* --label-column: which key names a series where one name is
	 * shown (--wide, --series, messages) */
	t->label_key = -1;
	if (t->o.label_col != NULL) {
		char list[600] = "";

		for (i = 0; i < n; i++) {
			if (strcasecmp(names[i], t->o.label_col) == 0)
				t->label_key = (long)i;
			hv_list_append(list, sizeof(list), ", ", names[i]);
		}
		if (t->label_key < 0)
			return hv_err_at(e, file, 0, "--label-column: '%s' is "
			    "no column that names the series (they are: %s)",
			    t->o.label_col, list);
	}
	return 0;
}

/* A table kept wide: some column names a period, and every column from
 * the first such on does too (Statistikkbanken's "region";"age";
 * "Persons 2021"). */
static int
looks_wide(const struct hv_row *h)
{
	struct hv_period p;
	size_t i, first = h->n;

	for (i = 0; i < h->n; i++) {
		if (hv_period_in_header(h->field[i], h->len[i], &p) == 0) {
			if (first == h->n)
				first = i;
		} else if (first < h->n)
			return 0;
	}
	return first > 0 && first < h->n;
}

/*
 * The periods of a wide table's columns.  A spreadsheet table whose
 * columns are quantities, not periods (Årsverk, Kostnad), is read with
 * its columns in their order (HV_PERIOD_COLUMN); a column --ignore names
 * is left out (kind HV_PERIOD_NONE).  Periods and other columns do not
 * mix.
 */
static int
wide_columns(struct hv_trend *t, struct hv_reader *r,
    struct hv_period *periods, const unsigned char *is_key,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *name = hv_reader_name(r);
	size_t i, nper = 0, ncol = 0;

	for (i = 0; i < h->n; i++) {
		if (is_key[i] || hv_list_has(t->o.ignore, h->field[i]))
			continue;
		if (hv_period_in_header(h->field[i], h->len[i],
		    &periods[i]) == 0) {
			nper++;
			continue;
		}
		periods[i].kind = HV_PERIOD_COLUMN;
		ncol++;
	}
	if (nper > 0 && ncol > 0)
		return hv_err_at(e, name, h->line, "some columns are periods "
		    "and some are not (leave the others out with --ignore)");
	for (i = 0; nper > 0 && i < h->n; i++)
		if (periods[i].kind != HV_PERIOD_NONE && same_kind(t, name,
		    h->line, h->field[i], &periods[i], e) == -1)
			return -1;
	if (ncol == 0)
		return 0;
	if (t->kind != HV_PERIOD_NONE && t->kind != HV_PERIOD_COLUMN)
		return hv_err_at(e, name, h->line, "its columns are no "
		    "periods, but the first input's are %ss",
		    hv_period_kind_name(t->kind));
	t->kind = HV_PERIOD_COLUMN;
	if (t->colmap == NULL && (t->colmap = hv_map_new()) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < h->n; i++) {
		long k;

		if (periods[i].kind != HV_PERIOD_COLUMN)
			continue;
		if ((k = hv_map_put(t->colmap, h->field[i], h->len[i],
		    (long)t->ncolname)) < 0)
			return hv_err_nomem(e);
		if ((size_t)k == t->ncolname) {
			if (hv_grow(&t->colname, &t->colname_cap, (size_t)k + 1,
			    sizeof(*t->colname)) == -1 ||
			    (t->colname[k] = strdup(h->field[i])) == NULL)
				return hv_err_nomem(e);
			t->ncolname++;
		}
		periods[i].year = (int)k;
	}
	return 0;
}

static int
add_wide(struct hv_trend *t, struct hv_reader *r, size_t file,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *name = hv_reader_name(r), **names = NULL, **keyv = NULL;
	struct hv_period *periods, p;
	unsigned char *is_key = NULL;
	size_t i, nk = 0, first = h->n;
	struct hv_row row;
	struct point *pt;
	long si;
	int got, rc = -1;

	periods = calloc(h->n + 1, sizeof(*periods));
	is_key = calloc(h->n + 1, 1);
	names = calloc(h->n + 1, sizeof(*names));
	keyv = calloc(h->n + 1, sizeof(*keyv));
	if (periods == NULL || is_key == NULL || names == NULL ||
	    keyv == NULL)
		goto oom;
	/* the series: every column not left out before the first period
	 * (a budget's konto, ansvar, tjeneste, tekst, then the years); with
	 * no period among the columns, the first not left out */
	for (i = 0; i < h->n && first == h->n; i++)
		if (!hv_list_has(t->o.ignore, h->field[i]) &&
		    hv_period_in_header(h->field[i], h->len[i], &p) == 0)
			first = i;
	for (i = 0; i < h->n && i < first; i++) {
		if (hv_list_has(t->o.ignore, h->field[i]))
			continue;
		is_key[i] = 1;
		names[nk++] = h->len[i] > 0 ? h->field[i] : "series";
		if (first == h->n)
			break;
	}
	if (nk == 0) {
		hv_err_at(e, name, h->line, "no column names the series: "
		    "every column before the values is left out");
		goto done;
	}
	if (set_keys(t, name, names, nk, e) == -1 ||
	    wide_columns(t, r, periods, is_key, e) == -1)
		goto done;
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		size_t k = 0;

		for (i = 0; i < row.n; i++)
			if (is_key[i])
				keyv[k++] = row.field[i];
		if ((si = hv_trend_series_for(t, keyv)) == -1)
			goto oom;
		for (i = 0; i < row.n; i++) {
			if (is_key[i] || periods[i].kind == HV_PERIOD_NONE)
				continue;	/* the keys, --ignore */
			if ((pt = hv_trend_add_point(&t->s[si])) == NULL)
				goto oom;
			pt->p = periods[i];
			pt->line = row.line;
			pt->file = (unsigned)file;
			if (read_value(name, row.line, h->field[i],
			    row.field[i], NULL, pt, e) == -1)
				goto done;
		}
	}
	rc = got;
	goto done;
oom:
	hv_err_nomem(e);
done:
	free(periods);
	free(is_key);
	free(names);
	free(keyv);
	return rc;
}

static int
add_long(struct hv_trend *t, struct hv_reader *r, int pcol, size_t file,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *name = hv_reader_name(r);
	const char **keyv = NULL, **names = NULL;
	size_t *kcol = NULL, nk = 0, i;
	int vcol, scol, fcol, got, rc = -1, values_last;
	struct hv_row row;
	struct point *pt;
	long si;

	vcol = find_col(r, t->o.value_col, hv_reader_value_col);
	/* Statistikkbanken's long layout: the values under the table's
	 * title ("Folkemengde 1. januar ..."), last; the keys on both sides
	 * of the year */
	values_last = vcol < 0 && t->o.value_col == NULL && h->n >= 2 &&
	    (int)h->n - 1 != pcol;
	if (values_last)
		vcol = (int)h->n - 1;
	if (vcol < 0) {
		char cols[600];

		columns_of(h, cols, sizeof(cols));
		return hv_err_at(e, name, h->line, "no value column '%s' "
		    "(name it with --value; the columns: %s)",
		    t->o.value_col != NULL ? t->o.value_col : "value", cols);
	}
	scol = hv_reader_col(r, "status");
	/* kostra-compare's flags travel with the figures they are on */
	if ((fcol = hv_reader_col(r, "flag")) < 0)
		fcol = hv_reader_col(r, "merknad");	/* --labels nb */
	kcol = calloc(h->n + 1, sizeof(*kcol));
	names = calloc(h->n + 1, sizeof(*names));
	keyv = calloc(h->n + 1, sizeof(*keyv));
	if (kcol == NULL || names == NULL || keyv == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	if (values_last && t->o.keys == NULL) {
		for (i = 0; i < h->n; i++)
			if ((int)i != pcol && (int)i != vcol && (int)i != scol &&
			    (int)i != fcol)
				kcol[nk++] = i;
	} else {
		if ((got = (int)hv_reader_keys(r, t->o.keys, pcol, vcol, scol,
		    kcol, h->n, e)) == -1)
			goto done;
		nk = (size_t)got;
	}
	for (i = 0; i < nk; i++)
		names[i] = h->field[kcol[i]];
	if (set_keys(t, name, names, nk, e) == -1)
		goto done;

	while ((got = hv_reader_next(r, &row, e)) == 1) {
		for (i = 0; i < nk; i++)
			keyv[i] = row.field[kcol[i]];
		if ((si = hv_trend_series_for(t, keyv)) == -1 ||
		    (pt = hv_trend_add_point(&t->s[si])) == NULL) {
			hv_err_nomem(e);
			goto done;
		}
		pt->line = row.line;
		pt->file = (unsigned)file;
		if (read_period(t, name, row.line, h->field[pcol],
		    row.field[pcol], &pt->p, e) == -1 ||
		    read_value(name, row.line, h->field[vcol], row.field[vcol],
		    scol >= 0 ? row.field[scol] : NULL, pt, e) == -1)
			goto done;
		if (fcol >= 0 && row.field[fcol][0] != '\0' &&
		    (pt->flag = hv_trend_flag(t, row.field[fcol])) == 0) {
			hv_err_nomem(e);
			goto done;
		}
	}
	rc = got;
done:
	free(kcol);
	free(names);
	free(keyv);
	return rc;
}

int
hv_trend_add(struct hv_trend *t, struct hv_reader *r, struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	int pcol, wide = t->o.wide_in;

	if (t->finished)
		return hv_err_usage(e, "hv_trend_add after hv_trend_finish");
	if (hv_grow(&t->files, &t->files_cap, t->nfiles + 1,
	    sizeof(*t->files)) == -1 ||
	    (t->files[t->nfiles] = strdup(hv_reader_name(r))) == NULL)
		return hv_err_nomem(e);
	t->nfiles++;
	if (check_ignore(t, r, e) == -1)
		return -1;

	pcol = find_col(r, t->o.period_col, hv_reader_period_col);
	if (wide == -1)
		wide = pcol < 0 && looks_wide(h);
	if (wide)
		return add_wide(t, r, t->nfiles - 1, e);
	if (pcol < 0) {
		char cols[600];

		columns_of(h, cols, sizeof(cols));
		return hv_err_at(e, hv_reader_name(r), h->line, "no period "
		    "column '%s' (name it with --period, or give a wide table "
		    "with --wide-in; the columns: %s)", t->o.period_col !=
		    NULL ? t->o.period_col : "period", cols);
	}
	return add_long(t, r, pcol, t->nfiles - 1, e);
}

/* A period as written: a column that is no period by its name. */
const char *
hv_trend_period_text(const struct hv_trend *t, const struct hv_period *p,
    char *buf, size_t sz)
{
	if (p->kind == HV_PERIOD_COLUMN && (size_t)p->year < t->ncolname)
		return t->colname[p->year];
	return hv_period_fmt(p, buf, sz);
}
