/* chart.c: gnuplot programs for the reports' figures, and running them. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic.h"
#include "cell.h"
#include "chart.h"
#include "list.h"
#include "map.h"
#include "mem.h"
#include "num.h"
#include "period.h"
#include "utf8.h"

static const char *colours[] = { "#2e5e8c", "#d9822b", "#5a9e4b", "#a23b5a",
    "#7b5ea7", "#2a9d8f", "#8c6d31", "#6b6b6b" };
#define NCOLOURS (sizeof(colours) / sizeof(colours[0]))
#define HIGHLIGHT "#d9822b"
#define PLAIN "#7f9fbf"

struct series {
	char		*name;
	double		*v;		/* per period; NAN missing (a sum
					   while --per reads) */
	double		*fit;		/* fitted value where projected, NAN */
	unsigned	*nv, *nfit;	/* values read into each */
	unsigned	*flag;		/* per period: 1 + index in
					   hv_chart.flags, 0 none */
	size_t		 v_cap, fit_cap, nv_cap, nfit_cap, flag_cap;
};

struct hv_chart {
	struct hv_chart_opts o;
	struct hv_map	*smap;
	struct series	*s;
	size_t		 ns, s_cap;
	struct hv_period *per;
	char	       **plabel;
	size_t		 np, per_cap, plabel_cap;
	struct hv_map	*pmap;		/* plabel -> its index */
	int		 done;		/* means taken, --every applied */
	size_t		 npoints;	/* counted when done */
	int		 projected;	/* some point is a projection */
	int		 named;		/* display_names done */
	int		 legend;	/* enum legend */
	char		*kbuf;		/* a row's series, as hv_map_key */
	size_t		 kcap;
	char	       **flags;		/* the flag column's texts, each once */
	size_t		 nflags, flags_cap;
};

/* Distinct flag texts kept; more are drawn as the last one's kind. */
#define MAX_FLAGS	64

#define MAX_KEYS	16	/* key columns that name a series */

void
hv_chart_opts_init(struct hv_chart_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->kind = HV_CHART_LINE;
	o->width = 900;
	o->height = 500;
	o->legend = "auto";
}

const struct hv_name hv_chart_kinds[] = {
	{ "line",	HV_CHART_LINE,		0 },
	{ "bars",	HV_CHART_BARS,		0 },
	{ "stacked",	HV_CHART_STACKED,	0 },
	{ "hbars",	HV_CHART_HBARS,		0 },
	{ NULL,		0,			0 },
};

const struct hv_name hv_chart_pers[] = {
	{ "year",	HV_PERIOD_YEAR,		0 },
	{ "quarter",	HV_PERIOD_QUARTER,	0 },
	{ "month",	HV_PERIOD_MONTH,	0 },
	{ NULL,		0,			0 },
};

const struct hv_name hv_chart_combines[] = {
	{ "mean",	0,	0 },
	{ "sum",	1,	0 },
	{ NULL,		0,	0 },
};

/* Legend places gnuplot knows; only these words reach it. */
enum legend { L_TOP_LEFT, L_TOP_RIGHT, L_BOTTOM_LEFT, L_BOTTOM_RIGHT,
    L_BELOW, L_OUTSIDE, L_OFF, L_AUTO };

static const struct hv_name legends[] = {
	{ "auto",		L_AUTO,		0 },
	{ "top left",		L_TOP_LEFT,	0 },
	{ "top right",		L_TOP_RIGHT,	0 },
	{ "bottom left",	L_BOTTOM_LEFT,	0 },
	{ "bottom right",	L_BOTTOM_RIGHT,	0 },
	{ "below",		L_BELOW,	0 },
	{ "outside",		L_OUTSIDE,	0 },
	{ "off",		L_OFF,		0 },
	{ NULL,			0,		0 },
};

struct hv_chart *
hv_chart_new(const struct hv_chart_opts *o, struct hv_err *e)
{
	struct hv_chart *c;
	int legend;

	if (hv_name_arg(legends, "--legend", "place", o->legend, &legend,
	    e) == -1)
		return NULL;
	if (o->width < HV_CHART_MIN_SIZE || o->width > HV_CHART_MAX_SIZE ||
	    o->height < HV_CHART_MIN_SIZE || o->height > HV_CHART_MAX_SIZE) {
		hv_err_usage(e, "--size: from %dx%d to %dx%d pixels",
		    HV_CHART_MIN_SIZE, HV_CHART_MIN_SIZE, HV_CHART_MAX_SIZE,
		    HV_CHART_MAX_SIZE);
		return NULL;
	}
	if (o->per != HV_PERIOD_NONE && o->per != HV_PERIOD_YEAR &&
	    o->per != HV_PERIOD_QUARTER && o->per != HV_PERIOD_MONTH) {
		hv_err_usage(e, "--per: year, quarter or month");
		return NULL;
	}
	if (o->facet && (o->kind != HV_CHART_LINE || o->by_series)) {
		hv_err_usage(e, "--facet: a line chart of periods (not "
		    "--by-series, not bars)");
		return NULL;
	}
	if (o->every < 0 || o->every > HV_CHART_MAX_EVERY) {
		hv_err_usage(e, "--every: from 1 to %d", HV_CHART_MAX_EVERY);
		return NULL;
	}
	if ((c = calloc(1, sizeof(*c))) == NULL ||
	    (c->smap = hv_map_new()) == NULL ||
	    (c->pmap = hv_map_new()) == NULL) {
		if (c != NULL)
			hv_map_free(c->smap);
		free(c);
		hv_err_nomem(e);
		return NULL;
	}
	c->o = *o;
	c->legend = legend;
	return c;
}

void
hv_chart_free(struct hv_chart *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->ns; i++) {
		free(c->s[i].name);
		free(c->s[i].v);
		free(c->s[i].fit);
		free(c->s[i].nv);
		free(c->s[i].nfit);
		free(c->s[i].flag);
	}
	for (i = 0; i < c->nflags; i++)
		free(c->flags[i]);
	free(c->flags);
	for (i = 0; i < c->np; i++)
		free(c->plabel[i]);
	free(c->s);
	free(c->per);
	free(c->plabel);
	hv_map_free(c->smap);
	hv_map_free(c->pmap);
	free(c->kbuf);
	free(c);
}

/* Grow series s's arrays to n x values, the new ones missing. */
static int
grow_series(struct series *s, size_t from, size_t n)
{
	size_t i;

	if (hv_grow(&s->v, &s->v_cap, n, sizeof(*s->v)) == -1 ||
	    hv_grow(&s->fit, &s->fit_cap, n, sizeof(*s->fit)) == -1 ||
	    hv_grow(&s->nv, &s->nv_cap, n, sizeof(*s->nv)) == -1 ||
	    hv_grow(&s->nfit, &s->nfit_cap, n, sizeof(*s->nfit)) == -1 ||
	    hv_grow(&s->flag, &s->flag_cap, n, sizeof(*s->flag)) == -1)
		return -1;
	for (i = from; i < n; i++) {
		s->v[i] = s->fit[i] = NAN;
		s->nv[i] = s->nfit[i] = s->flag[i] = 0;
	}
	return 0;
}

/* The index of the x value written text (period p), added (and every
 * series' arrays grown) if new; -1 when out of memory, -3 past
 * HV_CHART_MAX_CELLS. */
static long
period_index(struct hv_chart *c, const struct hv_period *p, const char *text)
{
	size_t k;
	long got;

	got = hv_map_put(c->pmap, text, strlen(text), (long)c->np);
	if (got != (long)c->np)
		return got == -2 ? -1 : got;
	if (c->ns > 0 && (c->np + 1) > HV_CHART_MAX_CELLS / c->ns)
		return -3;
	if (hv_grow(&c->per, &c->per_cap, c->np + 1, sizeof(*c->per)) == -1 ||
	    hv_grow(&c->plabel, &c->plabel_cap, c->np + 1,
	    sizeof(*c->plabel)) == -1)
		return -1;
	for (k = 0; k < c->ns; k++)
		if (grow_series(&c->s[k], c->np, c->np + 1) == -1)
			return -1;
	if ((c->plabel[c->np] = strdup(text)) == NULL)
		return -1;
	c->per[c->np] = *p;
	return (long)c->np++;
}

static long
series_index(struct hv_chart *c, const char *name)
{
	long got = hv_map_put(c->smap, name, strlen(name), (long)c->ns);
	struct series *s;

	if (got != (long)c->ns)
		return got == -2 ? -1 : got;
	if ((c->ns + 1) > HV_CHART_MAX_CELLS / (c->np + 1))
		return -3;
	if (hv_grow(&c->s, &c->s_cap, c->ns + 1, sizeof(*c->s)) == -1)
		return -1;
	s = &c->s[c->ns];
	memset(s, 0, sizeof(*s));
	/* counted before its arrays are made, so that they are freed */
	c->ns++;
	if ((s->name = strdup(name)) == NULL ||
	    grow_series(s, 0, c->np + 1) == -1)
		return -1;
	return (long)c->ns - 1;
}

/* A value cell: the number, or NAN when it is missing. */
static int
number(const char *file, unsigned long line, const char *col, const char *s,
    size_t len, double *v, struct hv_err *e)
{
	struct hv_num n;

	if (hv_cell_num(file, line, col, s, len, &n, e) == -1)
		return -1;
	*v = hv_num_missing(&n) ? NAN : n.v;
	return 0;
}

/* Is want the series name, or one of its key parts ("5037, Levanger"
 * is also "Levanger")?  Case does not matter.  The parts are kept apart
 * by a unit separator while reading, by ", " once shown. */
static int
names(const char *name, const char *want)
{
	size_t n = strlen(want), len;
	const char *p = name, *end;

	if (strcasecmp(name, want) == 0)
		return 1;
	for (;;) {
		end = p + strcspn(p, "\x1f,");
		len = (size_t)(end - p);
		if (len == n && strncasecmp(p, want, n) == 0)
			return 1;
		if (*end == '\0')
			return 0;
		p = end + 1;
		while (*p == ' ')
			p++;
	}
}

/* Is the series one --only asks for (all are, without --only)? */
static int
wanted(const struct hv_chart *c, const char *name)
{
	const char *p;
	char item[256];

	if (c->o.only == NULL)
		return 1;
	for (p = c->o.only; (p = hv_list_next(p, item, sizeof(item))) !=
	    NULL;)
		if (names(name, item))
			return 1;
	return 0;
}

/*
 * An x value: a period, or (as trend writes a spreadsheet table whose
 * columns are no periods) a category, kept by its place among the ones
 * seen.  Periods and categories do not mix.  Returns 0 or -1.
 */
static int
x_value(struct hv_chart *c, const char *s, size_t len, struct hv_period *p)
{
	struct hv_err why;
	long got;

	if (hv_period_parse(s, len, p, &why) == 0)
		return c->np > 0 && c->per[0].kind == HV_PERIOD_COLUMN ? -1 : 0;
	if (c->np > 0 && c->per[0].kind != HV_PERIOD_COLUMN)
		return -1;
	memset(p, 0, sizeof(*p));
	p->kind = HV_PERIOD_COLUMN;
	got = hv_map_get(c->pmap, s, len);
	p->year = got >= 0 ? (int)got : (int)c->np;	/* a new one: last */
	return 0;
}

/* The period of a year, quarter or month that p falls in, for --per:
 * 0, or -1 when p is no finer than that. */
static int
coarser(enum hv_period_kind per, struct hv_period *p)
{
	struct hv_period q, d = *p;

	/* what is finer: days and weeks than months, months and half-years
	 * ... than years; a school year than nothing */
	if (p->kind == HV_PERIOD_COLUMN || p->kind == HV_PERIOD_NONE ||
	    p->kind == HV_PERIOD_SCHOOL || p->kind == per ||
	    p->kind == HV_PERIOD_YEAR || (per == HV_PERIOD_QUARTER &&
	    p->kind == HV_PERIOD_HALF) || (per == HV_PERIOD_MONTH &&
	    p->kind != HV_PERIOD_DATE && p->kind != HV_PERIOD_WEEK))
		return -1;
	/* a week belongs where its Thursday is (ISO 8601) */
	if (p->kind == HV_PERIOD_WEEK && per != HV_PERIOD_YEAR)
		d = hv_date_from_days(hv_period_first_day(p) + 3);
	memset(&q, 0, sizeof(q));
	q.kind = per;
	q.year = d.year;
	if (per == HV_PERIOD_QUARTER)
		q.sub = d.kind == HV_PERIOD_QUARTER ? d.sub :
		    (d.sub - 1) / 3 + 1;
	else if (per == HV_PERIOD_MONTH)
		q.sub = d.sub;
	*p = q;
	return 0;
}

/* Add v (or, for --per, to the sum) at cell pi of series si. */
static int
put_value(struct hv_chart *c, size_t si, size_t pi, double v, double fit,
    int projected)
{
	struct series *s = &c->s[si];

	/* one value each; with --per, nv counts the values to average */
	if (c->o.per == HV_PERIOD_NONE) {
		if (s->nv[pi]++ > 0)
			return -1;
	} else if (!isnan(v))
		s->nv[pi]++;
	if (!isnan(v))
		s->v[pi] = isnan(s->v[pi]) ? v : s->v[pi] + v;
	if (projected) {
		s->nfit[pi]++;
		s->fit[pi] = isnan(s->fit[pi]) ? fit : s->fit[pi] + fit;
		c->projected = 1;
	}
	return 0;
}

/* 1 + the index of flag text s, added if new (past MAX_FLAGS, the
 * last's); 0 when out of memory. */
static unsigned
flag_index(struct hv_chart *c, const char *s)
{
	size_t i;

	for (i = 0; i < c->nflags; i++)
		if (strcmp(c->flags[i], s) == 0)
			return (unsigned)i + 1;
	if (c->nflags == MAX_FLAGS)
		return MAX_FLAGS;
	if (hv_grow(&c->flags, &c->flags_cap, c->nflags + 1,
	    sizeof(*c->flags)) == -1 ||
	    (c->flags[c->nflags] = strdup(s)) == NULL)
		return 0;
	return (unsigned)++c->nflags;
}

int
hv_chart_add(struct hv_chart *c, struct hv_reader *r, struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const char *file = hv_reader_name(r);
	int pcol, vcol, projcol, fitcol, fcol, got;
	const char *parts[MAX_KEYS], *name;
	struct hv_period p;
	struct hv_row row;
	char pbuf[16];
	size_t k, kcol[MAX_KEYS], nkeys;
	long si, pi;
	double v = NAN, proj, fit;

	pcol = c->o.xcol != NULL ? hv_reader_col(r, c->o.xcol) :
	    hv_reader_period_col(r);
	vcol = c->o.ycol != NULL ? hv_reader_col(r, c->o.ycol) :
	    hv_reader_value_col(r);
	projcol = hv_reader_col(r, "projected");
	fitcol = hv_reader_col(r, "fitted");
	/* kostra-compare's and trend's flags: those values drawn apart */
	if ((fcol = hv_reader_col(r, "flag")) < 0)
		fcol = hv_reader_col(r, "merknad");
	if (pcol < 0 || vcol < 0)
		return hv_err_at(e, file, h->line, "no %s column '%s' (a "
		    "chart reads the toolkit's tidy CSV; name the columns with "
		    "--x and --y)", pcol < 0 ? "x" : "y", pcol < 0 ?
		    (c->o.xcol != NULL ? c->o.xcol : "period") :
		    (c->o.ycol != NULL ? c->o.ycol : "value"));
	if ((got = (int)hv_reader_keys(r, c->o.keys, pcol, vcol, -1, kcol,
	    MAX_KEYS, e)) == -1)
		return -1;
	nkeys = (size_t)got;
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		/* the series: its key columns, their parts kept apart by a
		 * unit separator until the names are shown */
		for (k = 0; k < nkeys; k++)
			parts[k] = row.field[kcol[k]];
		if (hv_map_key(&c->kbuf, &c->kcap, parts, nkeys) == -1)
			return hv_err_nomem(e);
		name = c->kbuf;
		if (!wanted(c, name))
			continue;
		if (x_value(c, row.field[pcol], row.len[pcol], &p) == -1)
			return hv_err_at(e, file, row.line, "'%s' in column "
			    "'%s' is neither a period nor like the other x "
			    "values",
			    row.field[pcol], h->field[pcol]);
		if (number(file, row.line, h->field[vcol], row.field[vcol],
		    row.len[vcol], &v, e) == -1)
			return -1;
		proj = fit = NAN;
		if (projcol >= 0 && fitcol >= 0 && (number(file, row.line,
		    "projected", row.field[projcol], row.len[projcol], &proj,
		    e) == -1 || number(file, row.line, "fitted",
		    row.field[fitcol], row.len[fitcol], &fit, e) == -1))
			return -1;
		if (c->o.per != HV_PERIOD_NONE && coarser(c->o.per, &p) == -1)
			return hv_err_at(e, file, row.line, "--per %s: '%s' is "
			    "no shorter period than a %s", hv_period_kind_name(
			    c->o.per), row.field[pcol], hv_period_kind_name(
			    c->o.per));
		if ((si = series_index(c, name)) >= 0)
			pi = period_index(c, &p, p.kind == HV_PERIOD_COLUMN ?
			    row.field[pcol] : hv_period_fmt(&p, pbuf,
			    sizeof(pbuf)));
		if (si == -3 || (si >= 0 && pi == -3))
			return hv_err_at(e, file, row.line, "more than %d "
			    "series times x values: no chart shows that "
			    "many (--only draws some series, --per year "
			    "fewer periods)", HV_CHART_MAX_CELLS);
		if (si < 0 || pi < 0)
			return hv_err_nomem(e);
		if (put_value(c, (size_t)si, (size_t)pi, v, fit,
		    proj == 1) == -1)
			return hv_err_at(e, file, row.line, "series '%s' has "
			    "x value '%s' twice (--per combines the periods "
			    "of a year, quarter or month)", c->s[si].name,
			    c->plabel[pi]);
		if (fcol >= 0 && row.field[fcol][0] != '\0' &&
		    c->s[si].flag[pi] == 0 &&
		    (c->s[si].flag[pi] = flag_index(c, row.field[fcol])) == 0)
			return hv_err_nomem(e);
	}
	return got;
}

/* --- the program ------------------------------------------------------- */

/*
 * s as a gnuplot string: single-quoted, where no backquote runs and no
 * macro expands; a line break becomes a space.  gnuplot's own escape of
 * a quote inside one (doubling it) fails at the start of a string and on
 * two quotes in a row, so a quote is written as a string of its own,
 * "'", joined by gnuplot's concatenation: "'" . 'Friskliv' . "'".  A
 * double-quoted string of a quote alone has nothing to expand.
 */
static void
put_string(FILE *fp, const char *s)
{
	int open = 0, pieces = 0;

	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '\'') {
			fputs(open ? "' . \"'\"" : pieces > 0 ? " . \"'\"" :
			    "\"'\"", fp);
			open = 0;
			pieces++;
			continue;
		}
		if (!open) {
			fputs(pieces > 0 ? " . '" : "'", fp);
			open = 1;
			pieces++;
		}
		putc(*s == '\n' || *s == '\r' ? ' ' : *s, fp);
	}
	if (open)
		putc('\'', fp);
	else if (pieces == 0)
		fputs("''", fp);
}

/* A round step for about n ticks over range. */
static double
nice_step(double range, int n)
{
	double raw = range / n, mag, f;

	if (raw <= 0 || !isfinite(raw))
		return 1;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
}

/* Tick marks from lo to hi with Norwegian labels ("1 000", "2,5"): 0,
 * or -1 when the range is beyond a double (values near 1e308, or a
 * stack of them), which no axis can show. */
static int
put_ticks(FILE *fp, const char *axis, double lo, double hi, int steps)
{
	double step, t;
	int decimals, k, n;
	char buf[64];

	if (!isfinite(lo) || !isfinite(hi) || !isfinite(hi - lo))
		return -1;
	step = nice_step(hi - lo, steps);
	decimals = step >= 1 ? 0 : (int)ceil(-log10(step));
	lo = floor(lo / step) * step;
	hi = ceil(hi / step) * step;
	if (!isfinite(lo) || !isfinite(hi))
		return -1;
	if (hi <= lo)
		hi = lo + step;
	/* about six steps; counted, so that a step lost in the rounding of
	 * a huge lo can never leave the loop where it is */
	n = (int)fmin(round((hi - lo) / step), 20);
	fprintf(fp, "set %srange [%.10g:%.10g]\n", axis, lo, hi);
	fprintf(fp, "set %stics (", axis);
	for (k = 0; k <= n; k++) {
		t = lo + k * step;
		hv_num_fmt(buf, sizeof(buf), fabs(t) < step / 1e6 ? 0 : t,
		    decimals, HV_NUMSTYLE_NB);
		fputs(k == 0 ? "" : ", ", fp);
		put_string(fp, buf);
		fprintf(fp, " %.10g", t);
	}
	fputs(")\n", fp);
	return 0;
}

static int
too_large(double lo, double hi, struct hv_err *e)
{
	if (!isfinite(lo) || !isfinite(hi))
		return hv_err_set(e, "stacked values add up to more than a "
		    "double holds (1.8e308): too large to draw");
	return hv_err_set(e, "values from %g to %g: too large to draw (the "
	    "axis would span more than a double holds)", lo, hi);
}

/* The value of row i, column j of what is drawn: periods by series, or
 * the other way round with --by-series. */
static double
cell(const struct hv_chart *c, size_t i, size_t j)
{
	return c->o.by_series ? c->s[i].v[j] : c->s[j].v[i];
}

static void
range_of(const struct hv_chart *c, size_t rows, size_t cols, double *lo,
    double *hi)
{
	double v, pos, neg;
	size_t i, j;
	int seen = 0;

	*lo = c->o.kind == HV_CHART_LINE ? INFINITY : 0;
	*hi = c->o.kind == HV_CHART_LINE ? -INFINITY : 0;
	for (i = 0; i < rows; i++) {
		pos = neg = 0;
		for (j = 0; j < cols; j++) {
			v = cell(c, i, j);
			if (isnan(v))
				continue;
			seen = 1;
			if (c->o.kind == HV_CHART_STACKED) {
				if (v > 0)
					pos += v;
				else
					neg += v;
				continue;
			}
			*lo = fmin(*lo, v);
			*hi = fmax(*hi, v);
		}
		*lo = fmin(*lo, neg);
		*hi = fmax(*hi, pos);
	}
	for (i = 0; c->projected && i < c->ns; i++)
		for (j = 0; j < c->np; j++)
			if (!isnan(c->s[i].fit[j])) {
				*lo = fmin(*lo, c->s[i].fit[j]);
				*hi = fmax(*hi, c->s[i].fit[j]);
			}
	/* nothing to draw: an axis of 0 to 1; a sum beyond a double stays
	 * infinite, for put_ticks to refuse */
	if (!seen && (!isfinite(*lo) || !isfinite(*hi))) {
		*lo = 0;
		*hi = 1;
	}
}

/* A datablock terminator that no line of the block equals: the block
 * holds numbers only, so a terminator of letters is safe. */
static void
put_block_start(FILE *fp, const char *name)
{
	fprintf(fp, "$%s << EOD_%s\n", name, name);
}

static void
put_block_end(FILE *fp, const char *name)
{
	fprintf(fp, "EOD_%s\n", name);
}

static void
put_number(FILE *fp, double v)
{
	if (isnan(v))
		fputs(" NaN", fp);
	else
		fprintf(fp, " %.15g", v);
}

/* The x value hbars ranks: --period's (a period, or the name of a
 * category), or the last period; into *p.  0, or -1 with the reason. */
static int
hbars_period(const struct hv_chart *c, size_t *p, struct hv_err *e)
{
	struct hv_period want;
	size_t i;

	if (c->o.period != NULL) {
		/* a period, or the name of a category */
		for (i = 0; i < c->np; i++)
			if (strcmp(c->plabel[i], c->o.period) == 0)
				break;
		if (i == c->np) {
			if (hv_period_parse(c->o.period, strlen(c->o.period),
			    &want, e) == -1) {
				hv_err_option(e, "--period");
				return -1;
			}
			for (i = 0; i < c->np; i++)
				if (hv_period_cmp(&c->per[i], &want) == 0)
					break;
		}
		if (i == c->np)
			return hv_err_set(e, "--period %s: not in the data",
			    c->o.period);
		*p = i;
	} else {
		for (*p = 0, i = 1; i < c->np; i++)
			if (hv_period_cmp(&c->per[i], &c->per[*p]) > 0)
				*p = i;
	}
	return 0;
}

/* The ranking of x value p, series hl (or -1) drawn apart. */
static int
script_hbars(struct hv_chart *c, FILE *fp, size_t p, long hl,
    struct hv_err *e)
{
	double lo, hi, v;
	size_t i, j, n = 0, *order;

	if ((order = calloc(c->ns + 1, sizeof(*order))) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < c->ns; i++)
		if (!isnan(c->s[i].v[p]))
			order[n++] = i;
	/* highest first, at the top */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && c->s[order[j]].v[p] >
		    c->s[order[j - 1]].v[p]; j--) {
			size_t t = order[j];

			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	lo = hi = 0;
	for (i = 0; i < n; i++) {
		v = c->s[order[i]].v[p];
		lo = fmin(lo, v);
		hi = fmax(hi, v);
	}
	if (put_ticks(fp, "x", lo, hi, 6) == -1)
		return too_large(lo, hi, e);
	fprintf(fp, "set yrange [-0.6:%zu.6]\nset ytics (", n > 0 ? n - 1 : 0);
	for (i = 0; i < n; i++) {
		fputs(i > 0 ? ", " : "", fp);
		put_string(fp, c->s[order[i]].name);
		fprintf(fp, " %zu", n - 1 - i);
	}
	fputs(")\nset grid xtics\nunset key\n", fp);
	if (c->o.subtitle != NULL)
		fputs("set bmargin 5\n", fp);	/* the source line */
	put_block_start(fp, "data");
	for (i = 0; i < n; i++) {
		fprintf(fp, "%zu", n - 1 - i);
		put_number(fp, c->s[order[i]].v[p]);
		fprintf(fp, " %d\n", (long)order[i] == hl);
	}
	put_block_end(fp, "data");
	fprintf(fp, "plot $data using (0):1:(0):2:($1-0.38):($1+0.38) "
	    "with boxxyerror fill solid 0.9 noborder lc rgb '%s' notitle, "
	    "$data using ($3 == 1 ? 0 : NaN):1:(0):2:($1-0.38):($1+0.38) "
	    "with boxxyerror fill solid 0.9 noborder lc rgb '%s' notitle\n",
	    PLAIN, HIGHLIGHT);
	free(order);
	return 0;
}

/*
 * The names shown: the key parts, joined by ", ", without those that are
 * the same in every series (a measure column of one value says nothing).
 */
static int
display_names(struct hv_chart *c)
{
	char *parts[16][16], *name, *p, *out;
	size_t nparts[16], i, k, np = 0, n;
	int keep[16];

	if (c->ns > 16) {
		/* too many to compare: every part, joined by ", " */
		for (i = 0; i < c->ns; i++) {
			name = c->s[i].name;
			for (k = 0, p = name; (p = strchr(p, '\x1f')) != NULL;
			    p++)
				k++;
			if ((out = malloc(strlen(name) + k + 1)) == NULL)
				return -1;
			for (n = 0, p = name; *p != '\0'; p++) {
				if (*p == '\x1f') {
					out[n++] = ',';
					out[n++] = ' ';
				} else {
					out[n++] = *p;
				}
			}
			out[n] = '\0';
			free(name);
			c->s[i].name = out;
		}
		return 0;
	}
	for (i = 0; i < c->ns; i++) {
		nparts[i] = 0;
		for (p = c->s[i].name; p != NULL && nparts[i] < 16;) {
			parts[i][nparts[i]++] = p;
			if ((p = strchr(p, '\x1f')) != NULL)
				*p++ = '\0';
		}
		if (i == 0 || nparts[i] < np)
			np = nparts[i];
	}
	for (k = 0; k < np; k++) {
		keep[k] = c->ns == 1;
		for (i = 1; i < c->ns; i++)
			if (strcmp(parts[i][k], parts[0][k]) != 0)
				keep[k] = 1;
	}
	for (i = 0; i < c->ns; i++) {
		if ((out = malloc(512)) == NULL)
			return -1;
		out[0] = '\0';
		for (k = 0, n = 0; k < nparts[i]; k++) {
			if (k < np && !keep[k])
				continue;
			n += (size_t)snprintf(out + n, 512 - n, "%s%s", n > 0 ?
			    ", " : "", parts[i][k]);
			if (n >= 512)
				n = 511;
		}
		if (out[0] == '\0')
			snprintf(out, 512, "%s", parts[i][0]);
		name = c->s[i].name;
		c->s[i].name = out;
		free(name);
	}
	return 0;
}

/* Once all is read: the means of --per, --every's x values kept, the
 * points counted. */
static void
finish(struct hv_chart *c)
{
	size_t i, j, k, every = c->o.every > 1 ? (size_t)c->o.every : 1;
	struct series *s;

	if (c->done)
		return;
	c->done = 1;
	for (i = 0; c->o.per != HV_PERIOD_NONE && !c->o.per_sum &&
	    i < c->ns; i++)
		for (j = 0, s = &c->s[i]; j < c->np; j++) {
			/* the mean of the values there are */
			if (s->nv[j] > 0)
				s->v[j] /= s->nv[j];
			if (s->nfit[j] > 0)
				s->fit[j] /= s->nfit[j];
		}
	for (j = 0, k = 0; every > 1 && j < c->np; j++) {
		if (j % every != 0 && j + 1 != c->np) {
			free(c->plabel[j]);
			continue;
		}
		c->per[k] = c->per[j];
		c->plabel[k] = c->plabel[j];
		for (i = 0; i < c->ns; i++) {
			c->s[i].v[k] = c->s[i].v[j];
			c->s[i].fit[k] = c->s[i].fit[j];
			c->s[i].flag[k] = c->s[i].flag[j];
		}
		k++;
	}
	if (every > 1)
		c->np = k;
	for (i = 0, c->npoints = 0; i < c->ns; i++)
		for (j = 0; j < c->np; j++)
			c->npoints += !isnan(c->s[i].v[j]) +
			    !isnan(c->s[i].fit[j]);
}

size_t
hv_chart_points(struct hv_chart *c)
{
	finish(c);
	return c->npoints;
}

size_t
hv_chart_series(const struct hv_chart *c)
{
	return c->ns;
}

/* --- the parts of a chart ---------------------------------------------- */

/* The legend placed: the colour first, then its name, read left to
 * right; only the table's own words reach gnuplot, never the option's. */
static void
put_legend(FILE *fp, int legend, int subtitled)
{
	if (legend == L_OFF)
		fputs("unset key\n", fp);
	else if (legend == L_BELOW)
		/* at the foot, over the source line (put_bmargin makes the
		 * room) */
		fprintf(fp, "set key at screen 0.5, screen %s center bottom "
		    "horizontal reverse Left width 2\n", subtitled ? "0.06" :
		    "0.01");
	else if (legend == L_OUTSIDE)
		fputs("set key outside right top reverse Left\n", fp);
	else
		fprintf(fp, "set key %s reverse Left\n",
		    hv_name_of(legends, legend));
}

/* Do the values drawn in the x share [x0, x1) of the rows reach into
 * the y share [y0, y1) of lo..hi (bars: from 0 to their value)? */
static int
covers(const struct hv_chart *c, size_t rows, size_t cols, double x0,
    double x1, double y0, double y1, double lo, double hi)
{
	double v, top, bottom, a = lo + y0 * (hi - lo), b = lo + y1 * (hi - lo);
	size_t i, j;

	for (i = (size_t)(x0 * rows); i < rows && i < x1 * rows + 1; i++)
		for (j = 0; j < cols; j++) {
			if (isnan(v = cell(c, i, j)))
				continue;
			top = c->o.kind == HV_CHART_LINE ? v : fmax(v, 0);
			bottom = c->o.kind == HV_CHART_LINE ? v : fmin(v, 0);
			if (top >= a && bottom <= b)
				return 1;
		}
	return 0;
}

/* --legend auto: a corner the data leaves free (a box of a third of the
 * width and, for up to six entries, of the height), else below the
 * plot; below for more entries or stacked bars. */
static int
pick_legend(const struct hv_chart *c, size_t rows, size_t cols, double lo,
    double hi)
{
	static const struct {
		int	 legend;
		double	 x0, x1, y0, y1;
	} corners[] = {
		{ L_TOP_LEFT, 0, 0.35, 0.62, 1 },
		{ L_TOP_RIGHT, 0.65, 1, 0.62, 1 },
		{ L_BOTTOM_LEFT, 0, 0.35, 0, 0.38 },
		{ L_BOTTOM_RIGHT, 0.65, 1, 0, 0.38 },
	};
	size_t k;

	if (c->legend != L_AUTO)
		return c->legend;
	if (cols > 6 || c->o.kind == HV_CHART_STACKED || hi <= lo)
		return L_BELOW;
	for (k = 0; k < sizeof(corners) / sizeof(corners[0]); k++)
		if (!covers(c, rows, cols, corners[k].x0, corners[k].x1,
		    corners[k].y0, corners[k].y1, lo, hi))
			return corners[k].legend;
	return L_BELOW;
}

/* X labels at most this many; more are thinned to round periods. */
#define MAX_XLABELS	12

/* The step between labelled x values, for rows of them: 1 when all fit,
 * else the smallest round step for the kind of period (5 or 10 years,
 * 6 or 12 months, 4 quarters) that leaves at most MAX_XLABELS. */
static size_t
label_step(const struct hv_chart *c, size_t rows)
{
	static const size_t years[] = { 1, 2, 5, 10, 20, 25, 50, 100, 0 };
	static const size_t quarters[] = { 1, 2, 4, 8, 20, 40, 0 };
	static const size_t months[] = { 1, 2, 3, 6, 12, 24, 36, 60, 120, 0 };
	static const size_t other[] = { 1, 2, 5, 7, 10, 14, 28, 50, 100,
	    365, 1000, 0 };
	const size_t *steps;
	size_t k;

	if (c->o.by_series || rows <= MAX_XLABELS + 2)
		return 1;
	switch (c->per[0].kind) {
	case HV_PERIOD_YEAR:
		steps = years;
		break;
	case HV_PERIOD_QUARTER:
		steps = quarters;
		break;
	case HV_PERIOD_MONTH:
		steps = months;
		break;
	default:
		steps = other;
	}
	for (k = 0; steps[k] != 0; k++)
		if ((rows + steps[k] - 1) / steps[k] <= MAX_XLABELS)
			return steps[k];
	return (rows + MAX_XLABELS - 1) / MAX_XLABELS;
}

/* Is x value i a round one for step: a year divisible by it, a month or
 * quarter counted from year 0 (January, the first quarter), or else
 * every step-th from the first. */
static int
round_at(const struct hv_chart *c, size_t i, size_t step)
{
	const struct hv_period *p = &c->per[i];

	switch (p->kind) {
	case HV_PERIOD_YEAR:
		return (size_t)p->year % step == 0;
	case HV_PERIOD_QUARTER:
		return ((size_t)p->year * 4 + (size_t)p->sub - 1) % step == 0;
	case HV_PERIOD_MONTH:
		return ((size_t)p->year * 12 + (size_t)p->sub - 1) % step == 0;
	default:
		return i % step == 0;
	}
}

/* The label of x value i: the series' name with --by-series, a date as
 * the reports write it (13.09.2022), a period as written. */
static const char *
x_label(const struct hv_chart *c, size_t i, char *buf, size_t sz)
{
	const struct hv_period *p;

	if (c->o.by_series)
		return c->s[i].name;
	p = &c->per[i];
	if (p->kind != HV_PERIOD_DATE)
		return c->plabel[i];
	snprintf(buf, sz, "%02d.%02d.%04d", p->day, p->sub, p->year);
	return buf;
}

/* The x tics: every x value, or about a dozen at round periods with a
 * small unlabelled tick at the others (up to 200 of them); turned when
 * the labels are wider than their share of the width.  labels 0: the
 * same tics without labels (the upper panels of --facet). */
static int
put_xtics(const struct hv_chart *c, FILE *fp, size_t rows, int labels)
{
	size_t i, n = 0, widest = 0, w, step = label_step(c, rows);
	const char *label;
	int any = 0, show;
	char buf[32];

	fputs("set xtics (", fp);
	for (i = 0; i < rows; i++)
		any |= round_at(c, i, step);
	for (i = 0; i < rows; i++) {
		/* no round period among them: every step-th */
		show = step == 1 || (any ? round_at(c, i, step) :
		    i % step == 0);
		if (!show && rows > 200)
			continue;
		fputs(n++ > 0 ? ", " : "", fp);
		if (show && labels) {
			label = x_label(c, i, buf, sizeof(buf));
			put_string(fp, label);
			if ((w = hv_utf8_width(label)) > widest)
				widest = w;
		} else
			fputs("''", fp);
		fprintf(fp, " %zu%s", i, show ? "" : " 1");
	}
	fputs(")\n", fp);
	/* about 6.5 pixels a letter; a slot is the plot's width over the
	 * labels shown */
	if (labels && widest * 13 / 2 > (size_t)c->o.width * 85 / 100 /
	    ((rows + step - 1) / step)) {
		fputs("set xtics rotate by 30 right\n", fp);
		return 1;
	}
	return 0;
}

/* The lines of a legend below the plot: gnuplot gives its entries one
 * width, the widest's (about 7 pixels a letter and the sample), and as
 * many a line as fit. */
static size_t
legend_lines(const struct hv_chart *c, size_t cols)
{
	size_t j, widest = 0, n = cols + (c->nflags > 0), per_line;
	const char *name;

	for (j = 0; j < cols; j++) {
		name = c->o.by_series ? c->plabel[j] : c->s[j].name;
		if (hv_utf8_width(name) > widest)
			widest = hv_utf8_width(name);
	}
	/* the flags' entry: "skravert: " and up to 240 letters */
	for (j = 0; j < c->nflags; j++)
		if (hv_utf8_width(c->flags[j]) + 12 > widest)
			widest = hv_utf8_width(c->flags[j]) + 12;
	per_line = ((size_t)c->o.width - 40) / (widest * 7 + 60);
	if (per_line == 0)
		per_line = 1;
	return (n + per_line - 1) / per_line;
}

/* The bottom margin, in lines of text: the x labels (turned ones take
 * three more), the legend when it is below, the source line. */
static void
put_bmargin(const struct hv_chart *c, FILE *fp, int turned, int legend,
    size_t cols)
{
	size_t lines = turned ? 6 : 3;

	/* a legend line is taller than a line of text, by about a third */
	if (legend == L_BELOW)
		lines += (legend_lines(c, cols) * 4 + 2) / 3 + 1;
	if (c->o.subtitle != NULL)
		lines += 2;
	if (turned || legend == L_BELOW || c->o.subtitle != NULL)
		fprintf(fp, "set bmargin %zu\n", lines);
}

/* The decimals of the labels on the values: one when a value has one. */
static int
label_decimals(const struct hv_chart *c, size_t rows, size_t cols)
{
	size_t i, j;
	double v;

	for (i = 0; i < rows; i++)
		for (j = 0; j < cols; j++)
			if (!isnan(v = cell(c, i, j)) &&
			    hv_num_decimals(v, 1) > 0)
				return 1;
	return 0;
}

/* A label at (x, y): text, above the point (below when below), small. */
static void
put_label(FILE *fp, const char *text, double x, double y, int below,
    const char *extra)
{
	fputs("set label ", fp);
	put_string(fp, text);
	fprintf(fp, " at %.6g, %.15g center offset 0, %s font ',9'%s\n", x,
	    y, below ? "-0.7" : "0.7", extra);
}

/* A label standing up from (x, y) (down when below): for bars too
 * narrow for it across. */
static void
put_label_up(FILE *fp, const char *text, double x, double y, int below)
{
	fputs("set label ", fp);
	put_string(fp, text);
	fprintf(fp, " at %.6g, %.15g %s rotate by 90 offset 0, %s font ',9'\n",
	    x, y, below ? "right" : "left", below ? "-0.4" : "0.4");
}

/* The value of each point or bar (x of column j at i + offset[j]) as
 * its label: Norwegian digits, one decimal when any value has one. */
static void
put_value_labels(const struct hv_chart *c, FILE *fp, size_t rows,
    size_t cols, const double *offset)
{
	int decimals = label_decimals(c, rows, cols);
	char buf[64];
	size_t i, j, widest = 0;
	double v, slot;

	/* a bar's width in pixels (of about 85 % of the chart's), against
	 * the widest label at about 6.5 pixels a letter */
	for (i = 0; offset != NULL && i < rows; i++)
		for (j = 0; j < cols; j++)
			if (!isnan(v = cell(c, i, j)) && strlen(hv_num_fmt(buf,
			    sizeof(buf), v, decimals, HV_NUMSTYLE_NB)) > widest)
				widest = strlen(buf);
	slot = offset != NULL ? 0.8 / (double)cols * c->o.width * 0.85 /
	    (double)rows : INFINITY;

	for (i = 0; i < rows; i++)
		for (j = 0; j < cols; j++) {
			if (isnan(v = cell(c, i, j)))
				continue;
			hv_num_fmt(buf, sizeof(buf), v, decimals,
			    HV_NUMSTYLE_NB);
			if ((double)widest * 6.5 > slot)
				put_label_up(fp, buf, (double)i + offset[j], v,
				    v < 0);
			else
				put_label(fp, buf, (double)i + (offset != NULL ?
				    offset[j] : 0), v, v < 0, "");
		}
}

/* The projection, from the last value drawn on. */
static void
put_projection(const struct hv_chart *c, FILE *fp, size_t rows, size_t cols)
{
	size_t i, j;

	put_block_start(fp, "projection");
	for (i = 0; i < rows; i++) {
		fprintf(fp, "%zu", i);
		for (j = 0; j < cols; j++)
			put_number(fp, !isnan(c->s[j].fit[i]) ?
			    c->s[j].fit[i] : i + 1 < rows &&
			    !isnan(c->s[j].fit[i + 1]) ?
			    c->s[j].v[i] : NAN);
		fputc('\n', fp);
	}
	put_block_end(fp, "projection");
}

/* The flag of row i, column j, or 0. */
static unsigned
flag_at(const struct hv_chart *c, size_t i, size_t j)
{
	return c->o.by_series ? c->s[i].flag[j] : c->s[j].flag[i];
}

/* The flagged points of columns from to to - 1 of a line chart as the
 * datablock $name (x y), written only when there is one; how many. */
static size_t
put_flagged(const struct hv_chart *c, FILE *fp, const char *name,
    size_t rows, size_t from, size_t to)
{
	size_t i, j, n = 0;

	for (i = 0; i < rows; i++)
		for (j = from; j < to; j++)
			if (flag_at(c, i, j) != 0 && !isnan(cell(c, i, j))) {
				if (n++ == 0)
					put_block_start(fp, name);
				fprintf(fp, "%zu", i);
				put_number(fp, cell(c, i, j));
				fputc('\n', fp);
			}
	if (n > 0)
		put_block_end(fp, name);
	return n;
}

/* Does list ("a; b; c") hold item whole? */
static int
said(const char *list, const char *item)
{
	size_t n = strlen(item);
	const char *p;

	for (p = list; (p = strstr(p, item)) != NULL; p++)
		if ((p == list || (p >= list + 2 && p[-2] == ';')) &&
		    (p[n] == '\0' || p[n] == ';'))
			return 1;
	return 0;
}

/* The legend entry of the flagged values: how they are drawn, and why,
 * each kind of flag once ("skravert: negativ verdi; kostragruppe
 * endret 2020" for flags that combine them). */
static void
put_flag_title(const struct hv_chart *c, FILE *fp, const char *how)
{
	char list[240] = "", part[200], text[300];
	const char *p, *end;
	size_t i, len;

	for (i = 0; i < c->nflags; i++)
		for (p = c->flags[i]; *p != '\0'; p = *end != '\0' ? end + 2 :
		    end) {
			if ((end = strstr(p, "; ")) == NULL)
				end = p + strlen(p);
			len = (size_t)(end - p) < sizeof(part) - 1 ?
			    (size_t)(end - p) : sizeof(part) - 1;
			memcpy(part, p, len);
			part[len] = '\0';
			if (len > 0 && !said(list, part))
				hv_list_append(list, sizeof(list), "; ", part);
		}
	snprintf(text, sizeof(text), "%s: %s", how, list);
	put_string(fp, text);
}

/* The colour of column j's bars: its own, or with --highlight (of a
 * series, not a unit of --by-series) the highlight's or the plain one. */
static const char *
bar_colour(const struct hv_chart *c, size_t j, long hl)
{
	if (hl < 0 || c->o.by_series)
		return colours[j % NCOLOURS];
	return (long)j == hl ? HIGHLIGHT : PLAIN;
}

/*
 * Grouped bars, each drawn as a box of its own (not gnuplot's
 * histograms), so that a bar can be drawn apart: the highlighted
 * series' bars in the highlight colour, or with --by-series the
 * highlighted unit's bars in full colour and the others' pale; a
 * flagged bar hatched, named in the legend; a bar of 0 labelled "0",
 * a missing one "mangler" (never an empty slot that reads as 0); with
 * --values every bar its value.
 */
static int
script_bars(struct hv_chart *c, FILE *fp, size_t rows, size_t cols,
    long hl, struct hv_err *e)
{
	double *offset, width = 0.8 / (double)cols, v;
	size_t i, j, nflagged = 0;
	char rgb[8];

	if ((offset = calloc(cols + 1, sizeof(*offset))) == NULL)
		return hv_err_nomem(e);
	for (j = 0; j < cols; j++)
		offset[j] = -0.4 + width * ((double)j + 0.5);
	for (i = 0; i < rows; i++)
		for (j = 0; j < cols; j++) {
			v = cell(c, i, j);
			if (isnan(v))
				put_label_up(fp, "mangler", (double)i +
				    offset[j], 0, 0);
			else if (v == 0 && !c->o.values)
				put_label(fp, "0", (double)i + offset[j], 0, 0,
				    "");
		}
	if (c->o.values)
		put_value_labels(c, fp, rows, cols, offset);
	/* x, value, column, flagged, in the highlighted row */
	put_block_start(fp, "bars");
	for (i = 0; i < rows; i++)
		for (j = 0; j < cols; j++) {
			if (isnan(v = cell(c, i, j)))
				continue;
			nflagged += flag_at(c, i, j) != 0;
			fprintf(fp, "%.6g", (double)i + offset[j]);
			put_number(fp, v);
			fprintf(fp, " %zu %d %d\n", j, flag_at(c, i, j) != 0,
			    c->o.by_series && (long)i == hl);
		}
	put_block_end(fp, "bars");
	free(offset);
	fprintf(fp, "hw = %.6g\nplot ", width * 0.45);
	for (j = 0; j < cols; j++) {
		snprintf(rgb, sizeof(rgb), "%s", bar_colour(c, j, hl));
		fputs(j > 0 ? ", \\\n     " : "", fp);
		/* --highlight with --by-series: the others' bars pale */
		fprintf(fp, "$bars using ($3 == %zu && $4 == 0 && %s ? $1 : "
		    "NaN):"
		    "(0):($1 - hw):($1 + hw):(0):2 with boxxyerror fs solid "
		    "0.9 noborder lc rgb '%s' title ", j, c->o.by_series &&
		    hl >= 0 ? "$5 != 0" : "1", rgb);
		put_string(fp, c->o.by_series ? c->plabel[j] : c->s[j].name);
		if (c->o.by_series && hl >= 0)
			fprintf(fp, ", \\\n     $bars using ($3 == %zu && $4 == 0 "
			    "&& $5 == 0 ? $1 : NaN):(0):($1 - hw):($1 + hw):(0):2 "
			    "with boxxyerror fs solid 0.3 noborder lc rgb '%s' "
			    "notitle", j, rgb);
	}
	/* the flagged bars hatched in their colour, one legend entry */
	for (j = 0; nflagged > 0 && j < cols; j++)
		fprintf(fp, ", \\\n     $bars using ($3 == %zu && $4 != 0 ? $1 : "
		    "NaN):(0):($1 - hw):($1 + hw):(0):2 with boxxyerror fs "
		    "pattern 4 border lc rgb '%s' fc rgb '%s' notitle", j,
		    bar_colour(c, j, hl), bar_colour(c, j, hl));
	if (nflagged > 0) {
		fputs(", \\\n     keyentry with boxes fs pattern 4 lc rgb "
		    "'#555555' title ", fp);
		put_flag_title(c, fp, "skravert");
	}
	fputc('\n', fp);
	return ferror(fp) ? hv_err_io(e, "gnuplot", "%s", strerror(errno)) :
	    0;
}

/*
 * --facet: small multiples, one panel per series under each other
 * (two columns from seven series on), each with its own y axis, the x
 * axis shared and labelled under the last; a line chart.
 */
static int
script_facets(struct hv_chart *c, FILE *fp, size_t rows, struct hv_err *e)
{
	size_t i, j, ncols = c->ns > 6 ? 2 : 1, nrows, nflagged = 0;
	size_t flagged[HV_CHART_MAX_FACETS];
	double lo, hi, v;
	char name[32];

	nrows = (c->ns + ncols - 1) / ncols;
	put_block_start(fp, "data");
	for (i = 0; i < rows; i++) {
		fprintf(fp, "%zu", i);
		for (j = 0; j < c->ns; j++)
			put_number(fp, c->s[j].v[i]);
		fputc('\n', fp);
	}
	put_block_end(fp, "data");
	if (c->projected)
		put_projection(c, fp, rows, c->ns);
	/* each series' flagged points, and why, under the panels */
	for (j = 0; j < c->ns; j++) {
		snprintf(name, sizeof(name), "flagged%zu", j);
		nflagged += flagged[j] = put_flagged(c, fp, name, rows, j,
		    j + 1);
	}
	if (nflagged > 0) {
		fputs("set label 2 ", fp);
		put_flag_title(c, fp, "ring");
		fputs(" at screen 0.99, screen 0.02 right font ',9'\n", fp);
	}
	fprintf(fp, "unset key\nunset title\nset xrange [-0.6:%zu.6]\n"
	    "set multiplot layout %zu,%zu", rows - 1, nrows, ncols);
	if (c->o.title != NULL) {
		fputs(" title ", fp);
		put_string(fp, c->o.title);
		fputs(" font ',14'", fp);
	}
	fputc('\n', fp);
	for (j = 0; j < c->ns; j++) {
		lo = INFINITY;
		hi = -INFINITY;
		for (i = 0; i < rows; i++) {
			if (!isnan(v = c->s[j].v[i])) {
				lo = fmin(lo, v);
				hi = fmax(hi, v);
			}
			if (c->projected && !isnan(v = c->s[j].fit[i])) {
				lo = fmin(lo, v);
				hi = fmax(hi, v);
			}
		}
		if (!isfinite(lo)) {
			lo = 0;
			hi = 1;
		}
		fputs("set title ", fp);
		put_string(fp, c->s[j].name);
		fputs(" font ',10'\n", fp);
		if (put_ticks(fp, "y", lo, hi, nrows > 2 ? 3 : 4) == -1)
			return too_large(lo, hi, e);
		put_xtics(c, fp, rows, j + ncols >= c->ns);
		fprintf(fp, "plot $data using 1:%zu with linespoints lw 2 pt 7 "
		    "ps 0.6 lc rgb '%s'", j + 2, colours[0]);
		if (c->projected)
			fprintf(fp, ", $projection using 1:%zu with lines lw 2 "
			    "dt 2 lc rgb '%s'", j + 2, colours[0]);
		if (flagged[j] > 0)
			fprintf(fp, ", $flagged%zu using 1:2 with points pt 6 "
			    "ps 2 lw 2 lc rgb '#000000'", j);
		fputc('\n', fp);
	}
	fputs("unset multiplot\n", fp);
	return ferror(fp) ? hv_err_io(e, "gnuplot", "%s", strerror(errno)) :
	    0;
}

int
hv_chart_script(struct hv_chart *c, FILE *fp, const char *output_path,
    struct hv_err *e)
{
	/* the kind of file is the one asked for, not the temporary one's */
	const char *ext = strrchr(c->o.output != NULL ? c->o.output :
	    output_path, '.');
	size_t rows, cols, i, j, ranked = 0, nflagged;
	double lo, hi;
	long hl = -1;
	int legend;
	const char *colour;

	if (c->ns == 0 || c->np == 0)
		return hv_err_set(e, "nothing to draw: no rows");
	finish(c);
	if (c->npoints > HV_CHART_MAX_POINTS && !c->o.force)
		return hv_err_set(e, "%zu points in %zu series, more than "
		    "the %d gnuplot draws in a second or so: --per year "
		    "(or quarter, month) or --every N to draw fewer periods, "
		    "--only to draw some series, or --force to draw them "
		    "all", c->npoints, c->ns, HV_CHART_MAX_POINTS);
	if (!c->named && display_names(c) == -1)
		return hv_err_nomem(e);
	c->named = 1;
	/* what the options name is found before a line is written: the
	 * series --highlight draws apart (in lines and bars in the
	 * highlight's colour, a line thicker, the others in one plain
	 * colour), the x value hbars ranks */
	if (c->o.highlight != NULL) {
		if (c->o.by_series && c->o.kind != HV_CHART_HBARS &&
		    c->o.kind != HV_CHART_BARS)
			return hv_err_set(e, "--highlight: with --by-series "
			    "the series are the x axis; draw it without "
			    "--by-series, or as bars or hbars");
		for (i = 0; i < c->ns; i++)
			if (names(c->s[i].name, c->o.highlight))
				hl = (long)i;
		if (hl < 0)
			return hv_err_set(e, "--highlight: no series '%s'",
			    c->o.highlight);
	}
	if (c->o.kind == HV_CHART_HBARS && hbars_period(c, &ranked, e) == -1)
		return -1;
	if (c->o.facet && c->ns > HV_CHART_MAX_FACETS)
		return hv_err_set(e, "--facet: %zu series, more panels than "
		    "the %d a page holds (--only draws some)", c->ns,
		    HV_CHART_MAX_FACETS);
	fputs("# made by chart (hvstat); every text below is a single-quoted "
	    "literal or \"'\"\nset encoding utf8\n", fp);
	if (ext != NULL && strcasecmp(ext, ".svg") == 0)
		fprintf(fp, "set terminal svg size %d,%d dynamic noenhanced "
		    "font 'DejaVu Sans,12' background rgb 'white'\n",
		    c->o.width, c->o.height);
	else if (ext != NULL && strcasecmp(ext, ".pdf") == 0)
		fprintf(fp, "set terminal pdfcairo size %.2fin,%.2fin "
		    "noenhanced font 'DejaVu Sans,10'\n", c->o.width / 96.0,
		    c->o.height / 96.0);
	else
		fprintf(fp, "set terminal pngcairo size %d,%d noenhanced "
		    "font 'DejaVu Sans,11' background rgb 'white'\n",
		    c->o.width, c->o.height);
	fputs("set output ", fp);
	put_string(fp, output_path);
	fputs("\n", fp);
	if (c->o.title != NULL) {
		fputs("set title ", fp);
		put_string(fp, c->o.title);
		fputs(" font ',14'\n", fp);
	}
	if (c->o.subtitle != NULL) {
		fputs("set label 1 ", fp);
		put_string(fp, c->o.subtitle);
		fputs(" at screen 0.01, screen 0.02 left font ',9'\n", fp);
	}
	if (c->o.xlabel != NULL) {
		fputs("set xlabel ", fp);
		put_string(fp, c->o.xlabel);
		fputs("\n", fp);
	}
	if (c->o.ylabel != NULL) {
		fputs("set ylabel ", fp);
		put_string(fp, c->o.ylabel);
		fputs("\n", fp);
	}
	fputs("set border 3\nset tics nomirror\nset grid ytics lc rgb "
	    "'#dddddd'\n", fp);
	if (c->o.kind == HV_CHART_HBARS)
		return script_hbars(c, fp, ranked, hl, e);

	/* rows along the x axis, columns the lines or bars */
	rows = c->o.by_series ? c->ns : c->np;
	cols = c->o.by_series ? c->np : c->ns;
	range_of(c, rows, cols, &lo, &hi);
	if (c->o.facet)
		return script_facets(c, fp, rows, e);
	legend = pick_legend(c, rows, cols, lo, hi);
	put_legend(fp, legend, c->o.subtitle != NULL);
	/* room above the bars for their labels, and below the negative */
	if (c->o.kind == HV_CHART_BARS || c->o.values) {
		double room = (hi - lo) * (c->o.values ? 0.12 : 0.06);

		hi += room;
		if (lo < 0)
			lo -= room;
	}
	if (put_ticks(fp, "y", lo, hi, 6) == -1)
		return too_large(lo, hi, e);
	put_bmargin(c, fp, put_xtics(c, fp, rows, 1), legend, cols);
	fprintf(fp, "set xrange [-0.6:%zu.6]\n", rows - 1);
	if (c->o.kind == HV_CHART_BARS)
		return script_bars(c, fp, rows, cols, hl, e);
	if (c->o.kind != HV_CHART_LINE)
		fputs("set style data histograms\nset style histogram "
		    "rowstacked\nset style fill solid 0.9 border rgb 'white'\n"
		    "set boxwidth 0.85\n", fp);
	if (c->o.values && c->o.kind == HV_CHART_LINE)
		put_value_labels(c, fp, rows, cols, 0);
	put_block_start(fp, "data");
	for (i = 0; i < rows; i++) {
		fprintf(fp, "%zu", i);
		for (j = 0; j < cols; j++)
			put_number(fp, cell(c, i, j));
		fputc('\n', fp);
	}
	put_block_end(fp, "data");
	if (c->projected && c->o.kind == HV_CHART_LINE && !c->o.by_series)
		put_projection(c, fp, rows, cols);
	nflagged = c->o.kind == HV_CHART_LINE ? put_flagged(c, fp, "flagged",
	    rows, 0, cols) : 0;
	fputs("plot ", fp);
	for (j = 0; j < cols; j++) {
		colour = hl < 0 ? colours[j % NCOLOURS] : (long)j == hl ?
		    HIGHLIGHT : PLAIN;
		fputs(j > 0 ? ", \\\n     " : "", fp);
		if (c->o.kind == HV_CHART_LINE)
			fprintf(fp, "$data using 1:%zu with linespoints lw %d "
			    "pt 7 ps 0.8 lc rgb '%s' title ", j + 2,
			    (long)j == hl ? 4 : 2, colour);
		else
			fprintf(fp, "$data using %zu lc rgb '%s' title ", j + 2,
			    colour);
		put_string(fp, c->o.by_series ? c->plabel[j] : c->s[j].name);
		if (c->projected && c->o.kind == HV_CHART_LINE &&
		    !c->o.by_series)
			fprintf(fp, ", \\\n     $projection using 1:%zu with "
			    "lines lw 2 dt 2 lc rgb '%s' notitle", j + 2,
			    colour);
	}
	if (nflagged > 0) {
		fputs(", \\\n     $flagged using 1:2 with points pt 6 ps 2.2 "
		    "lw 2 lc rgb '#000000' title ", fp);
		put_flag_title(c, fp, "ring");
	}
	fputc('\n', fp);
	return ferror(fp) ? hv_err_io(e, "gnuplot", "%s", strerror(errno)) :
	    0;
}

/* Is gnuplot on the PATH? */
static int
have_gnuplot(void)
{
	const char *path = getenv("PATH"), *p, *end;
	char file[4096];

	for (p = path; p != NULL && *p != '\0'; p = *end == ':' ? end + 1 :
	    end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		snprintf(file, sizeof(file), "%.*s/gnuplot", (int)(end - p),
		    p);
		if (access(file, X_OK) == 0)
			return 1;
	}
	return 0;
}

int
hv_chart_output_ok(const char *path)
{
	const char *ext = path != NULL ? strrchr(path, '.') : NULL;

	return ext != NULL && (strcasecmp(ext, ".png") == 0 ||
	    strcasecmp(ext, ".svg") == 0 || strcasecmp(ext, ".pdf") == 0);
}

/*
 * Is the file gnuplot wrote whole?  gnuplot may exit 0 on a full disk
 * with the file cut short, so each format's end is looked for: PNG's
 * IEND chunk, SVG's closing tag, PDF's %%EOF.
 */
static int
written_whole(const char *tmp, const char *output)
{
	static const unsigned char iend[12] = { 0, 0, 0, 0, 'I', 'E', 'N',
	    'D', 0xAE, 0x42, 0x60, 0x82 };
	const char *ext = strrchr(output, '.');
	unsigned char tail[64];
	struct stat st;
	size_t n, k;
	FILE *fp;

	if (stat(tmp, &st) == -1 || st.st_size == 0 ||
	    (fp = fopen(tmp, "rb")) == NULL)
		return 0;
	n = st.st_size < (off_t)sizeof(tail) ? (size_t)st.st_size :
	    sizeof(tail);
	if (fseeko(fp, -(off_t)n, SEEK_END) == -1 ||
	    fread(tail, 1, n, fp) != n) {
		fclose(fp);
		return 0;
	}
	fclose(fp);
	while (n > 0 && (tail[n - 1] == '\n' || tail[n - 1] == '\r' ||
	    tail[n - 1] == ' '))
		n--;
	if (strcasecmp(ext, ".png") == 0)
		return n >= 12 && memcmp(tail + n - 12, iend, 12) == 0;
	if (strcasecmp(ext, ".svg") == 0)
		return n >= 6 && memcmp(tail + n - 6, "</svg>", 6) == 0;
	for (k = 0; k + 5 <= n; k++)		/* .pdf */
		if (memcmp(tail + k, "%%EOF", 5) == 0)
			return 1;
	return 0;
}

int
hv_chart_draw(struct hv_chart *c, struct hv_err *e)
{
	struct hv_atomic *a;
	FILE *gp;
	int status;

	if (!hv_chart_output_ok(c->o.output))
		return hv_err_usage(e, "-o: name a .png, .svg or .pdf file");
	if (!have_gnuplot())
		return hv_err_set(e, "gnuplot not found (Debian: apt-get "
		    "install gnuplot-nox)");
	if ((a = hv_atomic_open_file(c->o.output, e)) == NULL)
		return -1;
	/* the command is a constant: no data reaches the shell; a UTF-8
	 * locale, as the program's texts are UTF-8 */
	fflush(NULL);
	if ((gp = popen("LC_ALL=C.UTF-8 gnuplot", "w")) == NULL) {
		hv_atomic_abort(a);
		return hv_err_io(e, "gnuplot", "%s", strerror(errno));
	}
	if (hv_chart_script(c, gp, hv_atomic_tmp_path(a), e) == -1) {
		pclose(gp);
		hv_atomic_abort(a);
		return -1;
	}
	status = pclose(gp);
	if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		hv_atomic_abort(a);
		return hv_err_set(e, "gnuplot failed: %s not written",
		    c->o.output);
	}
	if (!written_whole(hv_atomic_tmp_path(a), c->o.output)) {
		hv_atomic_abort(a);
		return hv_err_io(e, c->o.output, "gnuplot's file is cut short "
		    "(a full disk?): nothing written");
	}
	return hv_atomic_commit(a, e);
}
