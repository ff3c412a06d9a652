/* table.c: the output table, its wide pivot and its five writers. */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "atomic.h"
#include "map.h"
#include "period.h"
#include "table.h"
#include "utf8.h"

enum cell_kind { CELL_EMPTY, CELL_TEXT, CELL_NUM };

struct cell {
	char		*s;
	double		 v;
	unsigned char	 kind;
	unsigned char	 own_fmt;	/* decimals/percent below override */
	signed char	 decimals;
	unsigned char	 percent;
};

struct col {
	struct hv_colspec spec;		/* strings owned */
};

struct hv_table {
	struct col	*cols;
	size_t		 ncols;
	struct cell	*cells;		/* nrows * ncols, row-major */
	size_t		 nrows, rows_cap;
};

struct hv_table *
hv_table_new(void)
{
	return calloc(1, sizeof(struct hv_table));
}

void
hv_table_free(struct hv_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].s);
	for (i = 0; i < t->ncols; i++) {
		free((char *)t->cols[i].spec.name);
		free((char *)t->cols[i].spec.label);
	}
	free(t->cells);
	free(t->cols);
	free(t);
}

int
hv_table_add_col(struct hv_table *t, const struct hv_colspec *spec)
{
	struct col *c;

	if (t->nrows > 0)
		return -1;
	c = realloc(t->cols, (t->ncols + 1) * sizeof(*c));
	if (c == NULL)
		return -1;
	t->cols = c;
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
	struct cell *c;
	size_t ncap;

	if (t->nrows == t->rows_cap) {
		ncap = t->rows_cap > 0 ? t->rows_cap * 2 : 16;
		c = realloc(t->cells, ncap * t->ncols * sizeof(*c));
		if (c == NULL && t->ncols > 0)
			return -1;
		t->cells = c;
		t->rows_cap = ncap;
	}
	memset(&t->cells[t->nrows * t->ncols], 0,
	    t->ncols * sizeof(struct cell));
	return (long)t->nrows++;
}

static struct cell *
cell_at(const struct hv_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

int
hv_table_set_text(struct hv_table *t, size_t row, size_t col, const char *s)
{
	struct cell *c = cell_at(t, row, col);
	char *copy = NULL;

	if (s != NULL && *s != '\0' && (copy = strdup(s)) == NULL)
		return -1;
	free(c->s);
	c->s = copy;
	c->kind = copy != NULL ? CELL_TEXT : CELL_EMPTY;
	return 0;
}

int
hv_table_set_num(struct hv_table *t, size_t row, size_t col, double v)
{
	struct cell *c = cell_at(t, row, col);

	free(c->s);
	c->s = NULL;
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

/* Append s and a unit separator to the growing key in *buf. */
static int
key_add(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;
	char *p;

	if (*len + n + 2 > *cap) {
		*cap = (*len + n + 2) * 2;
		if ((p = realloc(*buf, *cap)) == NULL)
			return -1;
		*buf = p;
	}
	memcpy(*buf + *len, s != NULL ? s : "", n);
	*len += n;
	(*buf)[(*len)++] = '\x1f';
	return 0;
}

/* Copy cell src (in a column with the given spec) into a wide cell that
 * keeps its number format, or the status text when it has no number. */
static int
wide_cell(struct hv_table *w, size_t row, size_t col, const struct cell *src,
    const struct hv_colspec *spec, const char *status)
{
	if (src->kind != CELL_NUM)
		return hv_table_set_text(w, row, col, status);
	hv_table_set_num(w, row, col, src->v);
	if (src->own_fmt)
		hv_table_set_fmt(w, row, col, src->decimals, src->percent);
	else
		hv_table_set_fmt(w, row, col, spec->decimals, spec->percent);
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
			if (hv_table_set_text(w, (size_t)row, i,
			    cell_at(t, r, keys[i])->s) == -1)
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

struct hv_table *
hv_table_wide(const struct hv_table *t, struct hv_err *e)
{
	struct hv_table *w = NULL;
	struct hv_map *pmap = NULL, *smap = NULL, *cellmap = NULL;
	struct period_col *pc = NULL;
	size_t *meas = NULL, *keys = NULL, *series_row = NULL;
	size_t nmeas = 0, nkeys = 0, np = 0, nseries = 0, i, j, r, klen = 0,
	    kcap = 0;
	int pcol = -1, scol = -1, sorted = 1, first_col;
	char *kbuf = NULL;
	const char *ptext;
	struct hv_colspec spec;
	long got, row;

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
	pc = calloc(t->nrows + 1, sizeof(*pc));
	pmap = hv_map_new();
	smap = hv_map_new();
	cellmap = hv_map_new();
	w = hv_table_new();
	if (meas == NULL || keys == NULL || pc == NULL || pmap == NULL ||
	    smap == NULL || cellmap == NULL || w == NULL)
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
		qsort(pc, np, sizeof(*pc), cmp_period_col);
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
		klen = 0;
		for (i = 0; i < nkeys; i++)
			if (key_add(&kbuf, &klen, &kcap,
			    cell_at(t, r, keys[i])->s) == -1)
				goto oom;
		if ((got = hv_map_put(smap, kbuf, klen, (long)nseries)) == -2)
			goto oom;
		if (got == (long)nseries && add_series_rows(w, t, r, keys,
		    nkeys, meas, nmeas, &series_row[nseries++]) == -1)
			goto oom;
		row = (long)series_row[got];

		/* the same series and period twice would overwrite a cell */
		ptext = cell_at(t, r, (size_t)pcol)->s;
		if (ptext == NULL)
			ptext = "";
		if (key_add(&kbuf, &klen, &kcap, ptext) == -1 ||
		    hv_map_put(cellmap, kbuf, klen, 0) == -2)
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
			    NULL) == -1)
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
	free(series_row);
	free(meas);
	free(keys);
	free(pc);
	hv_map_free(pmap);
	hv_map_free(smap);
	hv_map_free(cellmap);
	return w;
}

/* --- writers ---------------------------------------------------------- */

/* The toolkit's own words: column names of the interchange format and
 * the tools, and the measures iplos-sum writes.  Data is never among
 * them (category names, units, series come from the input). */
static const struct {
	const char	*en, *nb;
} words[] = {
	{ "category",			"Kategori" },
	{ "service",			"Tjeneste" },
	{ "age_group",			"Aldersgruppe" },
	{ "sex",			"Kj\xC3\xB8nn" },
	{ "district",			"Sone" },
	{ "measure",			"M\xC3\xA5l" },
	{ "period",			"Periode" },
	{ "value",			"Verdi" },
	{ "status",			"Status" },
	{ "unit",			"Kode" },
	{ "label",			"Navn" },
	{ "series",			"Serie" },
	{ "variable",			"Statistikkvariabel" },
	{ "change",			"Endring" },
	{ "change_pct",			"Endring %" },
	{ "index",			"Indeks" },
	{ "base_change",		"Endring fra basis" },
	{ "base_change_pct",		"Endring fra basis %" },
	{ "cagr_pct",			"\xC3\x85rlig vekst %" },
	{ "moving_avg",			"Glidende snitt" },
	{ "fitted",			"Trend" },
	{ "projected",			"Fremskrevet" },
	{ "slope",			"Stigning" },
	{ "r2",				"R\xC2\xB2" },
	{ "diff_ref",			"Avvik fra referansen" },
	{ "diff_ref_pct",		"Avvik %" },
	{ "rank",			"Plass" },
	{ "rank_of",			"Av" },
	{ "peer_mean",			"Snitt kommunene" },
	{ "flag",			"Merknad" },
	{ "population",			"Innbyggere" },
	{ "gap_kr",			"Avvik i kroner" },
	{ "need_index",			"Utgiftsbehovsindeks" },
	{ "value_adj",			"Behovsjustert verdi" },
	{ "diff_ref_adj",		"Behovsjustert avvik" },
	{ "diff_ref_adj_pct",		"Behovsjustert avvik %" },
	{ "recipients",			"Mottakere" },
	{ "bed-days",			"Liggedøgn" },
	{ "hours",			"Timer pr uke" },
	{ "users",			"Brukere" },
	{ "waiting",			"Venter" },
	{ "waiting-days-n",		"Påbegynt etter vedtak" },
	{ "waiting-days-mean",		"Ventetid, snitt (dager)" },
	{ "waiting-days-median",	"Ventetid, median (dager)" },
	{ "waiting-days-p90",		"Ventetid, 90-persentil (dager)" },
	{ "waiting-days-max",		"Ventetid, lengste (dager)" },
	{ "started-before-decision",	"Startet før vedtak" },
	{ "mann",			"Menn" },
	{ "kvinne",			"Kvinner" },
	{ "uoppgitt",			"Uoppgitt" },
	{ NULL,				NULL },
};

const char *
hv_label_nb(const char *word)
{
	int i;

	for (i = 0; words[i].en != NULL; i++)
		if (strcmp(word, words[i].en) == 0)
			return words[i].nb;
	return word;
}

/* A column's header as written. */
static const char *
header(const struct hv_table *t, size_t c, const struct hv_out_opts *o)
{
	return o->labels_nb ? hv_label_nb(t->cols[c].spec.name) :
	    t->cols[c].spec.name;
}

const struct hv_name hv_formats[] = {
	{ "csv",	HV_FMT_CSV,	0 },
	{ "tsv",	HV_FMT_TSV,	0 },
	{ "md",		HV_FMT_MD,	0 },
	{ "markdown",	HV_FMT_MD,	1 },
	{ "table",	HV_FMT_TABLE,	0 },
	{ "json",	HV_FMT_JSON,	0 },
	{ "html",	HV_FMT_HTML,	0 },
	{ NULL,		0,		0 },
};

const struct hv_name hv_numstyles[] = {
	{ "c",		HV_NUMSTYLE_C,	0 },
	{ "plain",	HV_NUMSTYLE_C,	1 },
	{ "nb",		HV_NUMSTYLE_NB,	0 },
	{ "no",		HV_NUMSTYLE_NB,	1 },
	{ NULL,		0,		0 },
};

/* The text of a cell as it is printed: numbers formatted in the style,
 * with " %" for percent columns in Norwegian style. */
static const char *
cell_str(const struct hv_table *t, size_t row, size_t col,
    const struct hv_out_opts *o, char *buf, size_t sz)
{
	const struct cell *c = cell_at(t, row, col);
	const struct hv_colspec *spec = &t->cols[col].spec;
	int decimals = c->own_fmt ? c->decimals : spec->decimals;
	int percent = c->own_fmt ? c->percent : spec->percent;
	enum hv_numstyle style = o->numbers;
	size_t n;

	/* the tools' own words stand in key columns (measure, sex) */
	if (c->kind == CELL_TEXT)
		return o->labels_nb && spec->role == HV_ROLE_KEY ?
		    hv_label_nb(c->s) : c->s;
	if (c->kind == CELL_EMPTY)
		return "";
	hv_num_fmt(buf, sz, c->v, decimals, style);
	if (percent && style == HV_NUMSTYLE_NB && (n = strlen(buf)) + 3 < sz)
		memcpy(buf + n, " %", 3);
	return buf;
}

static void
put_csv_field(FILE *fp, const char *s, char delim)
{
	const char *p;

	if (strchr(s, delim) == NULL && strpbrk(s, "\"\r\n") == NULL) {
		fputs(s, fp);
		return;
	}
	putc('"', fp);
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			putc('"', fp);
		putc(*p, fp);
	}
	putc('"', fp);
}

static void
put_tsv_field(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		default:
			putc(*s, fp);
		}
	}
}

/* A Markdown cell: pipes escaped, line breaks as spaces. */
static void
put_md_field(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '|')
			fputs("\\|", fp);
		else if (*s == '\n' || *s == '\r')
			putc(' ', fp);
		else
			putc(*s, fp);
	}
}

static void
write_delimited(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o)
{
	enum hv_format f = o->format;
	char buf[128];
	size_t r, c;


	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			putc(f == HV_FMT_TSV ? '\t' : ',', fp);
		if (f == HV_FMT_TSV)
			put_tsv_field(fp, header(t, c, o));
		else
			put_csv_field(fp, header(t, c, o), ',');
	}
	putc('\n', fp);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				putc(f == HV_FMT_TSV ? '\t' : ',', fp);
			if (f == HV_FMT_TSV)
				put_tsv_field(fp, cell_str(t, r, c, o, buf, sizeof(buf)));
			else
				put_csv_field(fp, cell_str(t, r, c, o, buf, sizeof(buf)), ',');
		}
		putc('\n', fp);
	}
}

static void
write_md(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char buf[128];
	size_t r, c;

	for (c = 0; c < t->ncols; c++) {
		fputs(c == 0 ? "| " : " | ", fp);
		put_md_field(fp, header(t, c, o));
	}
	fputs(" |\n", fp);
	for (c = 0; c < t->ncols; c++)
		fputs(t->cols[c].spec.numeric ? "|---:" : "|---", fp);
	fputs("|\n", fp);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			fputs(c == 0 ? "| " : " | ", fp);
			put_md_field(fp, cell_str(t, r, c, o, buf, sizeof(buf)));
		}
		fputs(" |\n", fp);
	}
}

static void
put_padded(FILE *fp, const char *s, size_t width, int right, int last)
{
	size_t w = hv_utf8_width(s);

	if (right)
		for (; w < width; w++)
			putc(' ', fp);
	fputs(s, fp);
	if (!right && !last)
		for (; w < width; w++)
			putc(' ', fp);
}

static int
write_aligned(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char buf[128];
	size_t *width, r, c, w;

	if ((width = calloc(t->ncols + 1, sizeof(*width))) == NULL)
		return -1;
	for (c = 0; c < t->ncols; c++)
		width[c] = hv_utf8_width(header(t, c, o));
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			w = hv_utf8_width(cell_str(t, r, c, o, buf, sizeof(buf)));
			if (w > width[c])
				width[c] = w;
		}
	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			fputs("  ", fp);
		put_padded(fp, header(t, c, o), width[c],
		    t->cols[c].spec.numeric, c + 1 == t->ncols);
	}
	putc('\n', fp);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				fputs("  ", fp);
			put_padded(fp, cell_str(t, r, c, o, buf, sizeof(buf)), width[c], t->cols[c].spec.numeric,
			    c + 1 == t->ncols);
		}
		putc('\n', fp);
	}
	free(width);
	return 0;
}

/* Text for HTML: & < > " escaped. */
static void
put_html(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		default:
			putc(*s, fp);
		}
	}
}

static void
write_html(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char buf[128];
	size_t r, c;

	fputs("<table>\n<thead>\n<tr>", fp);
	for (c = 0; c < t->ncols; c++) {
		fputs(t->cols[c].spec.numeric ? "<th class=\"num\">" : "<th>",
		    fp);
		put_html(fp, header(t, c, o));
		fputs("</th>", fp);
	}
	fputs("</tr>\n</thead>\n<tbody>\n", fp);
	for (r = 0; r < t->nrows; r++) {
		fputs("<tr>", fp);
		for (c = 0; c < t->ncols; c++) {
			fputs(t->cols[c].spec.numeric ? "<td class=\"num\">" :
			    "<td>", fp);
			put_html(fp, cell_str(t, r, c, o, buf, sizeof(buf)));
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
}

static int
write_json(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	cJSON *arr, *obj, *item;
	const struct cell *cl;
	size_t r, c;
	char *text;
	int decimals;

	if ((arr = cJSON_CreateArray()) == NULL)
		return -1;
	for (r = 0; r < t->nrows; r++) {
		if ((obj = cJSON_CreateObject()) == NULL)
			goto fail;
		cJSON_AddItemToArray(arr, obj);
		for (c = 0; c < t->ncols; c++) {
			cl = cell_at(t, r, c);
			decimals = cl->own_fmt ? cl->decimals :
			    t->cols[c].spec.decimals;
			if (cl->kind == CELL_NUM)
				item = cJSON_CreateNumber(decimals >= 0 ?
				    hv_num_round(cl->v, decimals) : cl->v);
			else if (cl->kind == CELL_TEXT)
				item = cJSON_CreateString(o->labels_nb &&
				    t->cols[c].spec.role == HV_ROLE_KEY ?
				    hv_label_nb(cl->s) : cl->s);
			else
				item = cJSON_CreateNull();
			if (item == NULL)
				goto fail;
			cJSON_AddItemToObject(obj, header(t, c, o), item);
		}
	}
	if ((text = cJSON_Print(arr)) == NULL)
		goto fail;
	fputs(text, fp);
	putc('\n', fp);
	free(text);
	cJSON_Delete(arr);
	return 0;
fail:
	cJSON_Delete(arr);
	return -1;
}

int
hv_table_write(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o, struct hv_err *e)
{
	int rc = 0;

	switch (o->format) {
	case HV_FMT_CSV:
	case HV_FMT_TSV:
		write_delimited(t, fp, o);
		break;
	case HV_FMT_MD:
		write_md(t, fp, o);
		break;
	case HV_FMT_TABLE:
		rc = write_aligned(t, fp, o);
		break;
	case HV_FMT_JSON:
		rc = write_json(t, fp, o);
		break;
	case HV_FMT_HTML:
		write_html(t, fp, o);
		break;
	}
	if (rc == -1)
		return hv_err_nomem(e);
	if (ferror(fp))
		return hv_err_io(e, "output", "write error");
	return 0;
}

int
hv_table_emit(const struct hv_table *t, const char *path,
    const struct hv_out_opts *o, struct hv_err *e)
{
	struct hv_table *w = NULL;
	struct hv_atomic *a;

	if (o->wide && (w = hv_table_wide(t, e)) == NULL)
		return -1;
	if ((a = hv_atomic_open(path, e)) == NULL) {
		hv_table_free(w);
		return -1;
	}
	if (hv_table_write(w != NULL ? w : t, hv_atomic_fp(a), o, e) == -1) {
		hv_atomic_abort(a);
		hv_table_free(w);
		return -1;
	}
	hv_table_free(w);
	return hv_atomic_commit(a, e);
}
