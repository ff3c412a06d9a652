/* trend.c: changes over time of the series read (trend-read.c): the
 * measures, totals and scaling, and the result table. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "list.h"
#include "map.h"
#include "mem.h"
#include "num.h"
#include "trend-int.h"

enum need { NEED_NONE, NEED_BASE, NEED_WINDOW, NEED_PROJECT };

/* The measures, in output order: each one's word (its column's name and
 * Norwegian, and the label of its row in --wide in both languages, a
 * printf template given the base period or the window), whether it is a
 * percentage, and what it needs. */
static const struct {
	struct hv_word	 word;
	int		 percent;
	enum need	 need;
	enum hv_kind	 kind;		/* a difference of figures is as
					   given, a mean or ratio a rate */
} measures[M_COUNT] = {
	{ { "change", "Endring", "Change", "Endring" }, 0, NEED_NONE,
	    HV_KIND_GIVEN },
	{ { "change_pct", "Endring %", "Change in %%", "Endring i %%" },
	    1, NEED_NONE, HV_KIND_RATE },
	{ { "index", "Indeks", "Index (%s = 100)", "Indeks (%s = 100)" },
	    0, NEED_BASE, HV_KIND_RATE },
	{ { "base_change", "Endring fra basis", "Change from %s",
	    "Endring fra %s" }, 0, NEED_BASE, HV_KIND_GIVEN },
	{ { "base_change_pct", "Endring fra basis %", "Change from %s in %%",
	    "Endring fra %s i %%" }, 1, NEED_BASE, HV_KIND_RATE },
	{ { "cagr_pct", "\xC3\x85rlig vekst %", "Annual growth from %s in %%",
	    "\xC3\x85rlig vekst fra %s i %%" }, 1, NEED_BASE, HV_KIND_RATE },
	{ { "moving_avg", "Glidende snitt", "Moving average (%s)",
	    "Glidende gjennomsnitt (%s)" }, 0, NEED_WINDOW, HV_KIND_RATE },
	{ { "fitted", "Trend", "Linear trend", "Line\xC3\xA6r trend" },
	    0, NEED_PROJECT, HV_KIND_RATE },
	/* no rows of their own in --wide */
	{ { "projected", "Fremskrevet", NULL, NULL }, 0, NEED_PROJECT,
	    HV_KIND_COUNT },
	{ { "slope", "Stigning", NULL, NULL }, 0, NEED_PROJECT,
	    HV_KIND_RATE },
	{ { "r2", "R\xC2\xB2", NULL, NULL }, 0, NEED_PROJECT,
	    HV_KIND_FRACTION },
};

void
hv_trend_opts_init(struct hv_trend_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->wide_in = -1;
	o->multiply = 1;
	o->divide = 1;
}

/* The measure named name, or -1 with "opt: unknown measure 'name' (the
 * names)" in *e. */
static int
measure_named(const char *opt, const char *name, struct hv_err *e)
{
	char list[256] = "";
	int m;

	for (m = 0; m < M_COUNT; m++)
		if (strcmp(name, measures[m].word.name) == 0)
			return m;
	/* --measures and --round take the value too */
	if (strcmp(opt, "--label") != 0)
		hv_list_append(list, sizeof(list), ", ", "value");
	for (m = 0; m < M_COUNT; m++)
		hv_list_append(list, sizeof(list), ", ",
		    measures[m].word.name);
	return hv_err_usage(e, "%s: unknown measure '%s' (%s)", opt, name,
	    list);
}

static int
select_measures(struct hv_trend *t, struct hv_err *e)
{
	const struct hv_trend_opts *o = &t->o;
	int have[4], m;
	const char *p;
	char name[32];

	have[NEED_NONE] = 1;
	have[NEED_BASE] = o->base != NULL;
	have[NEED_WINDOW] = o->window > 0;
	have[NEED_PROJECT] = o->project != NULL;
	if (o->measures == NULL) {
		for (m = 0; m < M_COUNT; m++)
			t->selected[m] = have[measures[m].need];
		return 0;
	}
	for (p = o->measures; (p = hv_list_next(p, name, sizeof(name))) !=
	    NULL;) {
		if (strcmp(name, "value") == 0)
			continue;	/* always written */
		if ((m = measure_named("--measures", name, e)) < 0)
			return -1;
		if (!have[measures[m].need])
			return hv_err_usage(e, "--measures: '%s' needs %s",
			    name, measures[m].need == NEED_BASE ? "--base" :
			    measures[m].need == NEED_WINDOW ? "--window" :
			    "--project");
		t->selected[m] = 1;
	}
	return 0;
}

/* t->round from the --round arguments: N for every column (the last N
 * given), then MEASURE=N for that one ("value" the value), which wins
 * over N wherever it stands. */
static int
rounds(struct hv_trend *t, struct hv_err *e)
{
	const char *arg, *eq;
	char name[32];
	long long n;
	int m, every = -1;
	size_t i;

	for (i = 0; i < t->o.nrounds; i++)
		if (strchr(t->o.rounds[i], '=') == NULL) {
			if (hv_opt_whole("--round", t->o.rounds[i], 0,
			    HV_TREND_MAX_ROUND, &n, e) == -1)
				return -1;
			every = (int)n;
		}
	for (m = 0; m <= M_COUNT; m++)
		t->round[m] = every;
	/* R² keeps its three decimals, which a --round 0 for the figures
	 * would turn into 0 or 1 */
	if (every >= 0)
		t->round[M_R2] = 3;
	for (i = 0; i < t->o.nrounds; i++) {
		arg = t->o.rounds[i];
		if ((eq = strchr(arg, '=')) == NULL)
			continue;
		if (eq - arg >= (ptrdiff_t)sizeof(name))
			return hv_err_usage(e, "--round: '%s' is not N or "
			    "MEASURE=N", arg);
		snprintf(name, sizeof(name), "%.*s", (int)(eq - arg), arg);
		if (strcmp(name, "value") == 0)
			m = M_COUNT;
		else if ((m = measure_named("--round", name, e)) < 0)
			return -1;
		if (hv_opt_whole("--round", eq + 1, 0, HV_TREND_MAX_ROUND, &n,
		    e) == -1)
			return -1;
		t->round[m] = (int)n;
	}
	return 0;
}

struct hv_trend *
hv_trend_new(const struct hv_trend_opts *o, struct hv_err *e)
{
	struct hv_trend *t;
	size_t i;

	if ((t = calloc(1, sizeof(*t))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	t->o = *o;
	t->last_series = -1;
	t->label_key = -1;
	if ((t->smap = hv_map_new()) == NULL) {
		hv_err_nomem(e);
		goto fail;
	}
	if (o->base != NULL && hv_period_parse(o->base, strlen(o->base),
	    &t->base, e) == -1) {
		hv_err_option(e, "--base");
		goto fail;
	}
	if (o->project != NULL && hv_period_parse(o->project,
	    strlen(o->project), &t->project, e) == -1) {
		hv_err_option(e, "--project");
		goto fail;
	}
	if (o->window < 0) {
		hv_err_usage(e, "--window: must be 1 or more");
		goto fail;
	}
	if (o->divide == 0 || !isfinite(o->divide) || !isfinite(o->multiply)) {
		hv_err_usage(e, "--divide: cannot divide by zero");
		goto fail;
	}
	if (o->as != NULL && o->nseries != 1) {
		hv_err_usage(e, "--as: name exactly one series to copy with "
		    "--series");
		goto fail;
	}
	for (i = 0; i < o->nlabels; i++) {
		if (strchr(o->labels[i], '=') == NULL) {
			hv_err_usage(e, "--label: '%s' is not MEASURE=TEXT",
			    o->labels[i]);
			goto fail;
		}
	}
	snprintf(t->window_text, sizeof(t->window_text), "%d", o->window);
	if (select_measures(t, e) == -1 || rounds(t, e) == -1)
		goto fail;
	for (i = 0; i < o->nlabels; i++) {
		char name[32];

		snprintf(name, sizeof(name), "%.*s",
		    (int)(strchr(o->labels[i], '=') - o->labels[i]),
		    o->labels[i]);
		if (measure_named("--label", name, e) < 0)
			goto fail;
	}
	return t;
fail:
	hv_trend_free(t);
	return NULL;
}

static void
free_series(struct series *s, size_t nkeys)
{
	size_t i;

	for (i = 0; s->keys != NULL && i < nkeys; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->name);
	free(s->pt);
	free(s->d);
}

void
hv_trend_free(struct hv_trend *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->ns; i++)
		free_series(&t->s[i], t->nkeys);
	free(t->s);
	for (i = 0; i < t->nkeys; i++)
		free(t->keynames[i]);
	free(t->keynames);
	for (i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	for (i = 0; i < t->ncolname; i++)
		free(t->colname[i]);
	free(t->colname);
	for (i = 0; i < t->nflags; i++)
		free(t->flags[i]);
	free(t->flags);
	hv_map_free(t->flagmap);
	hv_map_free(t->smap);
	hv_map_free(t->colmap);
	free(t->kbuf);
	free(t->last_key);
	free(t);
}

/* --- computing -------------------------------------------------------- */

static int
cmp_point(const void *a, const void *b)
{
	const struct point *x = a, *y = b;
	int c = hv_period_cmp(&x->p, &y->p);

	if (c != 0)
		return c;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

static int
sort_series(struct hv_trend *t, struct series *s, struct hv_err *e)
{
	struct point *a, *b;
	char buf[16];
	size_t i;

	/* most inputs come in order: sorted only when they do not */
	for (i = 1; i < s->n && cmp_point(&s->pt[i - 1], &s->pt[i]) < 0; i++)
		;
	if (i < s->n)
		hv_sort(s->pt, s->n, sizeof(*s->pt), cmp_point);
	for (i = 1; i < s->n; i++) {
		a = &s->pt[i - 1];
		b = &s->pt[i];
		if (hv_period_cmp(&a->p, &b->p) == 0)
			return hv_err_at(e, t->files[b->file], b->line,
			    "series '%s' has period %s twice (also at %s:%lu)",
			    s->name, hv_trend_period_text(t, &b->p, buf,
			    sizeof(buf)), t->files[a->file], a->line);
	}
	return 0;
}

/* The key that a series made here (--total, --as) is named by: the
 * --label-column's, else the first. */
static size_t
name_key(const struct hv_trend *t)
{
	return t->label_key >= 0 ? (size_t)t->label_key : 0;
}

/* The series named name (case-insensitive), or -1. */
static long
series_named(const struct hv_trend *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ns; i++)
		if (strcasecmp(t->s[i].name, name) == 0)
			return (long)i;
	return -1;
}

/* Add the --total series: per period, the sum of every series. */
/* A point of a series, for the total: by period, then by series. */
struct point_at {
	const struct point *q;
	size_t		 series;
};

static int
cmp_point_at(const void *a, const void *b)
{
	const struct point_at *x = a, *y = b;
	int c = hv_period_cmp(&x->q->p, &y->q->p);

	if (c != 0)
		return c;
	return x->series < y->series ? -1 : x->series > y->series;
}

static int
add_total(struct hv_trend *t, struct hv_err *e)
{
	const char **keys;
	struct point_at *all;
	struct point *pt;
	struct series *tot;
	size_t i, j, k, next, np, n0 = t->ns;
	long si;

	if ((keys = calloc(t->nkeys + 1, sizeof(*keys))) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < t->nkeys; i++)
		keys[i] = "";
	keys[name_key(t)] = t->o.total;
	si = hv_trend_series_for(t, keys);
	free(keys);
	if (si == -1)
		return hv_err_nomem(e);
	if ((size_t)si != n0)
		return hv_err_set(e, "--total: a series is named '%s' already",
		    t->o.total);
	tot = &t->s[si];
	/* every point of every series, by period (and series): each run of
	 * one period is a point of the total, in O(points log points) */
	for (i = 0, np = 0; i < n0; i++)
		np += t->s[i].n;
	if (np == 0)
		return 0;	/* no periods: an empty total */
	if ((all = calloc(np, sizeof(*all))) == NULL)
		return hv_err_nomem(e);
	for (i = 0, k = 0; i < n0; i++)
		for (j = 0; j < t->s[i].n; j++, k++) {
			all[k].q = &t->s[i].pt[j];
			all[k].series = i;
		}
	hv_sort(all, np, sizeof(*all), cmp_point_at);
	for (k = 0; k < np; k = next) {
		/* a total with a part missing is missing; an empty cell adds
		 * 0 with --empty-zero */
		int has = 1;
		double v = 0;
		unsigned flag = 0;

		for (next = k; next < np &&
		    hv_period_cmp(&all[next].q->p, &all[k].q->p) == 0; next++) {
			/* a sum with a flagged part is flagged */
			if (flag == 0)
				flag = all[next].q->flag;
			if (all[next].q->has_v)
				v += all[next].q->v;
			else if (!(t->o.empty_zero &&
			    all[next].q->status[0] == '\0'))
				has = 0;
		}
		if (next - k < n0)
			has = 0;	/* a series without the period */
		if ((pt = hv_trend_add_point(tot)) == NULL) {
			free(all);
			return hv_err_nomem(e);
		}
		pt->p = all[k].q->p;
		pt->line = all[k].q->line;
		pt->file = all[k].q->file;
		pt->has_v = has;
		pt->v = has ? v : 0;
		pt->flag = flag;
		if (has && !isfinite(v)) {
			char buf[16];

			free(all);
			return hv_err_set(e, "--total: the sum for %s is "
			    "beyond what a double holds (1.8e308)",
			    hv_trend_period_text(t, &pt->p, buf, sizeof(buf)));
		}
	}
	free(all);
	return 0;
}

/* Apply --series, --multiply, --divide and --as; mark what is derived. */
static int
choose_and_scale(struct hv_trend *t, struct hv_err *e)
{
	double f = t->o.multiply / t->o.divide;
	int scale = t->o.multiply != 1 || t->o.divide != 1;
	/* × 52 keeps the decimals of the figures, ÷ 12 does not */
	int by_fraction = t->o.divide != 1 || f != floor(f);
	struct series *src, *dst;
	size_t i, j, nk = t->nkeys;
	const char **keys;
	long si;

	for (i = 0; i < t->ns; i++)
		t->s[i].derive = t->o.nseries == 0;
	for (i = 0; i < t->o.nseries; i++) {
		if ((si = series_named(t, t->o.series[i])) < 0) {
			char list[400] = "";

			for (j = 0; j < t->ns; j++)
				hv_list_append(list, sizeof(list), "; ",
				    t->s[j].name);
			return hv_err_set(e, "--series: no series named '%s' "
			    "(there are: %s)", t->o.series[i], list);
		}
		t->s[si].derive = 1;
	}
	if (t->o.as != NULL) {
		si = series_named(t, t->o.series[0]);
		if ((keys = calloc(nk + 1, sizeof(*keys))) == NULL)
			return hv_err_nomem(e);
		for (j = 0; j < nk; j++)
			keys[j] = t->s[si].keys[j];
		keys[name_key(t)] = t->o.as;
		i = t->ns;
		if (hv_trend_series_for(t, keys) != (long)i) {
			free(keys);
			return hv_err_set(e, "--as: a series is named '%s' "
			    "already", t->o.as);
		}
		free(keys);
		src = &t->s[si];
		dst = &t->s[i];
		if ((dst->pt = calloc(src->n + 1, sizeof(*dst->pt))) == NULL)
			return hv_err_nomem(e);
		memcpy(dst->pt, src->pt, src->n * sizeof(*dst->pt));
		dst->n = dst->cap = src->n;
		for (j = 0; j < dst->n; j++)
			dst->pt[j].v *= f;
		src->derive = 0;
		dst->derive = 1;
		dst->scaled = by_fraction;
		/* the copy stands right after its source */
		if ((size_t)si + 1 < i) {
			struct series moved = *dst;

			memmove(&t->s[si + 2], &t->s[si + 1],
			    (i - (size_t)si - 1) * sizeof(*t->s));
			t->s[si + 1] = moved;
		}
		return 0;
	}
	if (scale)
		for (i = 0; i < t->ns; i++) {
			t->s[i].scaled = t->s[i].derive && by_fraction;
			for (j = 0; t->s[i].derive && j < t->s[i].n; j++) {
				struct point *pt = &t->s[i].pt[j];

				pt->v *= f;
				if (!isfinite(pt->v))
					return hv_err_at(e, t->files[pt->file],
					    pt->line, "--multiply/--divide: "
					    "'%s' becomes more than a double "
					    "holds (1.8e308)", t->s[i].name);
			}
		}
	return 0;
}

/* Measure m of p is v: 0, or -1 when v is not finite.  No division
 * here is by zero (the callers leave those measures missing), so that
 * is an overflow: values near 1.8e308, or squares past it in the line's
 * sums, and an error, not an empty cell nobody explains. */
static int
set(const struct hv_trend *t, struct series *s, struct point *p,
    enum measure m, double v)
{
	if (!isfinite(v))
		return -1;
	s->d[(size_t)(p - s->pt) * t->nslots + (size_t)t->slot[m]] = v;
	p->has_d |= (unsigned short)(1u << m);
	return 0;
}

/* Measure m of point i of s (set). */
static double
measure_at(const struct hv_trend *t, const struct series *s, size_t i,
    enum measure m)
{
	return s->d[i * t->nslots + (size_t)t->slot[m]];
}

/* The error of a measure set() refused. */
static int
too_large(const struct hv_trend *t, const struct series *s,
    const struct point *p, enum measure m, struct hv_err *e)
{
	char buf[16];

	return hv_err_set(e, "series '%s' %s: %s is beyond what a double "
	    "holds (1.8e308)", s->name, hv_trend_period_text(t, &p->p, buf,
	    sizeof(buf)), measures[m].word.name);
}

/* set(), or return too_large(), for a measure written: in fit() and
 * derive(). */
#define SET(m, v) do {							\
	if (t->selected[(m)] && set(t, s, p, (m), (v)) == -1)		\
		return too_large(t, s, p, (m), e);			\
} while (0)

static double
periods_per_year(enum hv_period_kind kind)
{
	switch (kind) {
	case HV_PERIOD_QUARTER:
		return 4;
	case HV_PERIOD_MONTH:
		return 12;
	case HV_PERIOD_DATE:
		return 365.2425;
	case HV_PERIOD_WEEK:
		return 365.2425 / 7;
	case HV_PERIOD_HALF:
		return 2;
	default:
		return 1;
	}
}

/* The periods after the last up to --project, as points without
 * values. */
static int
add_projected(struct hv_trend *t, struct series *s, struct hv_err *e)
{
	struct point *p;
	long ord;

	if (s->n == 0)
		return 0;
	for (ord = hv_period_ord(&s->pt[s->n - 1].p) + 1;
	    ord <= hv_period_ord(&t->project); ord++) {
		if ((p = hv_trend_add_point(s)) == NULL)
			return hv_err_nomem(e);
		p->p = hv_period_from_ord(t->kind, ord);
		p->projected = 1;
	}
	return 0;
}

/* Least squares line through the series' values (add_projected() has
 * added the periods to project). */
static int
fit(struct hv_trend *t, struct series *s, struct hv_err *e)
{
	double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0, x, slope,
	    icpt, ssr = 0, sst, r2;
	struct point *p;
	long x0;
	size_t i;

	if (s->n == 0)
		return 0;
	x0 = hv_period_ord(&s->pt[0].p);
	for (i = 0; i < s->n; i++) {
		if (!s->pt[i].has_v)
			continue;
		x = (double)(hv_period_ord(&s->pt[i].p) - x0);
		n++;
		sx += x;
		sy += s->pt[i].v;
		sxx += x * x;
		sxy += x * s->pt[i].v;
		syy += s->pt[i].v * s->pt[i].v;
	}
	if (n < 2 || n * sxx - sx * sx == 0)
		return 0;	/* no line through fewer than two points */
	slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
	icpt = (sy - slope * sx) / n;
	for (i = 0; i < s->n; i++) {
		if (!s->pt[i].has_v)
			continue;
		x = (double)(hv_period_ord(&s->pt[i].p) - x0);
		ssr += pow(s->pt[i].v - (icpt + slope * x), 2);
	}
	sst = syy - sy * sy / n;
	r2 = sst <= 0 ? 1 : 1 - ssr / sst;

	for (i = 0; i < s->n; i++) {
		p = &s->pt[i];
		x = (double)(hv_period_ord(&p->p) - x0);
		SET(M_FITTED, icpt + slope * x);
		SET(M_PROJECTED, p->projected);
		SET(M_SLOPE, slope);
		SET(M_R2, r2);
	}
	return 0;
}

static int
derive(struct hv_trend *t, struct series *s, struct hv_err *e)
{
	struct point *p, *q, *b = NULL;
	double ppy = periods_per_year(t->kind), sum;
	size_t i, j, nreal = s->n;
	char buf[16];
	long db;

	if (t->o.project != NULL) {
		if (t->project.kind != t->kind)
			return hv_err_set(e, "--project %s is a %s, but the "
			    "periods are %ss", t->o.project,
			    hv_period_kind_name(t->project.kind),
			    hv_period_kind_name(t->kind));
		if (add_projected(t, s, e) == -1)
			return -1;
	}
	if (t->nslots > 0 && s->n > 0 &&
	    (s->d = calloc(s->n * t->nslots, sizeof(*s->d))) == NULL)
		return hv_err_nomem(e);
	if (t->o.base != NULL) {
		if (t->base.kind != t->kind)
			return hv_err_set(e, "--base %s is a %s, but the periods "
			    "are %ss", t->o.base, hv_period_kind_name(
			    t->base.kind), hv_period_kind_name(t->kind));
		for (i = 0; i < nreal && b == NULL; i++)
			if (hv_period_cmp(&s->pt[i].p, &t->base) == 0)
				b = &s->pt[i];
		if (b == NULL)
			return hv_err_set(e, "--base %s: series '%s' has no "
			    "period %s", t->o.base, s->name,
			    hv_period_fmt(&t->base, buf, sizeof(buf)));
	}
	for (i = 0; i < s->n; i++) {
		p = &s->pt[i];
		if (!p->has_v)
			continue;
		if (i > 0 && (q = &s->pt[i - 1])->has_v) {
			SET(M_CHANGE, p->v - q->v);
			/* against |previous|, so a fall is negative even
			 * from a negative level */
			if (q->v != 0)
				SET(M_CHANGE_PCT, (p->v - q->v) /
				    fabs(q->v) * 100);
		}
		if (b != NULL && b->has_v) {
			/* an index against a level of 0 or below says nothing */
			if (b->v > 0)
				SET(M_INDEX, p->v / b->v * 100);
			db = hv_period_ord(&p->p) - hv_period_ord(&b->p);
			/* at the base itself there is no change to show */
			if (db != 0) {
				SET(M_BASE_CHANGE, p->v - b->v);
				if (b->v != 0)
					SET(M_BASE_CHANGE_PCT, (p->v - b->v) /
					    fabs(b->v) * 100);
				if (b->v > 0 && p->v > 0)
					SET(M_CAGR_PCT, (pow(p->v / b->v,
					    ppy / (double)db) - 1) * 100);
			}
		}
		if (t->o.window > 0 && i + 1 >= (size_t)t->o.window) {
			sum = 0;
			for (j = i + 1 - (size_t)t->o.window; j <= i; j++) {
				if (!s->pt[j].has_v)
					break;
				sum += s->pt[j].v;
			}
			if (j > i)
				SET(M_MOVING_AVG, sum / t->o.window);
		}
	}
	return t->o.project != NULL ? fit(t, s, e) : 0;
}

/* --- the result table ------------------------------------------------- */

/* The decimals of measure m (M_COUNT: the value) in every format: its
 * --round, or -1 (its kind decides in the human formats).  A projection
 * is a whole number of persons or kroner whatever is asked. */
static int
decimals_of(const struct hv_trend *t, int m)
{
	if (m == M_PROJECTED)
		return 0;
	return t->round[m];
}

/* The wide-form label of measure m for series s. */
static void
label_of(const struct hv_trend *t, enum measure m, const struct series *s,
    int prefix, enum hv_lang lang, char *buf, size_t sz)
{
	size_t i, n = strlen(measures[m].word.name);
	const char *custom = NULL, *arg;
	char text[256];

	for (i = 0; i < t->o.nlabels; i++)
		if (strncmp(t->o.labels[i], measures[m].word.name, n) == 0 &&
		    t->o.labels[i][n] == '=')
			custom = t->o.labels[i] + n + 1;
	arg = measures[m].need == NEED_WINDOW ? t->window_text :
	    t->o.base != NULL ? t->o.base : "";
	if (custom != NULL)
		snprintf(text, sizeof(text), "%s", custom);
	else
		snprintf(text, sizeof(text), hv_word_label(&measures[m].word,
		    lang), arg);
	if (prefix)
		snprintf(buf, sz, "%s: %s", s->name, text);
	else
		snprintf(buf, sz, "%s", text);
}

/* The index of point at period p in s (sorted), or -1. */
static long
point_at(const struct series *s, const struct hv_period *p)
{
	size_t lo = 0, hi = s->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = hv_period_cmp(&s->pt[mid].p, p)) == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The flag (1 + index in t->flags, 0 none) on the value of point j of
 * s (m < 0) or on its measure m: a measure is flagged when a value it
 * is made of is (the change, by the previous value; the index, by the
 * base; the moving average, by its window; the line, by any). */
static unsigned
flag_of(const struct hv_trend *t, const struct series *s, size_t j, int m)
{
	size_t k, from;
	long b;

	if (s->pt[j].flag != 0 || m < 0)
		return s->pt[j].flag;
	switch (m) {
	case M_CHANGE:
	case M_CHANGE_PCT:
		return j > 0 ? s->pt[j - 1].flag : 0;
	case M_INDEX:
	case M_BASE_CHANGE:
	case M_BASE_CHANGE_PCT:
	case M_CAGR_PCT:
		b = point_at(s, &t->base);
		return b >= 0 ? s->pt[b].flag : 0;
	case M_MOVING_AVG:
		from = j + 1 >= (size_t)t->o.window ? j + 1 -
		    (size_t)t->o.window : 0;
		for (k = from; k < j; k++)
			if (s->pt[k].flag != 0)
				return s->pt[k].flag;
		return 0;
	default:
		for (k = 0; k < s->n; k++)
			if (s->pt[k].flag != 0 && !s->pt[k].projected)
				return s->pt[k].flag;
		return 0;
	}
}

/* Flag f on cell (row, col) as a note the human formats show, and, when
 * flagcol >= 0, as text in that column. */
static int
put_flag(const struct hv_trend *t, struct hv_table *out, size_t row,
    size_t col, unsigned f, int flagcol)
{
	if (f == 0)
		return 0;
	if (flagcol >= 0 && hv_table_set_text(out, row, (size_t)flagcol,
	    t->flags[f - 1]) == -1)
		return -1;
	return hv_table_set_note(out, row, col, t->flags[f - 1]);
}

/* The long table's columns: keys, period, value, status, measures. */
static int
long_cols(const struct hv_trend *t, struct hv_table *out)
{
	struct hv_colspec spec;
	int m;

	if (hv_table_add_tidy_cols(out, (const char *const *)t->keynames,
	    t->nkeys, decimals_of(t, M_COUNT)) == -1)
		return -1;
	for (m = 0; m < M_COUNT; m++) {
		if (!t->selected[m])
			continue;
		memset(&spec, 0, sizeof(spec));
		spec.name = measures[m].word.name;
		spec.word = &measures[m].word;
		spec.role = HV_ROLE_EXTRA;
		spec.numeric = 1;
		spec.wide = measures[m].word.label_en != NULL;
		spec.percent = measures[m].percent;
		spec.decimals = decimals_of(t, m);
		spec.kind = measures[m].kind;
		if (hv_table_add_col(out, &spec) == -1)
			return -1;
	}
	/* kostra-compare's flags, when the input had some */
	if (t->nflags > 0) {
		memset(&spec, 0, sizeof(spec));
		spec.name = "flag";
		spec.role = HV_ROLE_EXTRA;
		spec.decimals = -1;
		if (hv_table_add_col(out, &spec) == -1)
			return -1;
	}
	return 0;
}

/* Series s's rows of the long table, appended to out. */
static int
long_rows(const struct hv_trend *t, const struct series *s,
    struct hv_table *out)
{
	const struct point *p;
	size_t j, k, col, nselected = 0;
	char buf[16];
	long r;
	int m, flagcol;

	for (m = 0; m < M_COUNT; m++)
		nselected += (size_t)t->selected[m];
	for (j = 0; j < s->n; j++) {
		p = &s->pt[j];
		if ((r = hv_table_add_row(out)) == -1)
			return -1;
		for (k = 0; k < t->nkeys; k++)
			if (hv_table_set_text(out, (size_t)r, k,
			    s->keys[k]) == -1)
				return -1;
		col = t->nkeys;
		if (hv_table_set_text(out, (size_t)r, col,
		    hv_trend_period_text(t, &p->p, buf, sizeof(buf))) == -1 ||
		    hv_table_set_text(out, (size_t)r, col + 2,
		    p->status) == -1)
			return -1;
		if (p->has_v)
			hv_table_set_num(out, (size_t)r, col + 1, p->v);
		if (s->scaled)
			hv_table_set_kind(out, (size_t)r, col + 1,
			    HV_KIND_RATE);
		flagcol = t->nflags > 0 ? (int)(col + 3 + nselected) : -1;
		if (put_flag(t, out, (size_t)r, col + 1, flag_of(t, s, j, -1),
		    flagcol) == -1)
			return -1;
		col += 3;
		for (m = 0; m < M_COUNT; m++) {
			if (!t->selected[m])
				continue;
			if (p->has_d & (1u << m)) {
				hv_table_set_num(out, (size_t)r, col,
				    measure_at(t, s, j, (enum measure)m));
				if (t->nflags > 0 && put_flag(t, out,
				    (size_t)r, col, flag_of(t, s, j, m),
				    -1) == -1)
					return -1;
			}
			col++;
		}
	}
	return 0;
}

static int
long_table(const struct hv_trend *t, struct hv_table *out)
{
	size_t i;

	if (long_cols(t, out) == -1)
		return -1;
	for (i = 0; i < t->ns; i++)
		if (long_rows(t, &t->s[i], out) == -1)
			return -1;
	return 0;
}

/* One labelled row per series, measure and period, for hv_table_wide(). */
static int
wide_table(const struct hv_trend *t, enum hv_lang lang,
    struct hv_table *out)
{
	const char *key;
	struct point *p;
	size_t i, j, nderive = 0;
	char label[512], buf[16];
	long r;
	int m;

	key = t->nkeys == 1 ? t->keynames[0] : "series";
	if (hv_table_add_tidy_cols(out, &key, 1, decimals_of(t, M_COUNT)) ==
	    -1)
		return -1;

	for (i = 0; i < t->ns; i++)
		nderive += t->s[i].derive;
	for (i = 0; i < t->ns; i++) {
		for (m = -1; m < M_COUNT; m++) {
			if (m >= 0 && (!t->s[i].derive || !t->selected[m] ||
			    measures[m].word.label_en == NULL))
				continue;
			if (m >= 0)
				label_of(t, (enum measure)m, &t->s[i],
				    nderive > 1, lang, label, sizeof(label));
			for (j = 0; j < t->s[i].n; j++) {
				p = &t->s[i].pt[j];
				if (m >= 0 && !(p->has_d & (1u << m)))
					continue;
				if ((r = hv_table_add_row(out)) == -1 ||
				    hv_table_set_text(out, (size_t)r, 0, m < 0 ?
				    t->s[i].name : label) == -1 ||
				    hv_table_set_text(out, (size_t)r, 1,
				    hv_trend_period_text(t, &p->p, buf,
				    sizeof(buf))) == -1)
					return -1;
				if (m < 0 && p->has_v)
					hv_table_set_num(out, (size_t)r, 2,
					    p->v);
				if (m < 0 && t->s[i].scaled)
					hv_table_set_kind(out, (size_t)r, 2,
					    HV_KIND_RATE);
				if (t->nflags > 0 && put_flag(t, out,
				    (size_t)r, 2, flag_of(t, &t->s[i], j, m),
				    -1) == -1)
					return -1;
				if (m < 0 && hv_table_set_text(out, (size_t)r,
				    3, p->status) == -1)
					return -1;
				if (m >= 0) {
					hv_table_set_num(out, (size_t)r, 2,
					    measure_at(t, &t->s[i], j,
					    (enum measure)m));
					hv_table_set_fmt(out, (size_t)r, 2,
					    decimals_of(t, m),
					    measures[m].percent);
					hv_table_set_kind(out, (size_t)r, 2,
					    measures[m].kind);
				}
			}
		}
	}
	return 0;
}

/* With --label-column each series is shown by one name: it must tell
 * the series apart. */
static int
unique_labels(const struct hv_trend *t, struct hv_err *e)
{
	struct hv_map *seen;
	size_t i, k;
	long got;
	char a[300] = "", b[300] = "";

	if ((seen = hv_map_new()) == NULL)
		return hv_err_nomem(e);
	for (i = 0; i < t->ns; i++) {
		got = hv_map_put(seen, t->s[i].name, strlen(t->s[i].name),
		    (long)i);
		if (got < 0) {
			hv_map_free(seen);
			return hv_err_nomem(e);
		}
		if ((size_t)got == i)
			continue;
		for (k = 0; k < t->nkeys; k++) {
			hv_list_append(a, sizeof(a), ", ", t->s[got].keys[k]);
			hv_list_append(b, sizeof(b), ", ", t->s[i].keys[k]);
		}
		hv_map_free(seen);
		return hv_err_set(e, "--label-column %s: '%s' names two series "
		    "(%s and %s): choose a column that tells them apart, or "
		    "leave --label-column out", t->keynames[t->label_key],
		    t->s[i].name, a, b);
	}
	hv_map_free(seen);
	return 0;
}

int
hv_trend_finish(struct hv_trend *t, struct hv_err *e)
{
	size_t i;
	int m;

	if (t->finished)
		return 0;
	/* across columns that are no periods nothing changes over time */
	for (m = 0; t->kind == HV_PERIOD_COLUMN && m < M_COUNT; m++) {
		if (t->selected[m] && t->o.measures != NULL)
			return hv_err_set(e, "--measures: the columns are no "
			    "periods: only values and --total");
		t->selected[m] = 0;
	}
	if (t->kind == HV_PERIOD_COLUMN && (t->o.base != NULL ||
	    t->o.project != NULL || t->o.window > 0))
		return hv_err_set(e, "the columns are no periods: --base, "
		    "--window and --project do not apply");
	for (m = 0, t->nslots = 0; m < M_COUNT; m++)
		t->slot[m] = t->selected[m] ? (int)t->nslots++ : -1;
	if (t->label_key >= 0 && unique_labels(t, e) == -1)
		return -1;
	for (i = 0; i < t->ns; i++)
		if (sort_series(t, &t->s[i], e) == -1)
			return -1;
	if (t->o.total != NULL && add_total(t, e) == -1)
		return -1;
	if (choose_and_scale(t, e) == -1)
		return -1;
	for (i = 0; i < t->ns; i++)
		if (t->s[i].derive && derive(t, &t->s[i], e) == -1)
			return -1;
	t->finished = 1;
	return 0;
}

struct hv_table *
hv_trend_table(const struct hv_trend *t, int wide, enum hv_lang lang,
    struct hv_err *e)
{
	struct hv_table *out;

	if (!t->finished) {
		hv_err_usage(e, "hv_trend_table before hv_trend_finish");
		return NULL;
	}
	if ((out = hv_table_new()) == NULL ||
	    (wide ? wide_table(t, lang, out) : long_table(t, out)) == -1) {
		hv_table_free(out);
		hv_err_nomem(e);
		return NULL;
	}
	return out;
}

/* Rows handed to the writer at a time. */
#define EMIT_ROWS	4096

int
hv_trend_emit(const struct hv_trend *t, const char *path,
    const struct hv_out_opts *o, struct hv_err *e)
{
	struct hv_table_out *w;
	struct hv_table *out;
	size_t i;
	int rc;

	if (!t->finished)
		return hv_err_usage(e, "hv_trend_emit before hv_trend_finish");
	if (!hv_table_streams(o) || (t->nflags > 0 &&
	    (o->format == HV_FMT_MD || o->format == HV_FMT_HTML))) {
		/* --wide and the aligned table need every row first, and
		 * the legend of the flags stands after the last */
		if ((out = hv_trend_table(t, o->wide, o->lang, e)) == NULL)
			return -1;
		rc = hv_table_emit(out, path, o, e);
		hv_table_free(out);
		return rc;
	}
	if ((out = hv_table_new()) == NULL || long_cols(t, out) == -1) {
		hv_table_free(out);
		return hv_err_nomem(e);
	}
	if ((w = hv_table_out_open(out, path, o, e)) == NULL) {
		hv_table_free(out);
		return -1;
	}
	for (i = 0; i < t->ns; i++) {
		if (long_rows(t, &t->s[i], out) == -1) {
			hv_table_out_abort(w);
			hv_table_free(out);
			return hv_err_nomem(e);
		}
		if (hv_table_nrows(out) >= EMIT_ROWS &&
		    hv_table_out_rows(w, out, e) == -1) {
			hv_table_free(out);
			return -1;
		}
	}
	rc = hv_table_out_rows(w, out, e) == -1 ? -1 :
	    hv_table_out_close(w, e);
	hv_table_free(out);
	return rc;
}
