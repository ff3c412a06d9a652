/*
 * kostra-codes.c: kostra-compare's figures across reforms (region.c has
 * the codes).  Every figure is read under the code of its series, so a
 * renumbered municipality is one series (Levanger 1719 and 5037, Bærum
 * 0219, 3024 and 3201); a figure of a code in a year the code did not
 * exist, 0 or missing (Statistikkbanken's old and new codes side by
 * side), is left out and counted; a series a merge or a split ends is
 * flagged; with --combine, the successor of a merge is computed for the
 * years before it from its predecessors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kostra-int.h"
#include "list.h"
#include "mem.h"

const struct hv_name hv_combines[] = {
	{ "none",	HV_COMBINE_NONE,	0 },
	{ "sum",	HV_COMBINE_SUM,		0 },
	{ "population",	HV_COMBINE_POPULATION,	0 },
	{ NULL,		0,			0 },
};

int
hv_kostra_codes_load(struct hv_kostra *k, const char *path, struct hv_err *e)
{
	return (k->regions = hv_regions_new(path, e)) == NULL ? -1 : 0;
}

/* A code the tables do not know, once per code. */
static int
unknown_code(struct hv_kostra *k, const char *code)
{
	long got;

	if (k->unknown_map == NULL && (k->unknown_map = hv_map_new()) == NULL)
		return -1;
	if ((got = hv_map_put(k->unknown_map, code, strlen(code),
	    (long)k->nunknown)) < 0)
		return -1;
	if ((size_t)got != k->nunknown)
		return 0;	/* known already */
	if (hv_grow(&k->unknown, &k->unknown_cap, k->nunknown + 1,
	    sizeof(*k->unknown)) == -1 ||
	    (k->unknown[k->nunknown] = strdup(code)) == NULL)
		return -1;
	k->nunknown++;
	return 0;
}

int
hv_kostra_series(struct hv_kostra *k, struct obsset *s, int data)
{
	enum hv_unit_kind kind;
	struct obs *o;
	const char *series;
	char *copy;
	size_t i;
	int valid;

	for (i = 0; i < s->n; i++) {
		o = &s->o[i];
		kind = hv_region_kind(o->unit);
		if (kind != HV_UNIT_MUNICIPALITY && kind != HV_UNIT_COUNTY)
			continue;
		valid = hv_regions_valid(k->regions, o->unit, o->p.year);
		if (valid == 0 && (!o->has_v || o->v == 0)) {
			/* side by side: the old or the new code, empty */
			o->gone = 1;
			if (data && k->ngone++ == 0)
				snprintf(k->gone_example,
				    sizeof(k->gone_example), "%s %d", o->unit,
				    o->p.year);
			continue;
		}
		if (valid == -1 && data && unknown_code(k, o->unit) == -1)
			return -1;
		series = hv_regions_series(k->regions, o->unit, o->p.year,
		    &o->end);
		if (strcmp(series, o->unit) != 0) {
			if ((copy = strdup(series)) == NULL)
				return -1;
			free(o->unit);
			o->unit = copy;
		}
	}
	return 0;
}

/* The figure of unit in period p in set (not one left out), or NULL. */
static const struct obs *
figure(const struct obsset *s, const char *unit, const struct hv_period *p,
    const char *variable)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct obs *o = &s->o[i];

		if (!o->gone && o->has_v && o->p.year == p->year &&
		    hv_period_cmp(&o->p, p) == 0 &&
		    strcmp(o->unit, unit) == 0 &&
		    (variable == NULL || strcmp(o->variable, variable) == 0))
			return o;
	}
	return NULL;
}

/* Add to set a figure like o (which may be in set) for unit, value v,
 * computed from codes. */
static int
add_computed(struct obsset *set, const struct obs *o, const char *unit,
    const char *label, double v, const char *codes)
{
	struct obs n;

	/* copied before the set grows and o moves */
	memset(&n, 0, sizeof(n));
	n.unit = strdup(unit);
	n.label = strdup(label);
	n.variable = strdup(o->variable);
	n.file = strdup(o->file);
	n.computed = strdup(codes);
	n.p = o->p;
	n.v = v;
	n.has_v = 1;
	n.line = o->line;
	if (n.unit == NULL || n.label == NULL || n.variable == NULL ||
	    n.file == NULL || n.computed == NULL ||
	    hv_grow(&set->o, &set->cap, set->n + 1, sizeof(*set->o)) == -1) {
		free(n.unit);
		free(n.label);
		free(n.variable);
		free(n.file);
		free(n.computed);
		return -1;
	}
	set->o[set->n++] = n;
	return 0;
}

/* Is code among the n codes of list? */
static int
among(const char *const *list, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], code) == 0)
			return 1;
	return 0;
}

/*
 * One merge into code in year: the successor's series (its code today)
 * for each period before year in which every predecessor has a figure:
 * their sum, or their mean weighted by population.  A successor that
 * kept its code has its own figure of those years replaced; one with
 * figures of its own there already (SSB's harmonised K- series) keeps
 * them.
 */
static int
combine_one(struct hv_kostra *k, const char *code, int year,
    struct hv_err *e)
{
	const char *pred[16], *series, *label;
	const struct hv_region_change *end;
	const struct obs *o, *f, *pop;
	struct obs *own;
	char codes[128] = "";
	double sum, weight;
	size_t np, i, j, n0 = k->data.n;
	int kept;

	np = hv_regions_merged(k->regions, code, year, pred, 16);
	if (np < 2 || np > 16)
		return 0;
	series = hv_regions_series(k->regions, code, year, &end);
	kept = among(pred, np, code);
	label = hv_regions_name(k->regions, series, 9999);
	for (i = 0; i < np; i++)
		hv_list_append(codes, sizeof(codes), ", ", pred[i]);
	for (i = 0; i < n0; i++) {
		o = &k->data.o[i];
		/* each period of the first predecessor before the merge */
		if (o->gone || !o->has_v || o->p.year >= year ||
		    strcmp(o->unit, pred[0]) != 0)
			continue;
		own = (struct obs *)figure(&k->data, series, &o->p,
		    o->variable);
		if (own != NULL && !kept)
			continue;
		sum = weight = 0;
		for (j = 0; j < np; j++) {
			if ((f = figure(&k->data, pred[j], &o->p,
			    o->variable)) == NULL)
				break;
			if (k->o.combine == HV_COMBINE_SUM) {
				sum += f->v;
				continue;
			}
			if ((pop = figure(&k->pop, pred[j], &o->p, NULL)) ==
			    NULL || pop->v <= 0)
				break;
			sum += f->v * pop->v;
			weight += pop->v;
		}
		if (j < np)
			continue;	/* a predecessor without a figure */
		if (own != NULL)
			own->gone = 1;
		if (add_computed(&k->data, o, series, label != NULL ? label :
		    series, k->o.combine == HV_COMBINE_SUM ? sum : sum /
		    weight, codes) == -1)
			return hv_err_nomem(e);
	}
	return 0;
}

int
hv_kostra_combine(struct hv_kostra *k, struct hv_err *e)
{
	const struct hv_region_change *c;
	size_t i, j, nchanges = hv_regions_nchanges(k->regions);

	if (k->o.combine == HV_COMBINE_NONE || k->combined)
		return 0;
	k->combined = 1;
	if (k->o.combine == HV_COMBINE_POPULATION && k->o.population == NULL)
		return hv_err_usage(e, "--combine population needs "
		    "--population FILE");
	/* each merge once, the first of its rows */
	for (i = 0; i < nchanges; i++) {
		c = hv_regions_change(k->regions, i);
		if (c->kind != HV_CHANGE_MERGE)
			continue;
		for (j = 0; j < i; j++) {
			const struct hv_region_change *d =
			    hv_regions_change(k->regions, j);

			if (d->kind == HV_CHANGE_MERGE && d->year == c->year &&
			    strcmp(d->new, c->new) == 0)
				break;
		}
		if (j == i && combine_one(k, c->new, c->year, e) == -1)
			return -1;
	}
	return 0;
}

/* The flags of reforms, in both languages. */
static const struct hv_word region_flags[] = {
	{ "merged", NULL, "merged into %s %s in %d",
	    "sl\xC3\xA5tt sammen til %s %s i %d" },
	{ "before_merge", NULL, "before the merge of %d",
	    "f\xC3\xB8r sammensl\xC3\xA5ingen i %d" },
	{ "split", NULL, "split in %d into %s", "delt i %d: %s" },
	{ "computed", NULL, "computed from %s", "regnet ut fra %s" },
};

const char *
hv_kostra_region_flag(const struct hv_kostra *k, const struct obs *o,
    enum hv_lang lang, char *buf, size_t sz)
{
	const struct hv_region_change *c = o->end;
	const char *to[8], *name;
	char list[160] = "", one[64], nbuf[64];
	size_t n, i;

	buf[0] = '\0';
	if (o->computed != NULL) {
		snprintf(buf, sz, hv_word_label(&region_flags[3], lang),
		    o->computed);
		return buf;
	}
	if (c == NULL)
		return buf;
	if (c->kind == HV_CHANGE_SPLIT) {
		n = hv_regions_successors(k->regions, c->old, c->year - 1,
		    c->year, to, 8);
		for (i = 0; i < n && i < 8; i++) {
			name = hv_regions_name(k->regions, to[i], c->year);
			snprintf(one, sizeof(one), "%s %s", to[i], name != NULL ?
			    hv_region_short_name(name, nbuf, sizeof(nbuf)) : "");
			hv_list_append(list, sizeof(list), ", ", one);
		}
		snprintf(buf, sz, hv_word_label(&region_flags[2], lang),
		    c->year, list);
	} else if (strcmp(c->old, c->new) == 0) {
		snprintf(buf, sz, hv_word_label(&region_flags[1], lang),
		    c->year);
	} else {
		snprintf(buf, sz, hv_word_label(&region_flags[0], lang),
		    c->new, hv_region_short_name(c->new_name, nbuf,
		    sizeof(nbuf)), c->year);
	}
	return buf;
}

int
hv_kostra_codes_report(struct hv_kostra *k)
{
	if (k->ngone == 0)
		return 0;
	return hv_notes_add(&k->report, "%lu figure%s of codes in years they "
	    "did not exist (0 or missing: an old and a new code side by "
	    "side) left out, the first %s", k->ngone, k->ngone == 1 ? "" :
	    "s", k->gone_example);
}

struct hv_table *
hv_kostra_codes_table(void)
{
	static const char *names[] = { "old", "new", "from", "kind",
	    "old_name", "new_name" };
	const struct hv_region_change *c;
	struct hv_colspec spec;
	struct hv_table *t = hv_table_new();
	struct hv_regions *rg;
	struct hv_err e;
	size_t i;
	long r;

	if (t == NULL || (rg = hv_regions_new(NULL, &e)) == NULL) {
		hv_table_free(t);
		return NULL;
	}
	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		spec.name = names[i];
		spec.numeric = i == 2;
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	/* in the order of the changes in time, as KLASS lists them */
	for (i = 0; i < hv_region_nchanges; i++) {
		c = &hv_region_changes[i];
		if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, c->old) == -1 ||
		    hv_table_set_text(t, (size_t)r, 1, c->new) == -1 ||
		    hv_table_set_text(t, (size_t)r, 3, hv_name_of(
		    hv_change_kinds, (int)c->kind)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 4, c->old_name) == -1 ||
		    hv_table_set_text(t, (size_t)r, 5, c->new_name) == -1)
			goto fail;
		hv_table_set_num(t, (size_t)r, 2, c->year);
	}
	hv_regions_free(rg);
	return t;
fail:
	hv_regions_free(rg);
	hv_table_free(t);
	return NULL;
}
