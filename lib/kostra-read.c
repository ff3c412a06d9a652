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
#include "px.h"

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

int
hv_kostra_select_parse(const char *arg, struct hv_kostra_sel **sel,
    size_t *n, struct hv_err *e)
{
	struct hv_kostra_sel *s = NULL;
	const char *p = arg, *end, *comma, *eq;
	char *dim, *value;
	size_t cap = 0, len;

	*sel = NULL;
	*n = 0;
	while (p != NULL && *p != '\0') {
		/* the pair ends at a comma followed by NAME= */
		for (end = p; (comma = strchr(end, ',')) != NULL; end = comma + 1) {
			eq = strchr(comma + 1, '=');
			if (eq != NULL && memchr(comma + 1, ',', (size_t)(eq -
			    comma - 1)) == NULL && eq > comma + 1)
				break;
		}
		len = comma != NULL ? (size_t)(comma - p) : strlen(p);
		if ((eq = memchr(p, '=', len)) == NULL || eq == p) {
			hv_kostra_select_free(s, *n);
			*n = 0;
			return hv_err_usage(e, "--select: '%.*s' is no DIM=VALUE",
			    (int)len, p);
		}
		dim = strndup(p, (size_t)(eq - p));
		value = strndup(eq + 1, len - (size_t)(eq - p) - 1);
		if (dim == NULL || value == NULL ||
		    hv_grow(&s, &cap, *n + 1, sizeof(*s)) == -1) {
			free(dim);
			free(value);
			hv_kostra_select_free(s, *n);
			*n = 0;
			return hv_err_nomem(e);
		}
		s[*n].dim = dim;
		s[*n].value = value;
		s[(*n)++].used = 0;
		p = comma != NULL ? comma + 1 : NULL;
	}
	*sel = s;
	return 0;
}

void
hv_kostra_select_free(struct hv_kostra_sel *sel, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(sel[i].dim);
		free(sel[i].value);
	}
	free(sel);
}

int
hv_kostra_select_unused(const struct hv_kostra_sel *sel, size_t nsel,
    const struct obsset *set, struct hv_err *e)
{
	size_t i;

	for (i = 0; i < nsel; i++)
		if (!sel[i].used)
			return hv_err_usage(e, "--select %s=%s: no dimension "
			    "'%s' in the data (its dimensions: %s)", sel[i].dim,
			    sel[i].value, sel[i].dim, set->dims_seen);
	return 0;
}

/* Is cell (a CSV cell, a category's label) want: the whole of it, or
 * the code or the label of a "CODE LABEL" cell ("253 Helse", "080 80
 * år")?  Case does not matter. */
static int
cell_is(const char *cell, const char *want)
{
	const char *label;
	char code[64];

	if (strcasecmp(cell, want) == 0)
		return 1;
	hv_kostra_split_region(cell, code, sizeof(code), &label);
	return label != cell && (strcasecmp(code, want) == 0 ||
	    strcasecmp(label, want) == 0);
}

/* Note a dimension's name among those of the files read. */
static void
seen_dimension(struct obsset *set, const char *name)
{
	char item[128];
	const char *p = set->dims_seen;

	while ((p = hv_list_next(p, item, sizeof(item))) != NULL)
		if (strcmp(item + (*item == ' '), name) == 0)
			return;
	hv_list_append(set->dims_seen, sizeof(set->dims_seen), ", ", name);
}

/* 'a', 'b', 'c', ... : the first values of a dimension, for a message. */
static void
append_example(char *buf, size_t sz, const char *value)
{
	char q[80], item[96];

	hv_err_quote(value, strlen(value), q, 48);
	snprintf(item, sizeof(item), "'%s'", q);
	hv_list_append(buf, sz, ", ", item);
}

/* The --select that chooses value of dimension dim, quoted for a shell
 * when it needs to be. */
static const char *
select_hint(const char *dim, const char *value, char *buf, size_t sz)
{
	int plain = strcspn(dim, " '\"$`\\!*?;&|<>()") == strlen(dim) &&
	    strcspn(value, " '\"$`\\!*?;&|<>()") == strlen(value);

	if (plain || strchr(dim, '\'') != NULL || strchr(value, '\'') != NULL)
		snprintf(buf, sz, "--select %s=%s", dim, value);
	else
		snprintf(buf, sz, "--select '%s=%s'", dim, value);
	return buf;
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

/* "'080' 80 år": category c of d, for a message. */
static void
append_category(char *buf, size_t sz, const struct hv_jsdim *d, size_t c)
{
	char q[80], l[80], item[200];

	hv_err_quote(d->code[c], strlen(d->code[c]), q, 32);
	hv_err_quote(d->catlabel[c], strlen(d->catlabel[c]), l, 48);
	if (strcmp(d->code[c], d->catlabel[c]) == 0)
		snprintf(item, sizeof(item), "'%s'", q);
	else
		snprintf(item, sizeof(item), "'%s' %s", q, l);
	hv_list_append(buf, sz, ", ", item);
}

/* The category of d that sel names, by its code, else by its label; -1
 * with the reason in *e when none or several. */
static long
js_category(const char *path, const struct hv_jsdim *d,
    const struct hv_kostra_sel *sel, struct hv_err *e)
{
	char list[256] = "";
	size_t c, n = 0;
	long got = -1;

	for (c = 0; c < d->size; c++)
		if (strcasecmp(d->code[c], sel->value) == 0)
			return (long)c;
	for (c = 0; c < d->size; c++)
		if (cell_is(d->catlabel[c], sel->value)) {
			if (n++ == 0)
				got = (long)c;
			append_category(list, sizeof(list), d, c);
		}
	if (n == 1)
		return got;
	if (n > 1) {
		hv_err_at(e, path, 0, "--select %s=%s names %zu categories of "
		    "dimension '%s' (%s): give the code", sel->dim, sel->value,
		    n, d->id, list);
		return -1;
	}
	for (c = 0; c < d->size && c < 5; c++)
		append_category(list, sizeof(list), d, c);
	hv_err_at(e, path, 0, "--select %s=%s: dimension '%s' has no category "
	    "of that code or label (%zu categories: %s%s)", sel->dim,
	    sel->value, d->id, d->size, list, d->size > 5 ? ", ..." : "");
	return -1;
}

/* The category --select picks in each dimension of js into pick (-1:
 * none), each dimension's id noted in set; -1 with the reason in *e. */
static int
js_picks(const char *path, const struct hv_jsonstat *js,
    struct hv_kostra_sel *sel, size_t nsel, long *pick, struct obsset *set,
    struct hv_err *e)
{
	size_t d, i;

	for (d = 0; d < js->ndims; d++) {
		pick[d] = -1;
		seen_dimension(set, js->dim[d].id);
	}
	for (i = 0; i < nsel; i++)
		for (d = 0; d < js->ndims; d++) {
			if (strcasecmp(js->dim[d].id, sel[i].dim) != 0 &&
			    (js->dim[d].label == NULL ||
			    strcasecmp(js->dim[d].label, sel[i].dim) != 0))
				continue;
			sel[i].used = 1;
			if ((pick[d] = js_category(path, &js->dim[d], &sel[i],
			    e)) < 0)
				return -1;
			break;
		}
	return 0;
}

/* Is src a PX file (its first bytes)? */
static int
is_px(const struct hv_input *src)
{
	return hv_px_is(src->head, src->head_len);
}

/* A JSON-stat dataset, or a PX file as one. */
static struct hv_jsonstat *
read_dataset(struct hv_input *src, struct hv_err *e)
{
	return is_px(src) ? hv_px_read(src, e) : hv_jsonstat_read(src, e);
}

/* The notes the table marks to be shown with its figures (SSB's
 * noteMandatory, PX's NOTEX), and how many others there are. */
static int
keep_notes(const struct hv_jsonstat *js, struct obsset *set)
{
	size_t i, others = 0;

	for (i = 0; i < js->nnote; i++)
		if (!js->note_shown[i])
			others++;
		else if (hv_notes_add(&set->file_notes, "the table's note: %s",
		    js->note[i]) == -1)
			return -1;
	if (others > 0 && hv_notes_add(&set->file_notes, "%zu other note%s "
	    "in the table, not marked to be shown with its figures", others,
	    others == 1 ? "" : "s") == -1)
		return -1;
	return 0;
}

/* The figures of a JSON-stat dataset (or a PX file, the same cells). */
static int
load_jsonstat(struct hv_kostra_sel *sel, size_t nsel, struct hv_input *src,
    struct obsset *set, struct hv_err *e)
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
	char code[64], list[256], hint[160];
	const char *label, *path = src->name;

	if ((js = read_dataset(src, e)) == NULL)
		return -1;
	/* SSB's answers name their table and when it was last updated */
	if (js->table_id != NULL && js->table_id[0] != '\0' &&
	    js->updated != NULL && js->updated[0] != '\0' &&
	    set->table[0] == '\0') {
		snprintf(set->table, sizeof(set->table), "%s", js->table_id);
		snprintf(set->updated, sizeof(set->updated), "%.10s",
		    js->updated);
	}
	if (keep_notes(js, set) == -1) {
		hv_err_nomem(e);
		goto done;
	}
	pos = calloc(js->ndims, sizeof(*pos));
	pick = calloc(js->ndims, sizeof(*pick));
	if (pos == NULL || pick == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	if (js_picks(path, js, sel, nsel, pick, set, e) == -1)
		goto done;
	for (d = 0; d < js->ndims; d++) {
		if (geo < 0 && dim_is(&js->dim[d], HV_JS_ROLE_GEO, geo_ids))
			geo = (int)d;
		else if (tim < 0 && dim_is(&js->dim[d], HV_JS_ROLE_TIME,
		    time_ids))
			tim = (int)d;
		else if (met < 0 && dim_is(&js->dim[d], HV_JS_ROLE_METRIC,
		    metric_ids))
			met = (int)d;
		else if (js->dim[d].size > 1 && pick[d] < 0) {
			list[0] = '\0';
			for (i = 0; i < js->dim[d].size && i < 5; i++)
				append_category(list, sizeof(list), &js->dim[d],
				    i);
			hv_err_at(e, path, 0, "dimension '%s' has %zu "
			    "categories (%s%s): choose one with %s", js->dim[d].id,
			    js->dim[d].size, list, js->dim[d].size > 5 ? ", ..." :
			    "", select_hint(js->dim[d].id, js->dim[d].code[0],
			    hint, sizeof(hint)));
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

/* The column "<header of c>_label", or -1. */
static int
label_col(const struct hv_row *h, size_t c)
{
	size_t k, n = h->len[c];

	for (k = 0; k < h->n; k++)
		if (k != c && h->len[k] == n + 6 &&
		    strncmp(h->field[k], h->field[c], n) == 0 &&
		    strncmp(h->field[k] + n, "_label", 6) == 0)
			return (int)k;
	return -1;
}

/* A CSV column besides the regions, periods, variable, label, status and
 * values (a dimension of its own: alder, kjønn, funksjon), or one that
 * --select names. */
struct dimcol {
	int		 col;
	char		 name[64];	/* its header, or "column N" */
	int		 dim;		/* a dimension of its own */
	const struct hv_kostra_sel *sel;	/* what it must hold, or NULL */
	struct hv_map	*all;		/* its values in the file */
	struct hv_map	*kept;		/* its values in the rows kept */
	char		 all_list[256];	/* the first of each, quoted */
	char		 kept_list[256];
	char		 first[128];	/* its first value */
	unsigned long	 matched;	/* rows whose cell sel names */
};

/* Note a value of a column in values (its first five in list); -1 when
 * out of memory. */
static int
note_value(struct hv_map **values, char *list, size_t sz, const char *s,
    size_t len)
{
	size_t before;
	long got;

	if (*values == NULL && (*values = hv_map_new()) == NULL)
		return -1;
	before = hv_map_count(*values);
	if ((got = hv_map_put(*values, s, len, (long)before)) < 0)
		return -1;
	if ((size_t)got == before && before < 5)
		append_example(list, sz, s);
	return 0;
}

/* The columns of the header that are dimensions (role 0) or that sel
 * names (*n of them) into *out; the names of the dimensions and the keys
 * (role 1: regions, periods, variable) noted in set.  -1 when out of
 * memory. */
static int
dim_columns(const struct hv_row *h, const int *role, const struct hv_period
    *wide, struct hv_kostra_sel *sel, size_t nsel, struct obsset *set,
    struct dimcol **out, size_t *n)
{
	struct dimcol *dc;
	size_t c, i;

	*n = 0;
	if ((*out = dc = calloc(h->n, sizeof(*dc))) == NULL)
		return -1;
	for (c = 0; c < h->n; c++) {
		struct dimcol *d = &dc[*n];

		if (wide != NULL && wide[c].kind != HV_PERIOD_NONE)
			continue;	/* a period */
		d->col = (int)c;
		if (h->len[c] > 0)
			snprintf(d->name, sizeof(d->name), "%s", h->field[c]);
		else
			snprintf(d->name, sizeof(d->name), "column %zu", c + 1);
		if (role[c] < 2)
			seen_dimension(set, d->name);
		d->dim = !role[c];
		for (i = 0; i < nsel; i++)
			if (strcasecmp(sel[i].dim, d->name) == 0) {
				sel[i].used = 1;
				d->sel = &sel[i];
				break;
			}
		if (d->dim || d->sel != NULL)
			(*n)++;
	}
	return 0;
}

static void
dim_columns_free(struct dimcol *dc, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		hv_map_free(dc[i].all);
		hv_map_free(dc[i].kept);
	}
	free(dc);
}

/* After the rows: each --select named a value of its column, and each
 * dimension holds one value in the rows kept (any number for --dump);
 * -1 with the reason in *e. */
static int
dims_check(const char *name, unsigned long line, const struct dimcol *dc,
    size_t ndc, unsigned long kept, int dump,
    const struct hv_kostra_sel *sel, size_t nsel, struct hv_err *e)
{
	const struct dimcol *d;
	char hint[192], also[192] = "";
	size_t i, nall, nkept;

	/* a --select of another file's (or language's) name: say so too */
	for (i = 0; i < nsel; i++)
		if (!sel[i].used) {
			snprintf(also, sizeof(also), " (--select %s=%s names no "
			    "column of this file)", sel[i].dim, sel[i].value);
			break;
		}

	for (i = 0; i < ndc; i++) {
		d = &dc[i];
		nall = hv_map_count(d->all);
		if (d->sel != NULL && d->matched == 0)
			return hv_err_at(e, name, line, "--select %s=%s: column "
			    "'%s' holds no such value (%zu values: %s%s)",
			    d->sel->dim, d->sel->value, d->name, nall,
			    d->all_list, nall > 5 ? ", ..." : "");
	}
	if (kept == 0 && ndc > 0)
		for (i = 0; i < ndc; i++)
			if (dc[i].sel != NULL)
				return hv_err_at(e, name, line, "--select: no "
				    "row holds every value chosen");
	for (i = 0; i < ndc; i++) {
		d = &dc[i];
		nkept = hv_map_count(d->kept);
		if (!d->dim || nkept <= 1)
			continue;
		if (d->sel != NULL)
			return hv_err_at(e, name, line, "--select %s=%s names "
			    "%zu values of column '%s' (%s%s): give one whole",
			    d->sel->dim, d->sel->value, nkept, d->name,
			    d->kept_list, nkept > 5 ? ", ..." : "");
		if (!dump)
			return hv_err_at(e, name, line, "column '%s' has %zu "
			    "values (%s%s): choose one with %s%s", d->name,
			    nkept, d->kept_list, nkept > 5 ? ", ..." : "",
			    select_hint(d->name, d->first, hint, sizeof(hint)),
			    also);
	}
	return 0;
}

/* Does row hold what each --select column must (its values noted); its
 * dimensions' cells, NUL after each, into *buf for --dump.  1: keep it,
 * 0: not, -1: out of memory. */
static int
row_selected(const struct hv_row *row, struct dimcol *dc, size_t ndc,
    int dump, char **buf, size_t *cap, size_t *len)
{
	const char *cell;
	size_t i, n;
	int keep = 1;

	for (i = 0; i < ndc; i++) {
		cell = row->field[dc[i].col];
		if (note_value(&dc[i].all, dc[i].all_list,
		    sizeof(dc[i].all_list), cell, row->len[dc[i].col]) == -1)
			return -1;
		if (dc[i].sel == NULL)
			continue;
		if (cell_is(cell, dc[i].sel->value))
			dc[i].matched++;
		else
			keep = 0;
	}
	if (!keep)
		return 0;
	*len = 0;
	for (i = 0; i < ndc; i++) {
		if (!dc[i].dim)
			continue;
		cell = row->field[dc[i].col];
		n = row->len[dc[i].col];
		if (dc[i].kept == NULL)
			snprintf(dc[i].first, sizeof(dc[i].first), "%s", cell);
		if (note_value(&dc[i].kept, dc[i].kept_list,
		    sizeof(dc[i].kept_list), cell, n) == -1)
			return -1;
		if (!dump)
			continue;
		if (hv_grow(buf, cap, *len + n + 1, 1) == -1)
			return -1;
		memcpy(*buf + *len, cell, n + 1);
		*len += n + 1;
	}
	return 1;
}

/* The dimension cells of the figures added since before, for --dump. */
static int
keep_dims(struct obsset *set, size_t before, const char *dims, size_t len)
{
	size_t i;

	for (i = before; i < set->n; i++) {
		if ((set->o[i].dims = malloc(len + 1)) == NULL)
			return -1;
		memcpy(set->o[i].dims, dims, len);
		set->o[i].dims[len] = '\0';
	}
	return 0;
}

/* The figures of a CSV into set; dump: for --dump (every dimension's
 * cells kept, a dimension may hold several values). */
static int
load_csv(const struct hv_reader_opts *in, struct hv_kostra_sel *sel,
    size_t nsel, int dump, struct hv_input *src, struct obsset *set,
    struct hv_err *e)
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
	struct dimcol *dc = NULL;
	int *role = NULL;
	int ucol, lcol, tcol, vcol, scol, valcol, idcol, updcol, got, rc = -1;
	const char *label, *status, *name;
	char code[64], first[64] = "", *dims = NULL;
	size_t c, filled, regions = 0, others = 0, ndc = 0, dims_cap = 0;
	size_t dims_len = 0, before;
	unsigned long kept = 0;
	double v;
	int has, guessed;

	if ((r = hv_reader_open_input(src, in, e)) == NULL)
		return -1;
	name = hv_reader_name(r);
	h = hv_reader_header(r);
	snprintf(set->left_out, sizeof(set->left_out), "%s",
	    hv_reader_note(r) != NULL ? hv_reader_note(r) : "");
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
	/* which columns' headers name a count ("Personer 2015"), once; and
	 * which have a part of their own to play (the rest are dimensions) */
	count = calloc(h->n + 1, 1);
	role = calloc(h->n + 1, sizeof(*role));
	if (count == NULL || role == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	/* ssb-get's tidy CSV: each dimension's code, then its label in
	 * "<code column>_label"; the table and its update in table_id and
	 * table_updated */
	if (lcol < 0 && ucol >= 0)
		lcol = label_col(h, (size_t)ucol);
	idcol = hv_reader_col(r, "table_id");
	updcol = hv_reader_col(r, "table_updated");
	for (c = 0; c < h->n; c++) {
		count[c] = (unsigned char)is_count(h->field[c]);
		/* 1: a key of the figures; 2: what a figure is or says */
		role[c] = (int)c == ucol || (int)c == tcol || (int)c == vcol ?
		    1 : (int)c == lcol || (int)c == scol || (int)c == valcol ||
		    (int)c == idcol || (int)c == updcol ? 2 : 0;
	}
	for (c = 0; c < h->n; c++)
		if (role[c] != 0 && (got = label_col(h, c)) >= 0 &&
		    role[got] == 0)
			role[got] = 2;
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
	if (dim_columns(h, role, wide, sel, nsel, set, &dc, &ndc) == -1)
		goto oom;
	if (dump) {
		if ((set->dim = calloc(ndc + 1, sizeof(*set->dim))) == NULL)
			goto oom;
		for (c = 0; c < ndc; c++)
			if (dc[c].dim && (set->dim[set->ndim++] =
			    strdup(dc[c].name)) == NULL)
				goto oom;
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
		if (idcol >= 0 && updcol >= 0 && set->table[0] == '\0' &&
		    row.len[idcol] > 0 && row.len[updcol] > 0) {
			snprintf(set->table, sizeof(set->table), "%.*s",
			    (int)row.len[idcol], row.field[idcol]);
			snprintf(set->updated, sizeof(set->updated), "%.*s",
			    (int)(row.len[updcol] < 10 ? row.len[updcol] : 10),
			    row.field[updcol]);
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
		if (ndc > 0) {
			if ((got = row_selected(&row, dc, ndc, dump, &dims,
			    &dims_cap, &dims_len)) == -1)
				goto oom;
			if (got == 0)
				continue;
		}
		kept++;
		before = set->n;
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
		} else {
			for (c = 0; c < h->n; c++) {
				if ((int)c == ucol || (int)c == vcol ||
				    wide[c].kind == HV_PERIOD_NONE)
					continue;
				if (cell_value(name, row.line, h->field[c],
				    row.field[c], row.len[c], &v, &has, &status,
				    e) == -1)
					goto done;
				if (add_obs(set, code, label, vcol >= 0 ?
				    row.field[vcol] : NULL, count[c], &wide[c],
				    v, has, status, name, row.line) == -1)
					goto oom;
			}
		}
		if (dump && set->ndim > 0 && keep_dims(set,
		    before, dims, dims_len) == -1)
			goto oom;
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
	if (rc == 0)
		rc = dims_check(name, h->line, dc, ndc, kept, dump, sel, nsel,
		    e);
	goto done;
oom:
	hv_err_nomem(e);
done:
	free(count);
	free(role);
	free(wide);
	free(dims);
	dim_columns_free(dc, ndc);
	hv_reader_close(r);
	return rc;
}

int
hv_kostra_load(const struct hv_reader_opts *in, struct hv_kostra_sel *sel,
    size_t nsel, const char *path, struct obsset *set, struct hv_err *e)
{
	struct hv_input src;
	int rc;

	if (hv_input_open(&src, path, e) == -1)
		return -1;
	if (hv_input_first(&src) == '{' || is_px(&src))	/* not CSV */
		rc = load_jsonstat(sel, nsel, &src, set, e);
	else
		rc = load_csv(in, sel, nsel, 0, &src, set, e);
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
		free(s->o[i].dims);
	}
	for (i = 0; i < s->nvar; i++)
		free(s->var[i]);
	for (i = 0; i < s->ndim; i++)
		free(s->dim[i]);
	free(s->dim);
	free(s->var);
	free(s->var_count);
	hv_map_free(s->var_map);
	hv_notes_free(&s->file_notes);
	free(s->o);
	free(s->by_unit);
	memset(s, 0, sizeof(*s));
}

/* --- the data as read ---------------------------------------------------- */

/* The observations as read, tidy (unit, label, the other dimensions,
 * variable, period, value, status). */
static struct hv_table *
dump_table(const struct obsset *set)
{
	struct hv_table *t = hv_table_new();
	const char **keys;
	const char *d;
	char buf[16];
	size_t i, j, nk = set->ndim + 3;
	long r;

	if ((keys = calloc(nk, sizeof(*keys))) == NULL)
		goto fail;
	keys[0] = "unit";
	keys[1] = "label";
	for (j = 0; j < set->ndim; j++)
		keys[2 + j] = set->dim[j];
	keys[nk - 1] = "variable";
	if (t == NULL || hv_table_add_tidy_cols(t, keys, nk, -1) == -1)
		goto fail;
	for (i = 0; i < set->n; i++) {
		const struct obs *o = &set->o[i];

		if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, o->unit) == -1 ||
		    hv_table_set_text(t, (size_t)r, 1, o->label) == -1 ||
		    hv_table_set_text(t, (size_t)r, nk - 1, o->variable) ==
		    -1 || hv_table_set_text(t, (size_t)r, nk, hv_period_fmt(
		    &o->p, buf, sizeof(buf))) == -1 ||
		    hv_table_set_text(t, (size_t)r, nk + 2, o->status) == -1)
			goto fail;
		for (j = 0, d = o->dims; j < set->ndim && d != NULL; j++,
		    d += strlen(d) + 1)
			if (hv_table_set_text(t, (size_t)r, 2 + j, d) == -1)
				goto fail;
		if (o->has_v)
			hv_table_set_num(t, (size_t)r, nk + 1, o->v);
	}
	free(keys);
	return t;
fail:
	free(keys);
	hv_table_free(t);
	return NULL;
}

struct hv_table *
hv_kostra_dump_file(const char *path, const struct hv_reader_opts *in,
    const char *select, struct hv_err *e)
{
	struct obsset set;
	struct hv_kostra_sel *sel = NULL;
	struct hv_jsonstat *js = NULL;
	struct hv_table *t = NULL;
	struct hv_input src;
	size_t nsel = 0;
	long *pick = NULL;
	int rc;

	memset(&set, 0, sizeof(set));
	if (select != NULL && hv_kostra_select_parse(select, &sel, &nsel, e) ==
	    -1)
		return NULL;
	if (hv_input_open(&src, path, e) == -1) {
		hv_kostra_select_free(sel, nsel);
		return NULL;
	}
	if (hv_input_first(&src) == '{' || is_px(&src)) {
		rc = (js = read_dataset(&src, e)) == NULL ? -1 : 0;
		if (rc == 0 && (pick = calloc(js->ndims + 1,
		    sizeof(*pick))) == NULL)
			rc = hv_err_nomem(e);
		if (rc == 0)
			rc = js_picks(path, js, sel, nsel, pick, &set, e);
		if (rc == 0)
			rc = hv_kostra_select_unused(sel, nsel, &set, e);
		if (rc == 0 && (t = hv_jsonstat_table(js, pick)) == NULL)
			hv_err_nomem(e);
	} else {
		rc = load_csv(in, sel, nsel, 1, &src, &set, e);
		if (rc == 0)
			rc = hv_kostra_select_unused(sel, nsel, &set, e);
		if (rc == 0 && (t = dump_table(&set)) == NULL)
			hv_err_nomem(e);
	}
	free(pick);
	hv_jsonstat_free(js);
	hv_input_close(&src);
	hv_kostra_obsset_free(&set);
	hv_kostra_select_free(sel, nsel);
	return t;
}
