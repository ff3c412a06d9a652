/* table.c: the output table and its wide pivot (write.c writes it). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "mem.h"
#include "period.h"
#include "table-int.h"

struct hv_table *
hv_table_new(void)
{
	return calloc(1, sizeof(struct hv_table));
}

/* Free every chunk of texts after keep (NULL: all). */
static void
free_texts(struct text_chunk *c, const struct text_chunk *keep)
{
	struct text_chunk *next;

	for (; c != NULL && c != keep; c = next) {
		next = c->next;
		free(c);
	}
}

/* A copy of the len bytes at s, NUL-terminated, among t's texts; NULL
 * when out of memory. */
static char *
text_copy(struct hv_table *t, const char *s, size_t len)
{
	struct text_chunk *c = t->texts;
	size_t cap;
	char *out;

	if (c == NULL || c->cap - c->used < len + 1) {
		cap = len + 1 > 65536 - sizeof(*c) ? len + 1 :
		    65536 - sizeof(*c);
		if ((c = malloc(sizeof(*c) + cap)) == NULL)
			return NULL;
		c->used = 0;
		c->cap = cap;
		c->next = t->texts;
		t->texts = c;
	}
	out = c->text + c->used;
	memcpy(out, s, len);
	out[len] = '\0';
	c->used += len + 1;
	return out;
}

void
hv_table_free(struct hv_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	free_texts(t->texts, NULL);
	for (i = 0; i < t->nnotes; i++)
		free(t->notes[i]);
	free(t->notes);
	hv_map_free(t->note_index);
	free(t->marked);
	for (i = 0; i < t->ncols; i++) {
		free((char *)t->cols[i].spec.name);
		free((char *)t->cols[i].spec.label);
	}
	free(t->cells);
	free(t->cols);
	free(t);
}

size_t
hv_table_nrows(const struct hv_table *t)
{
	return t->nrows;
}

void
hv_table_clear_rows(struct hv_table *t)
{
	struct text_chunk *last;

	/* the oldest chunk is kept for the next rows, the others freed */
	for (last = t->texts; last != NULL && last->next != NULL;
	    last = last->next)
		;
	free_texts(t->texts, last);
	if ((t->texts = last) != NULL)
		last->used = 0;
	t->nrows = 0;
}

int
hv_table_add_col(struct hv_table *t, const struct hv_colspec *spec)
{
	struct col *c;

	if (t->nrows > 0 || hv_grow(&t->cols, &t->cols_cap, t->ncols + 1,
	    sizeof(*t->cols)) == -1)
		return -1;
	c = &t->cols[t->ncols];
	c->spec = *spec;
	c->spec.name = strdup(spec->name);
	c->spec.label = spec->label != NULL ? strdup(spec->label) : NULL;
	if (c->spec.name == NULL ||
	    (spec->label != NULL && c->spec.label == NULL)) {
		free((char *)c->spec.name);
		free((char *)c->spec.label);
		return -1;
	}
	return (int)t->ncols++;
}

int
hv_table_add_tidy_cols(struct hv_table *t, const char *const *keys,
    size_t nkeys, int decimals)
{
	struct hv_colspec spec;
	size_t k;

	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	spec.role = HV_ROLE_KEY;
	for (k = 0; k < nkeys; k++) {
		spec.name = keys[k];
		if (hv_table_add_col(t, &spec) == -1)
			return -1;
	}
	spec.name = "period";
	spec.role = HV_ROLE_PERIOD;
	if (hv_table_add_col(t, &spec) == -1)
		return -1;
	spec.name = "value";
	spec.role = HV_ROLE_VALUE;
	spec.numeric = spec.wide = 1;
	spec.decimals = decimals;
	spec.kind = HV_KIND_GIVEN;
	if (hv_table_add_col(t, &spec) == -1)
		return -1;
	memset(&spec, 0, sizeof(spec));
	spec.name = "status";
	spec.role = HV_ROLE_STATUS;
	if (hv_table_add_col(t, &spec) == -1)
		return -1;
	return (int)nkeys;
}

long
hv_table_add_row(struct hv_table *t)
{
	size_t row_size = t->ncols * sizeof(struct cell);

	/* the cells grow a row at a time, as an array of rows */
	if (t->ncols == 0 || row_size / sizeof(struct cell) != t->ncols ||
	    hv_grow(&t->cells, &t->rows_cap, t->nrows + 1, row_size) == -1)
		return -1;
	memset(&t->cells[t->nrows * t->ncols], 0,
	    t->ncols * sizeof(struct cell));
	if (t->marked != NULL) {
		if (hv_grow(&t->marked, &t->marked_cap, t->nrows + 1, 1) == -1)
			return -1;
		t->marked[t->nrows] = 0;
	}
	return (long)t->nrows++;
}

int
hv_table_set_text(struct hv_table *t, size_t row, size_t col, const char *s)
{
	struct cell *c = cell_at(t, row, col);
	char *copy = NULL;

	/* (a text set twice leaves the first among the texts till the
	 * table is freed or emptied) */
	if (s != NULL && *s != '\0' && (copy = text_copy(t, s,
	    strlen(s))) == NULL)
		return -1;
	c->s = copy;
	c->word = NULL;
	c->kind = copy != NULL ? CELL_TEXT : CELL_EMPTY;
	return 0;
}

int
hv_table_set_word(struct hv_table *t, size_t row, size_t col,
    const struct hv_word *w)
{
	if (hv_table_set_text(t, row, col, w->name) == -1)
		return -1;
	cell_at(t, row, col)->word = w;
	return 0;
}

int
hv_table_set_num(struct hv_table *t, size_t row, size_t col, double v)
{
	struct cell *c = cell_at(t, row, col);

	c->s = NULL;
	c->word = NULL;
	c->v = v;
	c->kind = CELL_NUM;
	return 0;
}

void
hv_table_set_fmt(struct hv_table *t, size_t row, size_t col, int decimals,
    int percent)
{
	struct cell *c = cell_at(t, row, col);

	c->own_fmt = 1;
	c->decimals = (signed char)decimals;
	c->percent = (unsigned char)percent;
}

void
hv_table_set_kind(struct hv_table *t, size_t row, size_t col,
    enum hv_kind kind)
{
	cell_at(t, row, col)->own_kind = (unsigned char)(1 + kind);
}

int
hv_kind_decimals(enum hv_kind k)
{
	switch (k) {
	case HV_KIND_COUNT:
		return 0;
	case HV_KIND_RATE:
		return 1;
	case HV_KIND_GIVEN:
		return HV_KIND_GIVEN_MAX;
	case HV_KIND_FRACTION:
		return 3;
	case HV_KIND_EXACT:
		break;
	}
	return -1;
}

int
hv_table_set_note(struct hv_table *t, size_t row, size_t col,
    const char *text)
{
	size_t len = strlen(text);
	long i;

	/* by a map, not a search of the notes: a table of a million flagged
	 * cells and thousands of notes is no quadratic work */
	if (t->note_index == NULL && (t->note_index = hv_map_new()) == NULL)
		return -1;
	if ((i = hv_map_get(t->note_index, text, len)) < 0) {
		if (t->nnotes >= HV_TABLE_MAX_NOTES ||
		    hv_grow(&t->notes, &t->notes_cap, t->nnotes + 1,
		    sizeof(*t->notes)) == -1 ||
		    (t->notes[t->nnotes] = strdup(text)) == NULL)
			return -1;
		if (hv_map_put(t->note_index, text, len, (long)t->nnotes) < 0) {
			free(t->notes[t->nnotes]);
			return -1;
		}
		i = (long)t->nnotes++;
	}
	cell_at(t, row, col)->note = (unsigned short)(i + 1);
	return 0;
}

int
hv_table_mark_row(struct hv_table *t, size_t row)
{
	if (t->marked == NULL) {
		/* made at the first mark, for the rows there are */
		if (hv_grow(&t->marked, &t->marked_cap, t->nrows + 1, 1) == -1)
			return -1;
		memset(t->marked, 0, t->nrows + 1);
	}
	t->marked[row] = 1;
	return 0;
}

/* Copy the text of cell src, and the word it is, into cell row, col. */
static int
copy_text(struct hv_table *t, size_t row, size_t col, const struct cell *src)
{
	if (hv_table_set_text(t, row, col, src->s) == -1)
		return -1;
	cell_at(t, row, col)->word = src->word;
	return 0;
}

/* --- the wide pivot --------------------------------------------------- */

struct period_col {
	const char	*text;
	struct hv_period p;
};

static int
cmp_period_col(const void *a, const void *b)
{
	const struct period_col *x = a, *y = b;

	return hv_period_cmp(&x->p, &y->p);
}

/* Copy cell src (in a column with the given spec) into a wide cell that
 * keeps its number format, or the status text when it has no number. */
static int
wide_cell(struct hv_table *w, size_t row, size_t col, const struct cell *src,
    const struct hv_colspec *spec, const char *status,
    const struct hv_table *t)
{
	if (src->note > 0 && hv_table_set_note(w, row, col,
	    t->notes[src->note - 1]) == -1)
		return -1;
	if (src->kind != CELL_NUM)
		return hv_table_set_text(w, row, col, status);
	hv_table_set_num(w, row, col, src->v);
	if (src->own_fmt)
		hv_table_set_fmt(w, row, col, src->decimals, src->percent);
	else
		hv_table_set_fmt(w, row, col, spec->decimals, spec->percent);
	hv_table_set_kind(w, row, col, src->own_kind ? (enum hv_kind)
	    (src->own_kind - 1) : spec->kind);
	return 0;
}

/* Add the wide rows of the series whose first long row is r: one per
 * measure (one in all when there is none); *first gets the first row. */
static int
add_series_rows(struct hv_table *w, const struct hv_table *t, size_t r,
    const size_t *keys, size_t nkeys, const size_t *meas, size_t nmeas,
    size_t *first)
{
	const struct hv_colspec *spec;
	size_t i, j;
	long row;

	*first = w->nrows;
	for (j = 0; j < (nmeas > 0 ? nmeas : 1); j++) {
		if ((row = hv_table_add_row(w)) == -1)
			return -1;
		for (i = 0; i < nkeys; i++)
			if (copy_text(w, (size_t)row, i, cell_at(t, r,
			    keys[i])) == -1)
				return -1;
		if (nmeas > 1) {
			spec = &t->cols[meas[j]].spec;
			if (hv_table_set_text(w, (size_t)row, nkeys,
			    spec->label != NULL ? spec->label : spec->name) ==
			    -1)
				return -1;
		}
	}
	return 0;
}

int
hv_table_across(struct hv_table *t, const char *name)
{
	size_t i;
	int k = -1;

	for (i = 0; i < t->ncols; i++)
		if (t->cols[i].spec.role == HV_ROLE_KEY &&
		    strcmp(t->cols[i].spec.name, name) == 0)
			k = (int)i;
	if (k < 0)
		return -1;
	for (i = 0; i < t->ncols; i++)
		if (t->cols[i].spec.role == HV_ROLE_PERIOD)
			t->cols[i].spec.role = HV_ROLE_KEY;
	t->cols[k].spec.role = HV_ROLE_PERIOD;
	return 0;
}

struct hv_table *
hv_table_wide(const struct hv_table *t, struct hv_err *e)
{
	struct hv_table *w = NULL;
	struct hv_map *pmap = NULL, *smap = NULL, *cellmap = NULL;
	struct period_col *pc = NULL;
	size_t *meas = NULL, *keys = NULL, *series_row = NULL;
	size_t nmeas = 0, nkeys = 0, np = 0, nseries = 0, i, j, r, kcap = 0;
	int pcol = -1, scol = -1, sorted = 1, first_col;
	const char *ptext, **parts = NULL;
	char *kbuf = NULL;
	struct hv_colspec spec;
	long got, row, klen;

	for (i = 0; i < t->ncols; i++) {
		if (t->cols[i].spec.role == HV_ROLE_PERIOD)
			pcol = (int)i;
		if (t->cols[i].spec.role == HV_ROLE_STATUS)
			scol = (int)i;
	}
	if (pcol < 0) {
		hv_err_set(e, "--wide: the table has no period column");
		return NULL;
	}
	meas = calloc(t->ncols, sizeof(*meas));
	keys = calloc(t->ncols, sizeof(*keys));
	parts = calloc(t->ncols + 1, sizeof(*parts));
	pc = calloc(t->nrows + 1, sizeof(*pc));
	pmap = hv_map_new();
	smap = hv_map_new();
	cellmap = hv_map_new();
	w = hv_table_new();
	if (meas == NULL || keys == NULL || parts == NULL || pc == NULL ||
	    pmap == NULL || smap == NULL || cellmap == NULL || w == NULL)
		goto oom;
	for (i = 0; i < t->ncols; i++) {
		if (t->cols[i].spec.role == HV_ROLE_KEY)
			keys[nkeys++] = i;
		else if (t->cols[i].spec.wide && t->cols[i].spec.numeric)
			meas[nmeas++] = i;
	}

	/* the periods, in order of appearance, then sorted if they can be */
	for (r = 0; r < t->nrows; r++) {
		ptext = cell_at(t, r, (size_t)pcol)->s;
		if (ptext == NULL)
			ptext = "";
		got = hv_map_put(pmap, ptext, strlen(ptext), (long)np);
		if (got == -2)
			goto oom;
		if (got == (long)np)
			pc[np++].text = ptext;
	}
	for (i = 0; i < np; i++) {
		struct hv_err ignore;

		if (hv_period_parse(pc[i].text, strlen(pc[i].text), &pc[i].p,
		    &ignore) == -1 || pc[i].p.kind != pc[0].p.kind)
			sorted = 0;
	}
	if (sorted)
		hv_sort(pc, np, sizeof(*pc), cmp_period_col);
	hv_map_free(pmap);
	if ((pmap = hv_map_new()) == NULL)
		goto oom;
	for (i = 0; i < np; i++)
		if (hv_map_put(pmap, pc[i].text, strlen(pc[i].text), (long)i)
		    == -2)
			goto oom;

	/* columns: the keys, "measure" when needed, one per period */
	for (i = 0; i < nkeys; i++)
		if (hv_table_add_col(w, &t->cols[keys[i]].spec) == -1)
			goto oom;
	if (nmeas > 1) {
		memset(&spec, 0, sizeof(spec));
		spec.name = "measure";
		spec.role = HV_ROLE_KEY;
		if (hv_table_add_col(w, &spec) == -1)
			goto oom;
	}
	first_col = (int)w->ncols;
	for (i = 0; i < np; i++) {
		memset(&spec, 0, sizeof(spec));
		spec.name = pc[i].text;
		spec.role = HV_ROLE_VALUE;
		spec.numeric = 1;
		spec.decimals = -1;
		if (hv_table_add_col(w, &spec) == -1)
			goto oom;
	}

	/* rows: a series' rows are made when it is first seen */
	series_row = calloc(t->nrows + 1, sizeof(*series_row));
	if (series_row == NULL)
		goto oom;
	for (r = 0; r < t->nrows; r++) {
		/* the series' key, then with the period: the cell's */
		for (i = 0; i < nkeys; i++)
			parts[i] = cell_at(t, r, keys[i])->s;
		ptext = cell_at(t, r, (size_t)pcol)->s;
		if (ptext == NULL)
			ptext = "";
		parts[nkeys] = ptext;
		if ((klen = hv_map_key(&kbuf, &kcap, parts, nkeys)) == -1 ||
		    (got = hv_map_put(smap, kbuf, (size_t)klen,
		    (long)nseries)) == -2)
			goto oom;
		if (got == (long)nseries && add_series_rows(w, t, r, keys,
		    nkeys, meas, nmeas, &series_row[nseries++]) == -1)
			goto oom;
		row = (long)series_row[got];

		/* the same series and period twice would overwrite a cell */
		if ((klen = hv_map_key(&kbuf, &kcap, parts, nkeys + 1)) == -1 ||
		    hv_map_put(cellmap, kbuf, (size_t)klen, 0) == -2)
			goto oom;
		if (hv_map_count(cellmap) != r + 1) {
			hv_err_set(e, "--wide: period '%s' appears twice in "
			    "one series", ptext);
			goto fail;
		}
		j = (size_t)first_col + (size_t)hv_map_get(pmap, ptext,
		    strlen(ptext));
		for (i = 0; i < nmeas; i++)
			if (wide_cell(w, (size_t)row + i, j,
			    cell_at(t, r, meas[i]), &t->cols[meas[i]].spec,
			    scol >= 0 && t->cols[meas[i]].spec.role ==
			    HV_ROLE_VALUE ? cell_at(t, r, (size_t)scol)->s :
			    NULL, t) == -1 || (t->marked != NULL &&
			    t->marked[r] && hv_table_mark_row(w,
			    (size_t)row + i) == -1))
				goto oom;
	}
	goto done;
oom:
	hv_err_nomem(e);
fail:
	hv_table_free(w);
	w = NULL;
done:
	free(kbuf);
	free(parts);
	free(series_row);
	free(meas);
	free(keys);
	free(pc);
	hv_map_free(pmap);
	hv_map_free(smap);
	hv_map_free(cellmap);
	return w;
}

