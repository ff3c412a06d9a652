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
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* A KOSTRA group's code as the statistics bank writes it: KLASS's "9"
 * or "09" and "KG09" are EKG09. */
static void
group_code(const char *s, size_t len, char *buf, size_t sz)
{
	size_t i, digits = 0;

	for (i = 0; i < len; i++)
		digits += isdigit((unsigned char)s[i]) != 0;
	if (digits == len && len >= 1 && len <= 2)
		snprintf(buf, sz, "EKG%02d", atoi(s));
	else if (len >= 3 && strncasecmp(s, "KG", 2) == 0 && digits == len - 2)
		snprintf(buf, sz, "EKG%.*s", (int)(len - 2), s + 2);
	else
		snprintf(buf, sz, "%.*s", (int)len, s);
}

int
hv_kostra_members_load(struct hv_kostra *k, const char *path,
    struct hv_err *e)
{
	static const char *const unit_cols[] = { "source", "municipality",
	    "kommune", "sourceCode", "code", NULL };
	static const char *const group_cols[] = { "target", "group",
	    "kostragruppe", "targetCode", NULL };
	struct hv_reader *r;
	struct hv_row row;
	char group[64], code[64];
	size_t cap = 0;
	int ucol, gcol, got;
	long at;

	if ((r = hv_reader_open(path, &k->o.in, e)) == NULL)
		return -1;
	ucol = hv_reader_first_col(r, unit_cols);
	gcol = hv_reader_first_col(r, group_cols);
	if (ucol < 0 || gcol < 0) {
		hv_reader_close(r);
		return hv_err_at(e, path, 1, "--group-members: no columns "
		    "source and target (municipality and group)");
	}
	if ((k->member_map = hv_map_new()) == NULL)
		goto oom;
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if ((size_t)ucol >= row.n || (size_t)gcol >= row.n ||
		    row.len[ucol] == 0 || row.len[gcol] == 0 ||
		    row.len[ucol] >= sizeof(code))
			continue;
		snprintf(code, sizeof(code), "%.*s", (int)row.len[ucol],
		    row.field[ucol]);
		group_code(row.field[gcol], row.len[gcol], group,
		    sizeof(group));
		if ((at = hv_map_put(k->member_map, code, strlen(code),
		    (long)k->nmember)) < 0)
			goto oom;
		if ((size_t)at < k->nmember) {
			if (strcmp(k->member_group[at], group) == 0)
				continue;
			hv_reader_close(r);
			return hv_err_at(e, path, row.line, "--group-members: "
			    "%s is in %s and in %s", code, k->member_group[at],
			    group);
		}
		if (k->nmember == cap) {
			size_t c = cap ? 2 * cap : 64;
			char **m = realloc(k->member, c * sizeof(*m));

			if (m == NULL)
				goto oom;
			k->member = m;
			if ((m = realloc(k->member_group, c * sizeof(*m))) ==
			    NULL)
				goto oom;
			k->member_group = m;
			cap = c;
		}
		k->member[k->nmember] = strdup(code);
		k->member_group[k->nmember] = strdup(group);
		k->nmember++;
		if (k->member[k->nmember - 1] == NULL ||
		    k->member_group[k->nmember - 1] == NULL)
			goto oom;
	}
	hv_reader_close(r);
	if (got == -1)
		return -1;
	if (k->nmember == 0)
		return hv_err_at(e, path, 0, "--group-members: no municipality "
		    "in the file");
	return 0;
oom:
	hv_reader_close(r);
	return hv_err_nomem(e);
}

const char *
hv_kostra_group_of(const struct hv_kostra *k, const char *code)
{
	long at;

	if (k->member_map == NULL)
		return NULL;
	at = hv_map_get(k->member_map, code, strlen(code));
	return at >= 0 ? k->member_group[at] : NULL;
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
	struct hv_regions *rg;
	struct hv_table *t;
	struct hv_err e;

	if ((rg = hv_regions_new(NULL, &e)) == NULL)
		return NULL;
	t = hv_regions_table(rg);
	hv_regions_free(rg);
	return t;
}
