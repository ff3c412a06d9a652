/*
 * kostra.c: one municipality against its peers and a reference on a
 * KOSTRA figure: the API, and the comparison (differences, ranks, the
 * peer mean, plausibility flags, population and need).
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kostra-int.h"
#include "list.h"
#include "map.h"
#include "mem.h"

/* The KOSTRA groups were redrawn from statistics year 2020. */
#define GROUP_BREAK 2020
void
hv_kostra_opts_init(struct hv_kostra_opts *o)
{
	memset(o, 0, sizeof(*o));
	hv_reader_opts_init(&o->in);
	o->in.ragged = 1;	/* SSB puts footnotes under the table */
}

const struct hv_notes *
hv_kostra_report(const struct hv_kostra *k)
{
	return &k->report;
}

void
hv_kostra_free(struct hv_kostra *k)
{
	size_t i;

	if (k == NULL)
		return;
	hv_kostra_obsset_free(&k->data);
	hv_kostra_obsset_free(&k->pop);
	hv_kostra_obsset_free(&k->need);
	hv_regions_free(k->regions);
	for (i = 0; i < k->nmember; i++) {
		free(k->member[i]);
		free(k->member_group[i]);
	}
	free(k->member);
	free(k->member_group);
	hv_map_free(k->member_map);
	for (i = 0; i < k->nunknown; i++)
		free(k->unknown[i]);
	free(k->unknown);
	hv_map_free(k->unknown_map);
	hv_notes_free(&k->report);
	hv_notes_free(&k->reading);
	hv_kostra_select_free(k->sel, k->nsel);
	free(k);
}

/* What the reader of path left out (an xlsx sheet's rows after its
 * table), as a reading note. */
static int
take_left_out(struct hv_kostra *k, struct obsset *s, const char *path)
{
	size_t i;
	int rc = 0;

	if (s->left_out[0] != '\0')
		rc = hv_notes_add(&k->reading, "%s: %s", path, s->left_out);
	s->left_out[0] = '\0';
	for (i = 0; i < s->file_notes.n && rc == 0; i++)
		rc = hv_notes_add(&k->reading, "%s: %s", path,
		    s->file_notes.line[i]);
	hv_notes_free(&s->file_notes);
	return rc;
}

struct hv_kostra *
hv_kostra_new(const struct hv_kostra_opts *o, struct hv_err *e)
{
	struct hv_kostra *k;

	if (!o->source_only && (o->focus == NULL || (o->ref == NULL &&
	    o->group_members == NULL))) {
		hv_err_usage(e, "name the municipality with --focus and the "
		    "reference with --ref (or --group-members)");
		return NULL;
	}
	if ((k = calloc(1, sizeof(*k))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	k->o = *o;
	k->data.only = o->variable;
	if ((o->select != NULL && hv_kostra_select_parse(o->select, &k->sel,
	    &k->nsel, e) == -1) || hv_kostra_codes_load(k, o->codes, e) == -1 ||
	    (o->population != NULL && hv_kostra_load(&o->in, k->sel, k->nsel,
	    o->population, &k->pop, e) == -1) ||
	    (o->need != NULL && hv_kostra_load(&o->in, k->sel, k->nsel,
	    o->need, &k->need, e) == -1) ||
	    (o->group_members != NULL && hv_kostra_members_load(k,
	    o->group_members, e) == -1))
		goto fail;
	if (take_left_out(k, &k->pop, o->population) == -1 ||
	    take_left_out(k, &k->need, o->need) == -1) {
		hv_err_nomem(e);
		goto fail;
	}
	if (hv_kostra_series(k, &k->pop, 0) == -1 ||
	    hv_kostra_series(k, &k->need, 0) == -1) {
		hv_err_nomem(e);
		goto fail;
	}
	return k;
fail:
	hv_kostra_free(k);
	return NULL;
}

int
hv_kostra_add(struct hv_kostra *k, const char *path, struct hv_err *e)
{
	size_t before = k->data.n;
	struct obsset added;

	unsigned long notes = k->data.footnotes;

	if (hv_kostra_load(&k->o.in, k->sel, k->nsel, path, &k->data,
	    e) == -1)
		return -1;
	notes = k->data.footnotes - notes;
	if (take_left_out(k, &k->data, path) == -1)
		return hv_err_nomem(e);
	if (notes > 0 && hv_notes_add(&k->reading, "%s: %lu line%s of text "
	    "under the table (footnotes) left out", path, notes, notes == 1 ?
	    "" : "s") == -1)
		return hv_err_nomem(e);
	added.n = k->data.n - before;
	if (added.n == 0)
		return 0;	/* (k->data.o may still be NULL) */
	added.o = k->data.o + before;
	return hv_kostra_series(k, &added, 1) == -1 ? hv_err_nomem(e) : 0;
}

/* --- the comparison ------------------------------------------------------ */

struct unit {
	const char	*code, *label;
	struct hv_period latest;	/* the period of label */
	int		 out;		/* written */
	enum hv_unit_kind kind;
	int		 ranked;	/* of the focus's kind: municipalities
					   or counties, never aggregates */
};

struct cmp {
	struct unit	*u;
	size_t		 nu;
	struct hv_period *per;
	size_t		 np;
	const struct obs **cell;	/* nu * np */
	const struct obs **dup;		/* nu * np: a second figure */
	char	       **flag;		/* nu * np */
	unsigned char	*implausible;	/* nu * np: out of others_mean and
					   the ranks */
};

/* The variable compared: --variable's, or the only one there is. */
static int
pick_variable(struct hv_kostra *k, const char **var, struct hv_err *e)
{
	char list[400] = "";
	size_t i;

	for (i = 0; i < k->data.nvar; i++)
		hv_list_append(list, sizeof(list), "; ", k->data.var[i]);
	if (k->o.variable != NULL) {
		for (i = 0; i < k->data.nvar; i++)
			if (hv_kostra_variable_matches(k->data.var[i],
			    k->o.variable))
				break;
		if (i == k->data.nvar)
			return hv_err_set(e, "--variable: no variable '%s' "
			    "(there are: %s)", k->o.variable, list);
		*var = k->o.variable;
		return 0;
	}
	if (k->data.nvar > 1)
		return hv_err_set(e, "the data has %zu variables: choose one "
		    "with --variable (%s)", k->data.nvar, list);
	*var = k->data.nvar == 1 ? k->data.var[0] : NULL;
	return 0;
}

/* Does query q name unit u: its code ("5037", "K-5037"), its label or
 * the name the tables give its code today, either whole, as any of its
 * parallel names or without a suffix ("Levanger (-2017)"), or a code and
 * a name ("5037 Levanger")? */
static int
names_unit(const struct hv_kostra *k, const struct unit *u, const char *q)
{
	const char *label, *now;
	char code[64];

	hv_kostra_split_region(q, code, sizeof(code), &label);
	if (strcasecmp(u->code, hv_region_plain_code(code)) == 0)
		return 1;
	now = hv_regions_name(k->regions, u->code, 9999);
	return hv_region_name_matches(u->label, q) ||
	    hv_region_name_matches(u->label, label) ||
	    (now != NULL && (hv_region_name_matches(now, q) ||
	    hv_region_name_matches(now, label)));
}

/* The unit q names, -1 when none does, or -2 with the candidates in *e
 * when several do (Herøy, Våler, Sande, Bø, Nes). */
static long
find_unit(const struct hv_kostra *k, const struct cmp *c, const char *opt,
    const char *q, struct hv_err *e)
{
	char list[400] = "", one[160], county[8], cbuf[64];
	const char *cname;
	size_t i, n = 0, nnow = 0;
	long found = -1, now = -1;
	int last = c->np > 0 ? c->per[c->np - 1].year : 9999;

	for (i = 0; i < c->nu; i++) {
		if (!names_unit(k, &c->u[i], q))
			continue;
		/* a code given exactly wins over names alike */
		if (strcasecmp(c->u[i].code, hv_region_plain_code(q)) == 0)
			return (long)i;
		if (n++ == 0)
			found = (long)i;
		/* Asker before the merge and Asker after: the one that
		 * exists at the end of the data */
		if (hv_regions_valid(k->regions, c->u[i].code, last) == 1 &&
		    nnow++ == 0)
			now = (long)i;
		/* the county, unless the label says it (Herøy (Nordland)) */
		snprintf(county, sizeof(county), "%.2s", c->u[i].code);
		cname = c->u[i].kind == HV_UNIT_MUNICIPALITY &&
		    strchr(c->u[i].label, '(') == NULL ? hv_regions_name(
		    k->regions, county, c->u[i].latest.year) : NULL;
		if (cname != NULL)
			cname = hv_region_short_name(cname, cbuf, sizeof(cbuf));
		snprintf(one, sizeof(one), "%s %s%s%s%s", c->u[i].code,
		    c->u[i].label, cname != NULL ? " (" : "", cname != NULL ?
		    cname : "", cname != NULL ? ")" : "");
		hv_list_append(list, sizeof(list), ", ", one);
	}
	if (n > 1 && nnow == 1)
		return now;
	if (n > 1) {
		hv_err_usage(e, "%s: '%s' names %zu units: give the code (%s)",
		    opt, q, n, list);
		return -2;
	}
	return found;
}

static int
unknown_unit(const struct cmp *c, const char *opt, const char *q,
    struct hv_err *e)
{
	char close[400] = "", all[400] = "";
	size_t i, n = strlen(q) < 3 ? strlen(q) : 3;

	for (i = 0; i < c->nu; i++) {
		char one[128];

		snprintf(one, sizeof(one), "%s%s %s", i > 0 ? ", " : "",
		    c->u[i].code, c->u[i].label);
		if (strlen(all) + strlen(one) < sizeof(all) - 4)
			strcat(all, one);
		if (strncasecmp(c->u[i].label, q, n) == 0 ||
		    strstr(c->u[i].code, q) != NULL) {
			snprintf(one, sizeof(one), "%s%s %s", close[0] ?
			    ", " : "", c->u[i].code, c->u[i].label);
			if (strlen(close) + strlen(one) < sizeof(close) - 4)
				strcat(close, one);
		}
	}
	return hv_err_set(e, "%s: no unit '%s' in the data (%s: %s)", opt, q,
	    close[0] != '\0' ? "close" : "there are", close[0] != '\0' ?
	    close : all);
}

static int
cmp_per(const void *a, const void *b)
{
	return hv_period_cmp(a, b);
}

/* Units and periods of the variable, the cells, within --from/--to: a
 * pass to find them (a map from unit code and one from period to their
 * index, so that 50 000 units take no 50 000 comparisons a figure), a
 * pass to place each figure in its cell. */
static int
build(struct hv_kostra *k, const char *var, struct cmp *c, struct hv_err *e)
{
	struct hv_period from, to;
	const struct obs *o, **cell;
	struct hv_map *units = NULL, *periods = NULL;
	const struct hv_period *at;
	size_t i, u, p;
	long got;
	int rc = -1;

	if (k->o.from != NULL && hv_period_parse(k->o.from,
	    strlen(k->o.from), &from, e) == -1) {
		hv_err_option(e, "--from");
		return -1;
	}
	if (k->o.to != NULL && hv_period_parse(k->o.to, strlen(k->o.to), &to,
	    e) == -1) {
		hv_err_option(e, "--to");
		return -1;
	}
	c->u = calloc(k->data.n + 1, sizeof(*c->u));
	c->per = calloc(k->data.n + 1, sizeof(*c->per));
	units = hv_map_new();
	periods = hv_map_new();
	if (c->u == NULL || c->per == NULL || units == NULL || periods == NULL)
		goto oom;
	for (i = 0; i < k->data.n; i++) {
		o = &k->data.o[i];
		if (o->gone || (var != NULL &&
		    !hv_kostra_variable_matches(o->variable, var)))
			continue;
		if ((k->o.from != NULL && hv_period_cmp(&o->p, &from) < 0) ||
		    (k->o.to != NULL && hv_period_cmp(&o->p, &to) > 0))
			continue;
		if ((got = hv_map_put(units, o->unit, strlen(o->unit),
		    (long)c->nu)) < 0)
			goto oom;
		u = (size_t)got;
		if (u == c->nu) {
			c->u[u].code = o->unit;
			c->u[u].label = o->label;
			c->u[u].latest = o->p;
			c->u[u].kind = hv_region_kind(o->unit);
			c->nu++;
		} else if (strcmp(c->u[u].label, c->u[u].code) == 0 ||
		    (strcmp(o->label, o->unit) != 0 &&
		    hv_period_cmp(&o->p, &c->u[u].latest) > 0)) {
			/* a name, now, and the latest the data gives */
			c->u[u].label = o->label;
			c->u[u].latest = o->p;
		}
		/* a period's fields are ints: its bytes are its key */
		if ((got = hv_map_put(periods, &o->p, sizeof(o->p),
		    (long)c->np)) < 0)
			goto oom;
		if ((size_t)got == c->np)
			c->per[c->np++] = o->p;
	}
	if (c->np == 0) {
		hv_err_set(e, "no figures%s%s", var != NULL ? " for " : "",
		    var != NULL ? var : "");
		goto done;
	}
	hv_sort(c->per, c->np, sizeof(*c->per), cmp_per);
	/* a cell per unit and period: nu * np must not wrap */
	if (c->nu > SIZE_MAX / c->np - 1)
		goto oom;
	c->cell = calloc(c->nu * c->np, sizeof(*c->cell));
	c->dup = calloc(c->nu * c->np, sizeof(*c->dup));
	c->flag = calloc(c->nu * c->np, sizeof(*c->flag));
	c->implausible = calloc(c->nu * c->np, 1);
	if (c->cell == NULL || c->dup == NULL || c->flag == NULL ||
	    c->implausible == NULL)
		goto oom;
	for (i = 0; i < k->data.n; i++) {
		o = &k->data.o[i];
		if (o->gone || (var != NULL &&
		    !hv_kostra_variable_matches(o->variable, var)))
			continue;
		if ((got = hv_map_get(units, o->unit, strlen(o->unit))) < 0 ||
		    (at = bsearch(&o->p, c->per, c->np, sizeof(*c->per),
		    cmp_per)) == NULL)
			continue;
		u = (size_t)got;
		p = (size_t)(at - c->per);
		cell = &c->cell[u * c->np + p];
		/* an error only for a unit written (after the options) */
		if (*cell != NULL)
			c->dup[u * c->np + p] = o;
		else
			*cell = o;
	}
	rc = 0;
	goto done;
oom:
	hv_err_nomem(e);
done:
	hv_map_free(units);
	hv_map_free(periods);
	return rc;
}

/* Two figures of one written unit in one period: which, and where. */
static int
check_twice(const struct cmp *c, struct hv_err *e)
{
	const struct obs *a, *b;
	size_t u, p;
	char buf[16];

	for (u = 0; u < c->nu; u++) {
		for (p = 0; c->u[u].out && p < c->np; p++) {
			if ((b = c->dup[u * c->np + p]) == NULL)
				continue;
			a = c->cell[u * c->np + p];
			return hv_err_at(e, b->file, b->line, "%s %s has two "
			    "figures for %s (also at %s:%lu)", c->u[u].code,
			    c->u[u].label, hv_period_fmt(&b->p, buf,
			    sizeof(buf)), a->file, a->line);
		}
	}
	return 0;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The median of the municipalities' values in period p, or 0. */
static double
median(const struct cmp *c, size_t p)
{
	double *v, m;
	size_t u, n = 0;

	if ((v = calloc(c->nu + 1, sizeof(*v))) == NULL)
		return 0;
	for (u = 0; u < c->nu; u++)
		if (c->u[u].ranked && c->cell[u * c->np + p] != NULL &&
		    c->cell[u * c->np + p]->has_v)
			v[n++] = c->cell[u * c->np + p]->v;
	hv_sort(v, n, sizeof(*v), cmp_double);
	m = n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	free(v);
	return m;
}

static int
set_flag(struct cmp *c, size_t u, size_t p, const char *text)
{
	char **f = &c->flag[u * c->np + p], *n;

	if (*f != NULL) {
		if ((n = malloc(strlen(*f) + strlen(text) + 3)) == NULL)
			return -1;
		sprintf(n, "%s; %s", *f, text);
		free(*f);
		*f = n;
		return 0;
	}
	return (*f = strdup(text)) == NULL ? -1 : 0;
}

/* The codes of written units the tables do not know, in one line. */
static int
unknown_codes(struct hv_kostra *k, const struct cmp *c)
{
	char list[256] = "";
	size_t u, n = 0;

	for (u = 0; k->unknown_map != NULL && u < c->nu; u++) {
		if (c->u[u].out && hv_map_get(k->unknown_map, c->u[u].code,
		    strlen(c->u[u].code)) >= 0) {
			hv_list_append(list, sizeof(list), ", ", c->u[u].code);
			n++;
		}
	}
	if (n == 0)
		return 0;
	return hv_notes_add(&k->report, "%zu region code%s the tables do not "
	    "know (no reform they hold changed %s), kept as units of their "
	    "own: %s", n, n == 1 ? "" : "s", n == 1 ? "it" : "them", list);
}

/* The flags of reforms: a series a merge or a split ended, a figure
 * --combine computed. */
static int
reform_flags(const struct hv_kostra *k, struct cmp *c, enum hv_lang lang)
{
	const struct obs *o;
	char text[256];
	size_t u, p;

	for (u = 0; u < c->nu; u++) {
		for (p = 0; c->u[u].out && p < c->np; p++) {
			if ((o = c->cell[u * c->np + p]) == NULL)
				continue;
			hv_kostra_region_flag(k, o, lang, text, sizeof(text));
			if (text[0] != '\0' && set_flag(c, u, p, text) == -1)
				return -1;
		}
	}
	return 0;
}

/* The units' names for people (--labels nb): the short form of the name
 * the tables give the code today ("Levanger"), else of the data's. */
static int
short_labels(const struct hv_kostra *k, struct cmp *c, char (**names)[96])
{
	const char *now;
	size_t u;

	if ((*names = calloc(c->nu + 1, sizeof(**names))) == NULL)
		return -1;
	for (u = 0; u < c->nu; u++) {
		now = hv_regions_name(k->regions, c->u[u].code, 9999);
		hv_region_short_name(now != NULL ? now : c->u[u].label,
		    (*names)[u], sizeof((*names)[u]));
		c->u[u].label = (*names)[u];
	}
	return 0;
}

/* The flags, in both languages (a printf template given the ratio and
 * the year before, for a jump). */
enum flag { F_NEGATIVE, F_NEAR_ZERO, F_JUMP, F_GROUP_BREAK };

static const struct hv_word flags[] = {
	{ "negative", NULL, "negative value", "negativ verdi" },
	{ "near_zero", NULL, "near zero", "n\xC3\xA6r null" },
	{ "jump", NULL, "jump x%.1f from %s", "hopp x%.1f fra %s" },
	{ "group_break", NULL, "KOSTRA group redrawn %d",
	    "kostragruppe endret %d" },
};

/*
 * Is value o of unit u in period p implausible for an expenditure per
 * inhabitant: negative, near zero (under 5 % of the municipalities'
 * median med that year), or more than a factor 3 from the year before
 * (from the last plausible value)?  Then the flag goes into flag, the
 * value and what makes it so into why ("-1036", "330; median 19105"),
 * and its kind is returned; else flag is empty and -1 returned.
 */
static int
implausible(const struct cmp *c, size_t u, size_t p, double med,
    enum hv_lang lang, char *flag, size_t fsz, char *why, size_t wsz)
{
	const struct obs *o = c->cell[u * c->np + p], *prev;
	char pbuf[16];
	double ratio;

	flag[0] = '\0';
	if (o->v < 0) {
		snprintf(flag, fsz, "%s", hv_word_label(&flags[F_NEGATIVE],
		    lang));
		snprintf(why, wsz, "%g", o->v);
		return F_NEGATIVE;
	}
	/* near zero says something of a figure per inhabitant or in
	 * kroner, nothing of a count (Utsira's few 80-year-olds) */
	if (!o->count && med > 0 && fabs(o->v) < 0.05 * med) {
		snprintf(flag, fsz, "%s", hv_word_label(&flags[F_NEAR_ZERO],
		    lang));
		snprintf(why, wsz, "%g; median %g", o->v, med);
		return F_NEAR_ZERO;
	}
	if (p == 0 || (prev = c->cell[u * c->np + p - 1]) == NULL ||
	    !prev->has_v || c->implausible[u * c->np + p - 1] ||
	    prev->v <= 0)
		return -1;
	ratio = o->v / prev->v;
	if (ratio <= 3 && ratio >= 1.0 / 3)
		return -1;
	hv_period_fmt(&prev->p, pbuf, sizeof(pbuf));
	snprintf(flag, fsz, hv_word_label(&flags[F_JUMP], lang), ratio, pbuf);
	snprintf(why, wsz, "%g, %.1f times the %s figure", o->v, ratio, pbuf);
	return F_JUMP;
}

/* Flag the implausible values: shown, flagged, out of others_mean and
 * the ranks, and one note per kind for the units written (a national
 * table can have hundreds): how many, and the first three. */
static int
check_plausible(struct hv_kostra *k, struct cmp *c, enum hv_lang lang)
{
	static const char *const what[] = {
		[F_NEGATIVE] = "negative values for a figure per inhabitant",
		[F_NEAR_ZERO] = ("values near zero (under 5 % of the "
		    "municipalities' median that year)"),
		[F_JUMP] = "values more than a factor 3 from the year before",
	};
	char flag[96], why[160], buf[16], example[3][3][200];
	unsigned long count[3] = { 0, 0, 0 };
	const struct obs *o;
	size_t u, p, i;
	double med;
	int kind;

	for (p = 0; p < c->np; p++) {
		med = median(c, p);
		for (u = 0; u < c->nu; u++) {
			o = c->cell[u * c->np + p];
			if (o == NULL || !o->has_v)
				continue;
			kind = implausible(c, u, p, med, lang, flag,
			    sizeof(flag), why, sizeof(why));
			if (kind < 0)
				continue;
			c->implausible[u * c->np + p] = 1;
			if (set_flag(c, u, p, flag) == -1)
				return -1;
			if (c->u[u].out && count[kind]++ < 3)
				snprintf(example[kind][count[kind] - 1],
				    sizeof(example[0][0]), "%s %s %s (%s)",
				    c->u[u].code, c->u[u].label,
				    hv_period_fmt(&o->p, buf, sizeof(buf)),
				    why);
		}
	}
	for (kind = 0; kind < 3; kind++) {
		char list[700] = "";

		for (i = 0; i < count[kind] && i < 3; i++)
			hv_list_append(list, sizeof(list), ", ",
			    example[kind][i]);
		if (count[kind] > 0 && hv_notes_add(&k->report, "%s: %lu, "
		    "%s%s: shown, flagged, left out of others_mean and the "
		    "ranks", what[kind], count[kind], list, count[kind] > 3 ?
		    ", ..." : "") == -1)
			return -1;
	}
	return 0;
}

/* Comparing with a KOSTRA group across 2020 compares with two different
 * sets of municipalities. */
static int
check_group_break(struct hv_kostra *k, struct cmp *c, size_t ref,
    enum hv_lang lang)
{
	const struct unit *r = &c->u[ref];
	size_t u, p;
	int before = 0, after = 0;
	char flag[64];

	if (strncmp(r->code, "EKG", 3) != 0 &&
	    strncasecmp(r->label, "kostragruppe", 12) != 0)
		return 0;
	for (p = 0; p < c->np; p++) {
		before |= c->per[p].year < GROUP_BREAK;
		after |= c->per[p].year >= GROUP_BREAK;
	}
	if (!before || !after)
		return 0;
	if (hv_notes_add(&k->report, "%s %s: the KOSTRA groups were redrawn "
	    "from %d, so the group before %d is another set of "
	    "municipalities: those years are flagged", r->code, r->label,
	    GROUP_BREAK, GROUP_BREAK) == -1)
		return -1;
	snprintf(flag, sizeof(flag), hv_word_label(&flags[F_GROUP_BREAK], lang),
	    GROUP_BREAK);
	for (p = 0; p < c->np; p++)
		for (u = 0; c->per[p].year < GROUP_BREAK && u < c->nu; u++)
			if (c->u[u].out && set_flag(c, u, p, flag) == -1)
				return -1;
	return 0;
}

static int
cmp_unit_then_place(const void *a, const void *b)
{
	const struct obs *const *x = a, *const *y = b;
	int c = strcmp((*x)->unit, (*y)->unit);

	if (c != 0)
		return c;
	return *x < *y ? -1 : *x > *y;	/* one array: the file's order */
}

/* s's figures by unit (in the file's order within one), for
 * side_figure: -1 when out of memory. */
static int
index_side(struct obsset *s)
{
	size_t i;

	free(s->by_unit);
	if ((s->by_unit = calloc(s->n + 1, sizeof(*s->by_unit))) == NULL)
		return -1;
	for (i = 0; i < s->n; i++)
		s->by_unit[i] = &s->o[i];
	hv_sort(s->by_unit, s->n, sizeof(*s->by_unit), cmp_unit_then_place);
	return 0;
}

/* A figure per unit and year from a side file (population, need index):
 * that year's, else the latest before it (*borrowed set), else none.
 * The first of the unit's figures by binary search in s->by_unit. */
static const struct obs *
side_figure(const struct obsset *s, const char *unit,
    const struct hv_period *p, int *borrowed)
{
	const struct obs *best = NULL;
	size_t lo = 0, hi = s->n, mid;

	*borrowed = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(s->by_unit[mid]->unit, unit) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < s->n && strcmp(s->by_unit[lo]->unit, unit) == 0; lo++) {
		const struct obs *o = s->by_unit[lo];

		if (!o->has_v)
			continue;
		if (o->p.kind == HV_PERIOD_YEAR && o->p.year == p->year)
			return o;
		if (o->p.year < p->year && (best == NULL ||
		    o->p.year > best->p.year))
			best = o;
	}
	*borrowed = best != NULL;
	return best;
}

enum col {
	K_VALUE = 3, K_STATUS, K_DIFF, K_DIFF_PCT, K_RANK, K_RANK_OF,
	K_MEAN, K_FLAG, K_POP, K_GAP, K_NEED, K_ADJ, K_DIFF_ADJ, K_DIFF_ADJ_PCT
};

static int
add_cols(struct hv_kostra *k, struct hv_table *t, int mean_decimals)
{
	static const struct {
		struct hv_word	 word;
		int		 numeric, percent, decimals, pop, need;
		enum hv_kind	 kind;
	} cols[] = {
		{ { "diff_ref", "Avvik fra referansen", NULL, NULL },
		    1, 0, -1, 0, 0, HV_KIND_GIVEN },
		{ { "diff_ref_pct", "Avvik %", NULL, NULL }, 1, 1, 1, 0, 0,
		    HV_KIND_RATE },
		{ { "rank", "Plass", NULL, NULL }, 1, 0, 0, 0, 0,
		    HV_KIND_COUNT },
		{ { "rank_of", "Av", NULL, NULL }, 1, 0, 0, 0, 0,
		    HV_KIND_COUNT },
		{ { "others_mean", "Snitt de andre", NULL, NULL },
		    1, 0, -1, 0, 0, HV_KIND_GIVEN },
		{ { "flag", "Merknad", NULL, NULL }, 0, 0, -1, 0, 0,
		    HV_KIND_EXACT },
		{ { "population", "Innbyggere", NULL, NULL }, 1, 0, 0, 1, 0,
		    HV_KIND_COUNT },
		{ { "gap_kr", "Avvik i kroner", NULL, NULL }, 1, 0, 0, 1, 0,
		    HV_KIND_COUNT },
		{ { "need_index", "Utgiftsbehovsindeks", NULL, NULL },
		    1, 0, -1, 0, 1, HV_KIND_GIVEN },
		{ { "value_adj", "Behovsjustert verdi", NULL, NULL },
		    1, 0, 0, 0, 1, HV_KIND_COUNT },
		{ { "diff_ref_adj", "Behovsjustert avvik", NULL, NULL },
		    1, 0, 0, 0, 1, HV_KIND_COUNT },
		{ { "diff_ref_adj_pct", "Behovsjustert avvik %", NULL, NULL },
		    1, 1, 1, 0, 1, HV_KIND_RATE },
	};
	static const char *keys[] = { "unit", "label" };
	struct hv_colspec spec;
	size_t i;

	if (hv_table_add_tidy_cols(t, keys, 2, -1) == -1)
		return -1;
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		if ((cols[i].pop && k->o.population == NULL) ||
		    (cols[i].need && k->o.need == NULL))
			continue;
		memset(&spec, 0, sizeof(spec));
		spec.name = cols[i].word.name;
		spec.word = &cols[i].word;
		spec.role = HV_ROLE_EXTRA;
		spec.numeric = cols[i].numeric;
		spec.percent = cols[i].percent;
		spec.decimals = cols[i].decimals;
		spec.kind = cols[i].kind;
		if (i == K_MEAN - K_DIFF)
			spec.decimals = mean_decimals;
		if (hv_table_add_col(t, &spec) == -1)
			return -1;
	}
	return 0;
}

/* Write the row of unit u in period p. */
static int
emit_row(struct hv_kostra *k, struct hv_table *t, const struct cmp *c,
    size_t u, size_t p, size_t ref, const double *mean, const size_t *rank,
    const size_t *rank_of, enum hv_lang lang)
{
	static const struct hv_word left_out = { "left_out", NULL,
	    "left out of the mean and the ranks",
	    "holdt utenfor snitt og rangering" };
	const char *flag = c->flag[u * c->np + p];
	char note[400];
	const struct obs *o = c->cell[u * c->np + p];
	const struct obs *r = c->cell[ref * c->np + p], *pop, *need, *rneed;
	char buf[16];
	double diff = 0, adj, radj;
	int has_diff, col, borrowed, rborrowed;
	long row;

	if ((row = hv_table_add_row(t)) == -1 ||
	    hv_table_set_text(t, (size_t)row, 0, c->u[u].code) == -1 ||
	    hv_table_set_text(t, (size_t)row, 1, c->u[u].label) == -1 ||
	    hv_table_set_text(t, (size_t)row, 2, hv_period_fmt(&c->per[p],
	    buf, sizeof(buf))) == -1)
		return -1;
	if (o != NULL && o->has_v)
		hv_table_set_num(t, (size_t)row, K_VALUE, o->v);
	if (o != NULL && hv_table_set_text(t, (size_t)row, K_STATUS,
	    o->status) == -1)
		return -1;
	/* the reference against itself is no difference: empty */
	has_diff = o != NULL && o->has_v && r != NULL && r->has_v && u != ref;
	if (has_diff) {
		diff = o->v - r->v;
		hv_table_set_num(t, (size_t)row, K_DIFF, diff);
		if (r->v != 0)
			hv_table_set_num(t, (size_t)row, K_DIFF_PCT,
			    diff / fabs(r->v) * 100);
	}
	if (rank[u * c->np + p] > 0) {
		hv_table_set_num(t, (size_t)row, K_RANK,
		    (double)rank[u * c->np + p]);
		hv_table_set_num(t, (size_t)row, K_RANK_OF, (double)rank_of[p]);
	}
	if (!isnan(mean[p]))
		hv_table_set_num(t, (size_t)row, K_MEAN, mean[p]);
	if (hv_table_set_text(t, (size_t)row, K_FLAG, flag) == -1)
		return -1;
	/* the flag as a note on the value: a marker and a legend in the
	 * human formats, where the flag column is not shown (--wide) */
	if (flag != NULL) {
		if (c->implausible[u * c->np + p])
			snprintf(note, sizeof(note), "%s: %s", flag,
			    hv_word_label(&left_out, lang));
		else
			snprintf(note, sizeof(note), "%s", flag);
		if (hv_table_set_note(t, (size_t)row, K_VALUE, note) == -1)
			return -1;
	}
	col = K_POP;
	if (k->o.population != NULL) {
		pop = side_figure(&k->pop, c->u[u].code, &c->per[p], &borrowed);
		if (pop == NULL && has_diff && u != ref &&
		    hv_notes_add(&k->report, "%s %s %s: no population for %s "
		    "or before: gap_kr empty", c->u[u].code, c->u[u].label,
		    buf, buf) == -1)
			return -1;
		if (pop != NULL) {
			hv_table_set_num(t, (size_t)row, (size_t)col, pop->v);
			if (has_diff)
				hv_table_set_num(t, (size_t)row,
				    (size_t)col + 1, diff * pop->v);
			if (borrowed && c->u[u].out &&
			    hv_notes_add(&k->report, "%s %s %s: population of "
			    "%d used (the latest before)", c->u[u].code,
			    c->u[u].label, buf, pop->p.year) == -1)
				return -1;
		}
		col += 2;
	}
	if (k->o.need != NULL) {
		need = side_figure(&k->need, c->u[u].code, &c->per[p],
		    &borrowed);
		rneed = side_figure(&k->need, c->u[ref].code, &c->per[p],
		    &rborrowed);
		if (rneed == NULL && u == ref && hv_notes_add(&k->report,
		    "%s %s %s: no need index for the reference: 1 assumed",
		    c->u[u].code, c->u[u].label, buf) == -1)
			return -1;
		if (need != NULL && need->v > 0 && o != NULL && o->has_v) {
			/* an index of 104 is written as 1.04 by others */
			double ni = need->v > 10 ? need->v / 100 : need->v;
			double ri = rneed == NULL ? 1 : rneed->v > 10 ?
			    rneed->v / 100 : rneed->v;

			hv_table_set_num(t, (size_t)row, (size_t)col, ni);
			adj = o->v / ni;
			hv_table_set_num(t, (size_t)row, (size_t)col + 1, adj);
			if (r != NULL && r->has_v && ri > 0) {
				radj = r->v / ri;
				hv_table_set_num(t, (size_t)row,
				    (size_t)col + 2, adj - radj);
				if (radj != 0)
					hv_table_set_num(t, (size_t)row,
					    (size_t)col + 3, (adj - radj) /
					    fabs(radj) * 100);
			}
		}
	}
	return 0;
}

static int
cmp_rank(const void *a, const void *b)
{
	const double *x = a, *y = b;

	return x[0] > y[0] ? -1 : x[0] < y[0];
}

/* Rank per period, highest first, among the written municipalities other
 * than the reference whose values are not flagged implausible; equal
 * values share a rank. */
static int
ranks(const struct cmp *c, size_t ref, size_t *rank, size_t *rank_of)
{
	double *v;
	size_t u, p, n, i;

	if ((v = calloc(2 * c->nu + 2, sizeof(*v))) == NULL)
		return -1;
	for (p = 0; p < c->np; p++) {
		n = 0;
		for (u = 0; u < c->nu; u++) {
			const struct obs *o = c->cell[u * c->np + p];

			/* a flagged value gets no rank (Stjørdal's -1 036
			 * is no "6 of 6"), and is not counted in rank_of */
			if (!c->u[u].out || !c->u[u].ranked || u == ref ||
			    o == NULL || !o->has_v ||
			    c->implausible[u * c->np + p])
				continue;
			v[2 * n] = o->v;
			v[2 * n + 1] = (double)u;
			n++;
		}
		hv_sort(v, n, 2 * sizeof(*v), cmp_rank);
		for (i = 0; i < n; i++) {
			u = (size_t)v[2 * i + 1];
			rank[u * c->np + p] = i > 0 && v[2 * i] ==
			    v[2 * i - 2] ? rank[(size_t)v[2 * i - 1] * c->np +
			    p] : i + 1;
		}
		rank_of[p] = n;
	}
	free(v);
	return 0;
}

static int
one_unit(const struct hv_kostra *k, struct cmp *c, const char *opt,
    const char *q, long *u, struct hv_err *e)
{
	if ((*u = find_unit(k, c, opt, q, e)) == -2)
		return -1;
	if (*u < 0)
		return unknown_unit(c, opt, q, e);
	c->u[*u].out = 1;
	return 0;
}

/* --group-members: every municipality of the focus's group is a peer;
 * the members without figures said in a note. */
static int
group_peers(struct hv_kostra *k, struct cmp *c, const char *group)
{
	char missing[256] = "";
	size_t u, i, nmissing = 0, ngroup = 0;
	struct hv_map *present;
	long at;

	if ((present = hv_map_new()) == NULL)
		return -1;
	for (u = 0; u < c->nu; u++) {
		const char *g = hv_kostra_group_of(k, c->u[u].code);

		if (g != NULL && strcmp(g, group) == 0 &&
		    c->u[u].kind == HV_UNIT_MUNICIPALITY) {
			c->u[u].out = 1;
			if (hv_map_put(present, c->u[u].code,
			    strlen(c->u[u].code), (long)u) < 0) {
				hv_map_free(present);
				return -1;
			}
		}
	}
	for (i = 0; i < k->nmember; i++) {
		if (strcmp(k->member_group[i], group) != 0)
			continue;
		ngroup++;
		at = hv_map_get(present, k->member[i], strlen(k->member[i]));
		if (at < 0 && nmissing++ < 10)
			hv_list_append(missing, sizeof(missing), ", ",
			    k->member[i]);
	}
	hv_map_free(present);
	if (nmissing > 0 && hv_notes_add(&k->report, "%s: %zu of the %zu "
	    "municipalities of %s have no figures in the data: %s",
	    k->o.group_members, nmissing, ngroup, group, missing) == -1)
		return -1;
	return 0;
}

struct hv_table *
hv_kostra_table(struct hv_kostra *k, enum hv_lang lang, struct hv_err *e)
{
	struct cmp c;
	struct hv_table *t = NULL;
	const char *var = NULL, *p;
	size_t u, q, *rank = NULL, *rank_of = NULL, n;
	double *mean = NULL, sum;
	long focus, ref, peer;
	const char *group = NULL;
	char item[128], (*names)[96] = NULL;
	int d, mean_decimals = 0;

	memset(&c, 0, sizeof(c));
	/* the notes are the last table's: asked twice, said once */
	hv_notes_free(&k->report);
	for (u = 0; u < k->reading.n; u++)
		if (hv_notes_add(&k->report, "%s", k->reading.line[u]) == -1) {
			hv_err_nomem(e);
			return NULL;
		}
	if (hv_kostra_select_unused(k->sel, k->nsel, &k->data, e) == -1)
		return NULL;
	if (k->data.n == 0) {
		hv_err_set(e, "no figures in the input");
		return NULL;
	}
	if (hv_kostra_combine(k, e) == -1)
		return NULL;
	if (hv_kostra_codes_report(k) == -1) {
		hv_err_nomem(e);
		return NULL;
	}
	if (index_side(&k->pop) == -1 || index_side(&k->need) == -1) {
		hv_err_nomem(e);
		goto fail;
	}
	if (pick_variable(k, &var, e) == -1 || build(k, var, &c, e) == -1)
		goto fail;
	if (one_unit(k, &c, "--focus", k->o.focus, &focus, e) == -1)
		goto fail;
	if (k->o.group_members != NULL) {
		if ((group = hv_kostra_group_of(k, c.u[focus].code)) == NULL) {
			hv_err_set(e, "%s: %s %s is in no group of the file",
			    k->o.group_members, c.u[focus].code,
			    c.u[focus].label);
			goto fail;
		}
		if (group_peers(k, &c, group) == -1)
			goto oom;
	}
	if (one_unit(k, &c, "--ref", k->o.ref != NULL ? k->o.ref : group,
	    &ref, e) == -1)
		goto fail;
	for (p = k->o.units; (p = hv_list_next(p, item, sizeof(item))) !=
	    NULL;)
		if (one_unit(k, &c, "--units", item, &peer, e) == -1)
			goto fail;
	if (k->o.units == NULL && k->o.group_members == NULL)
		for (u = 0; u < c.nu; u++)
			c.u[u].out = 1;
	/* ranked: the units of the focus's kind (a table by fylke ranks
	 * counties), never groups, county sums or the country */
	for (u = 0; u < c.nu; u++)
		c.u[u].ranked = c.u[u].kind == c.u[focus].kind &&
		    (c.u[u].kind == HV_UNIT_MUNICIPALITY ||
		    c.u[u].kind == HV_UNIT_COUNTY);
	if (check_twice(&c, e) == -1)
		goto fail;
	if (unknown_codes(k, &c) == -1)
		goto oom;
	if (lang == HV_LANG_NB && short_labels(k, &c, &names) == -1)
		goto oom;
	rank = calloc(c.nu * c.np + 1, sizeof(*rank));
	rank_of = calloc(c.np + 1, sizeof(*rank_of));
	mean = calloc(c.np + 1, sizeof(*mean));
	if (rank == NULL || rank_of == NULL || mean == NULL)
		goto oom;
	if (check_plausible(k, &c, lang) == -1 ||
	    check_group_break(k, &c, (size_t)ref, lang) == -1 ||
	    reform_flags(k, &c, lang) == -1 ||
	    ranks(&c, (size_t)ref, rank, rank_of) == -1)
		goto oom;
	for (q = 0; q < c.np; q++) {
		sum = 0;
		n = 0;
		for (u = 0; u < c.nu; u++) {
			const struct obs *o = c.cell[u * c.np + q];

			/* the others: not the focus itself (with one peer,
			 * the mean is that peer's) */
			if (!c.u[u].out || !c.u[u].ranked ||
			    u == (size_t)ref || u == (size_t)focus ||
			    o == NULL || !o->has_v ||
			    c.implausible[u * c.np + q])
				continue;
			sum += o->v;
			n++;
		}
		mean[q] = n > 0 ? sum / (double)n : NAN;
	}
	/* the mean as precise as the figures it is the mean of: kroner
	 * whole, a share of 20.85 % with two decimals */
	for (q = 0; q < c.nu * c.np; q++)
		if (c.cell[q] != NULL && c.cell[q]->has_v &&
		    c.u[q / c.np].out && (d = hv_num_decimals(c.cell[q]->v,
		    HV_KIND_GIVEN_MAX)) > mean_decimals)
			mean_decimals = d;
	if ((t = hv_table_new()) == NULL || add_cols(k, t, mean_decimals) == -1)
		goto oom;
	/* the focus first, marked; then the others in their order */
	for (n = 0; n <= c.nu; n++) {
		u = n == 0 ? (size_t)focus : n - 1;
		if (n > 0 && u == (size_t)focus)
			continue;
		for (q = 0; c.u[u].out && q < c.np; q++)
			/* no row for a year the unit did not exist in */
			if ((c.cell[u * c.np + q] != NULL ||
			    hv_regions_exists(k->regions, c.u[u].code,
			    c.per[q].year) != 0) &&
			    (emit_row(k, t, &c, u, q, (size_t)ref, mean, rank,
			    rank_of, lang) == -1 || (u == (size_t)focus &&
			    hv_table_mark_row(t, hv_table_nrows(t) - 1) == -1)))
				goto oom;
	}
	goto done;
oom:
	hv_err_nomem(e);
fail:
	hv_table_free(t);
	t = NULL;
done:
	for (u = 0; c.flag != NULL && u < c.nu * c.np; u++)
		free(c.flag[u]);
	free(c.flag);
	free(c.implausible);
	free(c.cell);
	free(c.dup);
	free(names);
	free(c.u);
	free(c.per);
	free(rank);
	free(rank_of);
	free(mean);
	return t;
}

const char *
hv_kostra_source(const struct hv_kostra *k, enum hv_lang lang, char *buf,
    size_t sz)
{
	if (k->data.table[0] == '\0')
		return NULL;
	snprintf(buf, sz, lang == HV_LANG_NB ? "SSB tabell %s, oppdatert %s" :
	    "SSB table %s, updated %s", k->data.table, k->data.updated);
	return buf;
}
