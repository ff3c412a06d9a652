/*
 * kostra-read.c: SSB's figures in: JSON-stat from the PxWeb API, a
 * Statistikkbanken CSV download (long or wide, a title line, Latin-1,
 * "5037 Levanger" cells), or the toolkit's tidy CSV, into observations.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "jsonstat.h"
#include "kostra-int.h"
#include "list.h"
#include "mem.h"

/* "5037 Levanger", "EKG09 Kostragruppe 09": the code, then the label. */
void
hv_kostra_split_region(const char *cell, char *code, size_t csz,
    const char **label)
{
	size_t n = strcspn(cell, " "), len;
	int digit = 0;
	size_t i;
	char first[16];

	for (i = 0; i < n; i++)
		digit |= isdigit((unsigned char)cell[i]);
	/* SSB's prefixed codes without digits: K-Rest (the rest of the
	 * divided municipalities and the unknown) */
	if (n >= 3 && isupper((unsigned char)cell[0]) && cell[1] == '-' &&
	    isalnum((unsigned char)cell[2]))
		digit = 1;
	/* a code has a digit, or is one of SSB's aggregates (EAK) */
	if (!digit && n < sizeof(first)) {
		memcpy(first, cell, n);
		first[n] = '\0';
		digit = hv_region_kind(first) != HV_UNIT_OTHER;
	}
	if (digit && cell[n] == ' ' && cell[n + 1] != '\0') {
		len = n;
		*label = cell + n + 1;
	} else {
		len = strlen(cell);
		*label = cell;
	}
	/* by hand, not snprintf: a national table has millions of these */
	if (csz > 0) {
		if (len >= csz)
			len = csz - 1;
		memcpy(code, cell, len);
		code[len] = '\0';
	}
}

int
hv_kostra_variable_matches(const char *var, const char *want)
{
	size_t n = strlen(want);

	return strcasecmp(var, want) == 0 ||
	    (strncasecmp(var, want, n) == 0 && var[n] == ' ');
}

/* Does what (a variable's label, a value column's header) name a count:
 * persons, "antall", inhabitants, and not a figure per inhabitant, kroner
 * or a share? */
static int
is_count(const char *what)
{
	static const char *const counts[] = { "person", "antall", "number of",
	    "innbyggere", "inhabitants", "population", "folkemengde", NULL };
	static const char *const not[] = { "per ", "pr.", "pr ", " kr",
	    "kroner", "nok", "prosent", "percent", "%", "andel", "share",
	    "rate", NULL };
	char low[256];
	size_t i;

	if (what == NULL)
		return 0;
	for (i = 0; what[i] != '\0' && i < sizeof(low) - 1; i++)
		low[i] = (char)tolower((unsigned char)what[i]);
	low[i] = '\0';
	for (i = 0; not[i] != NULL; i++)
		if (strstr(low, not[i]) != NULL)
			return 0;
	for (i = 0; counts[i] != NULL; i++)
		if (strstr(low, counts[i]) != NULL)
			return 1;
	return 0;
}

/* Note variable among those read, whether it is a count told once;
 * its index, or -1 when out of memory. */
static long
seen_variable(struct obsset *s, const char *variable)
{
	long got;

	if (s->var_map == NULL && (s->var_map = hv_map_new()) == NULL)
		return -1;
	got = hv_map_put(s->var_map, variable, strlen(variable),
	    (long)s->nvar);
	if (got < 0)
		return -1;
	if ((size_t)got != s->nvar)
		return got;
	if (hv_grow(&s->var, &s->var_cap, s->nvar + 1, sizeof(*s->var)) ==
	    -1 || hv_grow(&s->var_count, &s->var_count_cap, s->nvar + 1, 1) ==
	    -1 || (s->var[s->nvar] = strdup(variable)) == NULL)
		return -1;
	s->var_count[s->nvar] = (unsigned char)is_count(variable);
	return (long)s->nvar++;
}

/* Add a figure; column_count: its value column's header names a count
 * (for a figure of no variable). */
static int
add_obs(struct obsset *s, const char *unit, const char *label,
    const char *variable, int column_count, const struct hv_period *p,
    double v, int has_v, const char *status, const char *file,
    unsigned long line)
{
	struct obs *o;
	long var;

	if (variable == NULL)
		variable = "";
	if ((var = seen_variable(s, variable)) == -1)
		return -1;
	/* a national table of 50 variables, one compared: the others are
	 * not kept (memory grows with what is compared) */
	if (s->only != NULL && !hv_kostra_variable_matches(variable, s->only))
		return 0;
	if (hv_grow(&s->o, &s->cap, s->n + 1, sizeof(*s->o)) == -1)
		return -1;
	o = &s->o[s->n];
	memset(o, 0, sizeof(*o));
	o->unit = strdup(hv_region_plain_code(unit));
	o->label = strdup(label);
	o->variable = strdup(variable);
	o->file = strdup(file);
	if (o->unit == NULL || o->label == NULL || o->variable == NULL ||
	    o->file == NULL) {
		free(o->unit);
		free(o->label);
		free(o->variable);
		free(o->file);
		return -1;
	}
	o->p = *p;
	o->v = v;
	o->has_v = has_v;
	o->count = *variable != '\0' ? s->var_count[var] : column_count;
	o->line = line;
	snprintf(o->status, sizeof(o->status), "%s", status != NULL ? status :
	    "");
	s->n++;
	return 0;
}

/* --- JSON-stat ---------------------------------------------------------- */

static int
dim_is(const struct hv_jsdim *d, enum hv_jsrole role, const char *const *ids)
{
	size_t i;

	if (d->role == role)
		return 1;
	for (i = 0; ids[i] != NULL; i++)
		if (strcmp(d->id, ids[i]) == 0)
			return 1;
	return 0;
}

/* The position --select picks in dimension d, or -1 when none. */
static long
selected(const char *select, const struct hv_jsdim *d)
{
	const char *p = select;
	char pair[256], *eq;
	size_t c;

	while ((p = hv_list_next(p, pair, sizeof(pair))) != NULL) {
		if ((eq = strchr(pair, '=')) == NULL)
			continue;
		*eq = '\0';
		if (strcmp(pair, d->id) != 0)
			continue;
		for (c = 0; c < d->size; c++)
			if (strcmp(d->code[c], eq + 1) == 0)
				return (long)c;
	}
	return -1;
}

static int
load_jsonstat(const char *select, struct hv_input *src, struct obsset *set,
    struct hv_err *e)
{
	static const char *const geo_ids[] = { "KOKkommuneregion0000",
	    "Region", "KOKfylkesregion0000", "KOKbydelsregion0000", NULL };
	static const char *const time_ids[] = { "Tid", NULL };
	static const char *const metric_ids[] = { "ContentsCode", NULL };
	struct hv_jsonstat *js;
	struct hv_period p;
	size_t d, i, *pos = NULL;
	long *pick = NULL;
	int geo = -1, tim = -1, met = -1, rc = -1;
	char code[64];
	const char *label, *path = src->name;

	if ((js = hv_jsonstat_read(src, e)) == NULL)
		return -1;
	pos = calloc(js->ndims, sizeof(*pos));
	pick = calloc(js->ndims, sizeof(*pick));
	if (pos == NULL || pick == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	for (d = 0; d < js->ndims; d++) {
		pick[d] = -1;
		if (geo < 0 && dim_is(&js->dim[d], HV_JS_ROLE_GEO, geo_ids))
			geo = (int)d;
		else if (tim < 0 && dim_is(&js->dim[d], HV_JS_ROLE_TIME,
		    time_ids))
			tim = (int)d;
		else if (met < 0 && dim_is(&js->dim[d], HV_JS_ROLE_METRIC,
		    metric_ids))
			met = (int)d;
		else if (js->dim[d].size > 1 &&
		    (pick[d] = selected(select, &js->dim[d])) < 0) {
			hv_err_at(e, path, 0, "dimension '%s' has %zu "
			    "categories: choose one with --select %s=CODE",
			    js->dim[d].id, js->dim[d].size, js->dim[d].id);
			goto done;
		}
	}
	if (tim < 0) {
		hv_err_at(e, path, 0, "no time dimension (role time, or Tid)");
		goto done;
	}
	if (geo < 0) {
		hv_err_at(e, path, 0, "no region dimension (role geo, Region "
		    "or KOKkommuneregion0000)");
		goto done;
	}
	for (i = 0; i < js->ncells; i++) {
		hv_jsonstat_pos(js, i, pos);
		for (d = 0; d < js->ndims; d++)
			if (pick[d] >= 0 && pos[d] != (size_t)pick[d])
				break;
		if (d < js->ndims)
			continue;
		if (hv_period_parse(js->dim[tim].code[pos[tim]],
		    strlen(js->dim[tim].code[pos[tim]]), &p, e) == -1) {
			hv_err_prefix(e, path);
			goto done;
		}
		hv_kostra_split_region(js->dim[geo].catlabel[pos[geo]], code,
		    sizeof(code), &label);
		if (js->has_value[i] &&
		    fabs(js->value[i]) > HV_KOSTRA_MAX_FIGURE) {
			hv_err_at(e, path, 0, "value %zu (%s %s): %g is beyond "
			    "any KOSTRA figure (\xC2\xB1" "10^15 kroner or "
			    "persons): a lost decimal mark?", i + 1,
			    js->dim[geo].code[pos[geo]],
			    js->dim[tim].code[pos[tim]], js->value[i]);
			goto done;
		}
		if (add_obs(set, js->dim[geo].code[pos[geo]], label,
		    met >= 0 ? js->dim[met].catlabel[pos[met]] : NULL, 0, &p,
		    js->value[i], js->has_value[i], js->status != NULL ?
		    js->status[i] : NULL, path, 0) == -1) {
			hv_err_nomem(e);
			goto done;
		}
	}
	rc = 0;
done:
	free(pos);
	free(pick);
	hv_jsonstat_free(js);
	return rc;
}

/* --- CSV ---------------------------------------------------------------- */

/* A value cell into v, has_v and status; -1 with the place in *e. */
static int
cell_value(const char *file, unsigned long line, const char *col,
    const char *s, size_t len, double *v, int *has_v, const char **status,
    struct hv_err *e)
{
	struct hv_num n;

	/* "21050", "21,7": the fast path, as hv_num_parse reads them */
	if (hv_num_simple(s, len, v) && fabs(*v) <= HV_KOSTRA_MAX_FIGURE) {
		*has_v = 1;
		*status = "";
		return 0;
	}
	if (hv_cell_num(file, line, col, s, len, &n, e) == -1)
		return -1;
	if (fabs(n.v) > HV_KOSTRA_MAX_FIGURE)
		return hv_err_at(e, file, line, "%s: %g is beyond any KOSTRA "
		    "figure (\xC2\xB1" "10^15 kroner or persons): a lost "
		    "decimal mark?", col, n.v);
	*v = n.v;
	*has_v = !hv_num_missing(&n);
	*status = n.flags & HV_NUM_PROVISIONAL ? "*" : hv_sym_str(n.sym);
	if (n.sym == HV_SYM_NIL)
		*status = "";
	return 0;
}

static int
load_csv(const struct hv_reader_opts *in, struct hv_input *src,
    struct obsset *set, struct hv_err *e)
{
	static const char *const unit_names[] = { "unit", "region", "kommune",
	    "KOKkommuneregion0000", "kommuneregion", "K-region", NULL };
	static const char *const var_names[] = { "statistikkvariabel",
	    "contents", "ContentsCode", "variable", NULL };
	const struct hv_row *h;
	struct hv_reader *r;
	struct hv_period p, *wide = NULL;
	unsigned char *count = NULL;
	struct hv_row row;
	int ucol, lcol, tcol, vcol, scol, valcol, got, rc = -1;
	const char *label, *status, *name;
	char code[64], first[64] = "";
	size_t c, filled, regions = 0, others = 0;
	double v;
	int has, guessed;

	if ((r = hv_reader_open_input(src, in, e)) == NULL)
		return -1;
	name = hv_reader_name(r);
	h = hv_reader_header(r);
	ucol = hv_reader_first_col(r, unit_names);
	if ((guessed = ucol < 0))
		ucol = 0;
	lcol = hv_reader_col(r, "label");
	tcol = hv_reader_period_col(r);
	vcol = hv_reader_first_col(r, var_names);
	scol = hv_reader_col(r, "status");
	valcol = hv_reader_value_col(r);
	if (tcol >= 0 && valcol < 0)
		valcol = (int)h->n - 1;	/* SSB: the title heads the values */
	/* which columns' headers name a count ("Personer 2015"), once */
	if ((count = calloc(h->n + 1, 1)) == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	for (c = 0; c < h->n; c++)
		count[c] = (unsigned char)is_count(h->field[c]);
	if (tcol < 0) {
		/* wide: the periods are the columns */
		if ((wide = calloc(h->n, sizeof(*wide))) == NULL) {
			hv_err_nomem(e);
			goto done;
		}
		for (c = 0, got = 0; c < h->n; c++)
			if ((int)c != ucol && (int)c != vcol &&
			    hv_period_in_header(h->field[c], h->len[c],
			    &wide[c]) == 0)
				got++;
		if (got == 0) {
			hv_err_at(e, name, h->line, "no time: neither a column "
			    "'år' (or period, tid) nor periods as columns");
			goto done;
		}
	}
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if (row.n != h->n) {
			/* a footnote under the table is text in one field;
			 * a row of figures of another width is an error, not
			 * a row to leave out */
			for (c = 0, filled = 0; c < row.n; c++)
				filled += row.len[c] > 0;
			if (row.n > h->n || filled > 1) {
				hv_err_at(e, name, row.line, "%zu fields where "
				    "the header has %zu", row.n, h->n);
				goto done;
			}
			set->footnotes++;
			continue;
		}
		hv_kostra_split_region(row.field[ucol], code, sizeof(code),
		    &label);
		/* a column taken for the regions by its place must hold some:
		 * codes the tables know (a budget's account 1000 is none), in
		 * most of its first thousand rows */
		if (guessed && regions + others < 1000) {
			if (hv_region_known(hv_region_plain_code(code)) ||
			    strncmp(code, "K-", 2) == 0)
				regions++;
			else if (others++ == 0)
				snprintf(first, sizeof(first), "%s",
				    row.field[ucol]);
		}
		if (lcol >= 0 && row.len[lcol] > 0)
			label = row.field[lcol];
		if (tcol >= 0) {
			if (hv_row_period(r, &row, tcol, &p, e) == -1)
				goto done;
			if (cell_value(name, row.line, h->field[valcol],
			    row.field[valcol], row.len[valcol], &v, &has,
			    &status, e) == -1)
				goto done;
			if (scol >= 0 && row.len[scol] > 0)
				status = row.field[scol];
			if (add_obs(set, code, label, vcol >= 0 ?
			    row.field[vcol] : NULL, count[valcol], &p, v, has,
			    status, name, row.line) == -1)
				goto oom;
			continue;
		}
		for (c = 0; c < h->n; c++) {
			if ((int)c == ucol || (int)c == vcol ||
			    wide[c].kind == HV_PERIOD_NONE)
				continue;
			if (cell_value(name, row.line, h->field[c],
			    row.field[c], row.len[c], &v, &has, &status, e) ==
			    -1)
				goto done;
			if (add_obs(set, code, label, vcol >= 0 ?
			    row.field[vcol] : NULL, count[c], &wide[c], v, has,
			    status, name, row.line) == -1)
				goto oom;
		}
	}
	rc = got == -1 ? -1 : 0;
	if (rc == 0 && guessed && others > regions) {
		/* a budget with year columns is no KOSTRA table */
		hv_err_at(e, name, h->line, "no column of regions: the first "
		    "column, '%s', holds '%s' and the like in %zu of the %zu "
		    "rows looked at, "
		    "no municipality codes (5037, K-5037 Levanger) or SSB's "
		    "aggregates (EKG09, EAK); a KOSTRA table has a column "
		    "region, kommune or unit", h->field[ucol], first, others,
		    others + regions);
		rc = -1;
	}
	goto done;
oom:
	hv_err_nomem(e);
done:
	free(count);
	free(wide);
	hv_reader_close(r);
	return rc;
}

int
hv_kostra_load(const struct hv_reader_opts *in, const char *select,
    const char *path, struct obsset *set, struct hv_err *e)
{
	struct hv_input src;
	int rc;

	if (hv_input_open(&src, path, e) == -1)
		return -1;
	if (hv_input_first(&src) == '{')	/* JSON, not CSV */
		rc = load_jsonstat(select, &src, set, e);
	else
		rc = load_csv(in, &src, set, e);
	hv_input_close(&src);
	return rc;
}

void
hv_kostra_obsset_free(struct obsset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->o[i].unit);
		free(s->o[i].label);
		free(s->o[i].variable);
		free(s->o[i].file);
		free(s->o[i].computed);
	}
	for (i = 0; i < s->nvar; i++)
		free(s->var[i]);
	free(s->var);
	free(s->var_count);
	hv_map_free(s->var_map);
	free(s->o);
	free(s->by_unit);
	memset(s, 0, sizeof(*s));
}

/* --- the data as read ---------------------------------------------------- */

/* The observations as read, tidy (unit, label, variable, period, value,
 * status). */
static struct hv_table *
dump_table(const struct obsset *set)
{
	static const char *keys[] = { "unit", "label", "variable" };
	struct hv_table *t = hv_table_new();
	char buf[16];
	size_t i;
	long r;

	if (t == NULL || hv_table_add_tidy_cols(t, keys, 3, -1) == -1)
		goto fail;
	for (i = 0; i < set->n; i++) {
		const struct obs *o = &set->o[i];

		if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, o->unit) == -1 ||
		    hv_table_set_text(t, (size_t)r, 1, o->label) == -1 ||
		    hv_table_set_text(t, (size_t)r, 2, o->variable) == -1 ||
		    hv_table_set_text(t, (size_t)r, 3, hv_period_fmt(&o->p,
		    buf, sizeof(buf))) == -1 ||
		    hv_table_set_text(t, (size_t)r, 5, o->status) == -1)
			goto fail;
		if (o->has_v)
			hv_table_set_num(t, (size_t)r, 4, o->v);
	}
	return t;
fail:
	hv_table_free(t);
	return NULL;
}

struct hv_table *
hv_kostra_dump_file(const char *path, const struct hv_reader_opts *in,
    struct hv_err *e)
{
	struct obsset set;
	struct hv_jsonstat *js;
	struct hv_table *t = NULL;
	struct hv_input src;

	if (hv_input_open(&src, path, e) == -1)
		return NULL;
	if (hv_input_first(&src) == '{') {
		if ((js = hv_jsonstat_read(&src, e)) != NULL &&
		    (t = hv_jsonstat_table(js)) == NULL)
			hv_err_nomem(e);
		hv_jsonstat_free(js);
		hv_input_close(&src);
		return t;
	}
	memset(&set, 0, sizeof(set));
	if (load_csv(in, &src, &set, e) == 0 && (t = dump_table(&set)) == NULL)
		hv_err_nomem(e);
	hv_input_close(&src);
	hv_kostra_obsset_free(&set);
	return t;
}
