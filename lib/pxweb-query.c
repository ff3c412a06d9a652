/*
 * pxweb-query.c: a table's metadata, a query's selections resolved
 * against it, the URLs of PxWebApi v2, and the split of a query too big
 * for one request (pxweb-int.h).
 *
 * The selection expressions are resolved as PxWebApi 2 resolves them, so
 * that the cells counted here are the cells the server would send: a
 * value code matches whatever its case; '*' alone is every value, at
 * the start or the end (or both) of a code a wildcard for the rest; '?'
 * one character; top(n[,o]) the first n values after o of them, but for
 * the time variable the last n before the o last (so top(3) of years is
 * the three newest, oldest first); bottom(n[,o]) the other end;
 * from(c), to(c), range(a,b) the values from, to and between codes, in
 * the table's order.  A value chosen twice counts once.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "list.h"
#include "mem.h"
#include "pxweb-int.h"
#include "utf8.h"

/* --- metadata -------------------------------------------------------- */

static void
free_var(struct hv_px_var *v)
{
	size_t i;

	for (i = 0; i < v->n; i++) {
		if (v->vcode != NULL)
			free(v->vcode[i]);
		if (v->vlabel != NULL)
			free(v->vlabel[i]);
	}
	free(v->vcode);
	free(v->vlabel);
	free(v->code);
	free(v->label);
	free(v->codelists);
}

void
hv_px_meta_free(struct hv_px_meta *m)
{
	size_t v;

	if (m == NULL)
		return;
	for (v = 0; v < m->nvars; v++)
		free_var(&m->var[v]);
	free(m->var);
	free(m->table);
	free(m->title);
	free(m->updated);
	free(m);
}

static char *
str_or(const cJSON *s, const char *fallback)
{
	return strdup(cJSON_IsString(s) ? s->valuestring : fallback);
}

static int
has_role(const cJSON *role, const char *which, const char *id)
{
	const cJSON *it;

	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(role, which))
		if (cJSON_IsString(it) && strcmp(it->valuestring, id) == 0)
			return 1;
	return 0;
}

/* The values of one dimension, in index order. */
static int
read_values(struct hv_px_var *v, const cJSON *def, size_t size,
    const char *name, struct hv_err *e)
{
	const cJSON *cat = cJSON_GetObjectItemCaseSensitive(def, "category");
	const cJSON *index = cJSON_GetObjectItemCaseSensitive(cat, "index");
	const cJSON *labels = cJSON_GetObjectItemCaseSensitive(cat, "label");
	const cJSON *it, *l;
	size_t i = 0, at;

	if ((v->vcode = calloc(size, sizeof(char *))) == NULL ||
	    (v->vlabel = calloc(size, sizeof(char *))) == NULL)
		return hv_err_nomem(e);
	v->n = size;
	if (cJSON_IsArray(index)) {
		cJSON_ArrayForEach(it, index) {
			if (!cJSON_IsString(it) || i >= size)
				goto bad;
			if ((v->vcode[i++] = strdup(it->valuestring)) == NULL)
				return hv_err_nomem(e);
		}
	} else if (cJSON_IsObject(index)) {
		cJSON_ArrayForEach(it, index) {
			if (!cJSON_IsNumber(it) || it->valuedouble < 0 ||
			    it->valuedouble >= (double)size ||
			    it->valuedouble != floor(it->valuedouble))
				goto bad;
			at = (size_t)it->valuedouble;
			if (v->vcode[at] != NULL)
				goto bad;
			if ((v->vcode[at] = strdup(it->string)) == NULL)
				return hv_err_nomem(e);
			i++;
		}
	} else if (size == 1 && cJSON_IsObject(labels) &&
	    labels->child != NULL) {
		if ((v->vcode[0] = strdup(labels->child->string)) == NULL)
			return hv_err_nomem(e);
		i = 1;
	}
	if (i != size)
		goto bad;
	for (i = 0; i < size; i++) {
		l = cJSON_GetObjectItemCaseSensitive(labels, v->vcode[i]);
		if ((v->vlabel[i] = str_or(l, v->vcode[i])) == NULL)
			return hv_err_nomem(e);
	}
	return 0;
bad:
	return hv_err_at(e, name, 0, "variable '%s': its category index does "
	    "not list its %zu values", v->code, size);
}

/* "agg_KommSummer, vs_Fylker" from extension.codelists. */
static int
read_codelists(struct hv_px_var *v, const cJSON *ext, struct hv_err *e)
{
	const cJSON *lists, *it, *id;
	char buf[1024] = "";

	lists = cJSON_GetObjectItemCaseSensitive(ext, "codelists");
	if (lists == NULL)
		lists = cJSON_GetObjectItemCaseSensitive(ext, "codeLists");
	cJSON_ArrayForEach(it, lists) {
		id = cJSON_GetObjectItemCaseSensitive(it, "id");
		if (cJSON_IsString(id))
			hv_list_append(buf, sizeof(buf), ", ", id->valuestring);
	}
	if ((v->codelists = strdup(buf)) == NULL)
		return hv_err_nomem(e);
	return 0;
}

struct hv_px_meta *
hv_px_meta_parse(const char *buf, size_t len, const char *name,
    struct hv_err *e)
{
	const cJSON *ids, *sizes, *dims, *role, *it, *def, *ext, *el, *sz;
	struct hv_px_meta *m;
	const char *end = NULL;
	cJSON *root;
	size_t v = 0;

	if ((root = cJSON_ParseWithLengthOpts(buf, len, &end, 0)) == NULL) {
		hv_err_at(e, name, 0, "not JSON (malformed at byte %zu)",
		    end != NULL && end >= buf ? (size_t)(end - buf) : 0);
		return NULL;
	}
	if ((m = calloc(1, sizeof(*m))) == NULL) {
		cJSON_Delete(root);
		hv_err_nomem(e);
		return NULL;
	}
	ids = cJSON_GetObjectItemCaseSensitive(root, "id");
	sizes = cJSON_GetObjectItemCaseSensitive(root, "size");
	dims = cJSON_GetObjectItemCaseSensitive(root, "dimension");
	role = cJSON_GetObjectItemCaseSensitive(root, "role");
	if (!cJSON_IsArray(ids) || !cJSON_IsArray(sizes) ||
	    !cJSON_IsObject(dims) || cJSON_GetArraySize(ids) == 0 ||
	    cJSON_GetArraySize(ids) != cJSON_GetArraySize(sizes) ||
	    cJSON_GetArraySize(ids) > 64) {
		hv_err_at(e, name, 0, "not the metadata of a table (JSON-stat "
		    "2 with id, size and dimension)");
		goto fail;
	}
	m->title = str_or(cJSON_GetObjectItemCaseSensitive(root, "label"),
	    "");
	m->updated = str_or(cJSON_GetObjectItemCaseSensitive(root, "updated"),
	    "");
	m->table = str_or(cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    root, "extension"), "px"), "tableid"), "");
	m->nvars = (size_t)cJSON_GetArraySize(ids);
	if (m->title == NULL || m->updated == NULL || m->table == NULL ||
	    (m->var = calloc(m->nvars, sizeof(*m->var))) == NULL)
		goto oom;
	cJSON_ArrayForEach(it, ids) {
		struct hv_px_var *var = &m->var[v];

		sz = cJSON_GetArrayItem(sizes, (int)v);
		def = cJSON_IsString(it) ? cJSON_GetObjectItemCaseSensitive(
		    dims, it->valuestring) : NULL;
		if (!cJSON_IsObject(def) || !cJSON_IsNumber(sz) ||
		    sz->valuedouble < 1 || sz->valuedouble > 1e6 ||
		    sz->valuedouble != floor(sz->valuedouble)) {
			hv_err_at(e, name, 0, "variable %zu: no description "
			    "or a bad size", v + 1);
			goto fail;
		}
		if ((var->code = strdup(it->valuestring)) == NULL ||
		    (var->label = str_or(cJSON_GetObjectItemCaseSensitive(def,
		    "label"), it->valuestring)) == NULL)
			goto oom;
		ext = cJSON_GetObjectItemCaseSensitive(def, "extension");
		el = cJSON_GetObjectItemCaseSensitive(ext, "elimination");
		var->elimination = cJSON_IsTrue(el);
		var->role = has_role(role, "time", var->code) ? HV_JS_ROLE_TIME :
		    has_role(role, "geo", var->code) ? HV_JS_ROLE_GEO :
		    has_role(role, "metric", var->code) ? HV_JS_ROLE_METRIC :
		    HV_JS_ROLE_NONE;
		if (read_values(var, def, (size_t)sz->valuedouble, name, e) ==
		    -1 || read_codelists(var, ext, e) == -1)
			goto fail;
		v++;
	}
	if (m->table[0] == '\0') {
		free(m->table);
		if ((m->table = strdup("")) == NULL)
			goto oom;
	}
	cJSON_Delete(root);
	return m;
oom:
	hv_err_nomem(e);
fail:
	cJSON_Delete(root);
	hv_px_meta_free(m);
	return NULL;
}

/* --- names ----------------------------------------------------------- */

static int
same_name(const char *a, const char *b)
{
	char la[256], lb[256];

	if (strcasecmp(a, b) == 0)
		return 1;
	return hv_utf8_loose(a, strlen(a), la, sizeof(la)) != (size_t)-1 &&
	    hv_utf8_loose(b, strlen(b), lb, sizeof(lb)) != (size_t)-1 &&
	    strcmp(la, lb) == 0;
}

long
hv_px_find_var(const struct hv_px_meta *m, const char *name,
    struct hv_err *e)
{
	char near[512] = "", all[768] = "", item[300];
	size_t v;

	for (v = 0; v < m->nvars; v++)
		if (same_name(m->var[v].code, name))
			return (long)v;
	for (v = 0; v < m->nvars; v++)
		if (same_name(m->var[v].label, name))
			return (long)v;
	for (v = 0; v < m->nvars; v++) {
		snprintf(item, sizeof(item), "%s (%s)", m->var[v].code,
		    m->var[v].label);
		if (hv_list_near(name, m->var[v].code) ||
		    hv_list_near(name, m->var[v].label))
			hv_list_append(near, sizeof(near), ", ", item);
		hv_list_append(all, sizeof(all), ", ", item);
	}
	hv_err_set(e, "table %s has no variable '%s'%s%s; its variables: %s",
	    m->table, name, near[0] != '\0' ? "; did you mean " : "", near,
	    all);
	return -1;
}

/* --- selections ------------------------------------------------------ */

void
hv_px_picks_free(struct hv_px_pick *p, size_t n)
{
	size_t v;

	if (p == NULL)
		return;
	for (v = 0; v < n; v++)
		free(p[v].idx);
	free(p);
}

/* The value of v whose code is code (any case), or -1. */
static long
find_value(const struct hv_px_var *v, const char *code, size_t len)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (strlen(v->vcode[i]) == len &&
		    strncasecmp(v->vcode[i], code, len) == 0)
			return (long)i;
	return -1;
}

/* Add value i to the pick, once. */
static int
add(struct hv_px_pick *p, unsigned char *seen, size_t i, size_t *cap)
{
	if (seen[i])
		return 0;
	if (hv_grow(&p->idx, cap, p->n + 1, sizeof(*p->idx)) == -1)
		return -1;
	seen[i] = 1;
	p->idx[p->n++] = i;
	return 0;
}

/* Does code match the wildcard pattern pat (len bytes, '*' at one or
 * both ends), any case? */
static int
wild(const char *code, const char *pat, size_t len)
{
	size_t cl = strlen(code), i;
	int head = pat[0] == '*', tail = len > 1 && pat[len - 1] == '*';
	const char *core = pat + head;
	size_t n = len - (size_t)head - (size_t)tail;

	if (n > cl)
		return 0;
	if (head && tail) {
		for (i = 0; i + n <= cl; i++)
			if (strncasecmp(code + i, core, n) == 0)
				return 1;
		return 0;
	}
	if (head)
		return strncasecmp(code + cl - n, core, n) == 0;
	return strncasecmp(code, core, n) == 0;
}

static int
question(const char *code, const char *pat, size_t len)
{
	size_t i;

	if (strlen(code) != len)
		return 0;
	for (i = 0; i < len; i++)
		if (pat[i] != '?' && tolower((unsigned char)pat[i]) !=
		    tolower((unsigned char)code[i]))
			return 0;
	return 1;
}

/* "top(3)" -> name "top", args "3" (without the parentheses). */
static int
call(const char *s, size_t len, const char *name, const char **args,
    size_t *alen)
{
	size_t nl = strlen(name);

	if (len < nl + 2 || strncasecmp(s, name, nl) != 0 || s[nl] != '(' ||
	    s[len - 1] != ')')
		return 0;
	*args = s + nl + 1;
	*alen = len - nl - 2;
	return 1;
}

/* "n" or "n,o" into *count and *offset. */
static int
count_offset(const char *a, size_t len, long *count, long *offset)
{
	char buf[64], *end;

	if (len == 0 || len >= sizeof(buf))
		return -1;
	memcpy(buf, a, len);
	buf[len] = '\0';
	if (!isdigit((unsigned char)buf[0]))
		return -1;
	*count = strtol(buf, &end, 10);
	*offset = 0;
	if (*end == ',') {
		if (!isdigit((unsigned char)end[1]))
			return -1;
		*offset = strtol(end + 1, &end, 10);
	}
	return *end == '\0' && *count >= 1 ? 0 : -1;
}

/* The values close to a wrong code, and the count, for a message. */
static void
value_error(const struct hv_px_var *v, const char *table, const char *code,
    size_t len, struct hv_err *e)
{
	char near[400] = "", item[200], want[128];
	size_t i, shown = 0;

	snprintf(want, sizeof(want), "%.*s", (int)len, code);
	for (i = 0; i < v->n && shown < 8; i++)
		if (hv_list_near(want, v->vcode[i]) ||
		    hv_list_near(want, v->vlabel[i])) {
			snprintf(item, sizeof(item), "%s (%s)", v->vcode[i],
			    v->vlabel[i]);
			hv_list_append(near, sizeof(near), ", ", item);
			shown++;
		}
	hv_err_set(e, "%s (%s) has no value '%s'%s%s; its %zu values: "
	    "ssb-get --values %s %s", v->code, v->label, want,
	    near[0] != '\0' ? "; close: " : "", near, v->n, table, v->code);
}

/* One item of a selection into p. */
static int
resolve_item(const struct hv_px_var *v, const char *table, const char *s,
    size_t len, struct hv_px_pick *p, unsigned char *seen, size_t *cap,
    struct hv_err *e)
{
	const char *args, *comma;
	size_t alen, i, from, to;
	long a, b, count, offset;
	int time = v->role == HV_JS_ROLE_TIME, top;

	if ((a = find_value(v, s, len)) >= 0)
		return add(p, seen, (size_t)a, cap) == -1 ? hv_err_nomem(e) :
		    0;
	if ((top = call(s, len, "top", &args, &alen)) ||
	    call(s, len, "bottom", &args, &alen)) {
		if (count_offset(args, alen, &count, &offset) == -1)
			return hv_err_usage(e, "%s=%.*s: %s takes a count and "
			    "an offset: %s(3) or %s(3,1)", v->code, (int)len,
			    s, top ? "top" : "bottom", top ? "top" : "bottom",
			    top ? "top" : "bottom");
		/* the first n, or for time (listed oldest first) the last */
		if ((size_t)offset >= v->n)
			return 0;
		from = (size_t)offset;
		to = from + (size_t)count > v->n ? v->n : from +
		    (size_t)count;
		if (top == time) {	/* top of time, bottom of the rest */
			size_t f = v->n - to, t = v->n - from;

			from = f;
			to = t;
		}
		for (i = from; i < to; i++)
			if (add(p, seen, i, cap) == -1)
				return hv_err_nomem(e);
		return 0;
	}
	if (call(s, len, "from", &args, &alen) || call(s, len, "to", &args,
	    &alen)) {
		int is_from = tolower((unsigned char)s[0]) == 'f';

		if ((a = find_value(v, args, alen)) < 0) {
			value_error(v, table, args, alen, e);
			return -1;
		}
		from = is_from ? (size_t)a : 0;
		to = is_from ? v->n : (size_t)a + 1;
		for (i = from; i < to; i++)
			if (add(p, seen, i, cap) == -1)
				return hv_err_nomem(e);
		return 0;
	}
	if (call(s, len, "range", &args, &alen)) {
		if ((comma = memchr(args, ',', alen)) == NULL)
			return hv_err_usage(e, "%s=%.*s: range takes two codes:"
			    " range(2019,2022)", v->code, (int)len, s);
		if ((a = find_value(v, args, (size_t)(comma - args))) < 0) {
			value_error(v, table, args, (size_t)(comma - args), e);
			return -1;
		}
		if ((b = find_value(v, comma + 1, alen - (size_t)(comma + 1 -
		    args))) < 0) {
			value_error(v, table, comma + 1, alen - (size_t)(comma +
			    1 - args), e);
			return -1;
		}
		if (a > b) {
			long t = a;

			a = b;
			b = t;
		}
		for (i = (size_t)a; i <= (size_t)b; i++)
			if (add(p, seen, i, cap) == -1)
				return hv_err_nomem(e);
		return 0;
	}
	if (memchr(s, '*', len) != NULL) {
		size_t stars = 0;

		for (i = 0; i < len; i++)
			stars += s[i] == '*';
		if (!(len == 1 || (stars == 1 && (s[0] == '*' ||
		    s[len - 1] == '*')) || (stars == 2 && len > 2 &&
		    s[0] == '*' && s[len - 1] == '*')))
			return hv_err_usage(e, "%s=%.*s: '*' stands at the "
			    "start or the end of a code (03*, *00, *0*), or "
			    "alone", v->code, (int)len, s);
		for (i = 0; i < v->n; i++)
			if ((len == 1 || wild(v->vcode[i], s, len)) &&
			    add(p, seen, i, cap) == -1)
				return hv_err_nomem(e);
		return 0;
	}
	if (memchr(s, '?', len) != NULL) {
		for (i = 0; i < v->n; i++)
			if (question(v->vcode[i], s, len) &&
			    add(p, seen, i, cap) == -1)
				return hv_err_nomem(e);
		return 0;
	}
	value_error(v, table, s, len, e);
	return -1;
}

/* A selection (items split on commas outside parentheses) into p. */
static int
resolve_var(const struct hv_px_var *v, const char *table,
    struct hv_px_pick *p, struct hv_err *e)
{
	unsigned char *seen;
	const char *s = p->expr, *start;
	size_t cap = 0;
	int depth = 0, rc = 0;

	if ((seen = calloc(v->n, 1)) == NULL)
		return hv_err_nomem(e);
	for (start = s; rc == 0; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')' && depth > 0)
			depth--;
		if ((*s == ',' && depth == 0) || *s == '\0') {
			const char *a = start, *b = s;

			while (a < b && (*a == ' ' || *a == '\t'))
				a++;
			while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
				b--;
			if (a == b)
				rc = hv_err_usage(e, "%s=%s: an empty value in "
				    "the list", v->code, p->expr);
			else
				rc = resolve_item(v, table, a, (size_t)(b - a),
				    p, seen, &cap, e);
			start = s + 1;
		}
		if (*s == '\0')
			break;
	}
	free(seen);
	if (rc == 0 && p->n == 0)
		rc = hv_err_set(e, "%s=%s chooses no value of %s (%s)",
		    v->code, p->expr, v->code, v->label);
	return rc;
}

int
hv_px_resolve(const struct hv_px_meta *m, const struct hv_px_query *q,
    struct hv_px_pick **picks, struct hv_err *e)
{
	struct hv_px_pick *p;
	char first[300];
	size_t i, v;
	long at;

	if ((p = calloc(m->nvars, sizeof(*p))) == NULL)
		return hv_err_nomem(e);
	*picks = p;
	for (i = 0; i < q->ncodelist; i++) {
		if ((at = hv_px_find_var(m, q->codelist[i].var, e)) < 0)
			return -1;
		p[at].codelist = q->codelist[i].codes;
	}
	for (i = 0; i < q->nsel; i++) {
		if ((at = hv_px_find_var(m, q->sel[i].var, e)) < 0)
			return -1;
		if (p[at].given)
			return hv_err_usage(e, "%s is given twice (%s=%s, "
			    "%s=%s)", m->var[at].code, q->sel[i].var,
			    q->sel[i].codes, m->var[at].code, p[at].expr);
		p[at].given = 1;
		p[at].expr = q->sel[i].codes;
		if (resolve_var(&m->var[at], m->table, &p[at], e) == -1)
			return -1;
	}
	for (v = 0; v < m->nvars; v++) {
		if (p[v].given || m->var[v].elimination)
			continue;
		first[0] = '\0';
		for (i = 0; i < m->var[v].n && i < 5; i++)
			hv_list_append(first, sizeof(first), ", ",
			    m->var[v].vcode[i]);
		if (m->var[v].n > 5)
			hv_list_append(first, sizeof(first), ", ", "...");
		return hv_err_set(e, "%s (%s) may not be left out: give "
		    "%s=CODES (%zu values: %s; or *, top(3))", m->var[v].code,
		    m->var[v].label, m->var[v].code, m->var[v].n, first);
	}
	return 0;
}

double
hv_px_cells(const struct hv_px_meta *m, const struct hv_px_pick *p,
    const size_t *lo, const size_t *hi)
{
	double cells = 1;
	size_t v;

	for (v = 0; v < m->nvars; v++)
		if (p[v].given)
			cells *= lo != NULL ? (double)(hi[v] - lo[v]) :
			    (double)p[v].n;
	return cells;
}

/* --- URLs ------------------------------------------------------------ */

int
hv_px_url_put(char **buf, size_t *len, size_t *cap, const char *s,
    int encode)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(s);

	if (hv_grow(buf, cap, *len + 3 * n + 1, 1) == -1)
		return -1;
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (!encode || isalnum(c) || strchr("-._~,()*", c) != NULL) {
			(*buf)[(*len)++] = (char)c;
			continue;
		}
		(*buf)[(*len)++] = '%';
		(*buf)[(*len)++] = hex[c >> 4];
		(*buf)[(*len)++] = hex[c & 15];
	}
	(*buf)[*len] = '\0';
	return 0;
}

/* api + "/tables/" + table + path + "?lang=" + lang */
static int
url_start(char **buf, size_t *len, size_t *cap, const char *api,
    const char *table, const char *path, const char *lang)
{
	size_t al = strlen(api);

	*len = 0;
	while (al > 0 && api[al - 1] == '/')
		al--;
	if (hv_grow(buf, cap, al + 1, 1) == -1)
		return -1;
	memcpy(*buf, api, al);
	*len = al;
	(*buf)[al] = '\0';
	return hv_px_url_put(buf, len, cap, "/tables/", 0) == -1 ||
	    hv_px_url_put(buf, len, cap, table, 1) == -1 ||
	    hv_px_url_put(buf, len, cap, path, 0) == -1 ||
	    hv_px_url_put(buf, len, cap, "?lang=", 0) == -1 ||
	    hv_px_url_put(buf, len, cap, lang, 1) == -1 ? -1 : 0;
}

/* "&name[var]=" */
static int
url_param(char **buf, size_t *len, size_t *cap, const char *name,
    const char *var)
{
	return hv_px_url_put(buf, len, cap, "&", 0) == -1 ||
	    hv_px_url_put(buf, len, cap, name, 0) == -1 ||
	    hv_px_url_put(buf, len, cap, "[", 0) == -1 ||
	    hv_px_url_put(buf, len, cap, var, 1) == -1 ||
	    hv_px_url_put(buf, len, cap, "]=", 0) == -1 ? -1 : 0;
}

int
hv_px_meta_url(char **buf, size_t *cap, const char *api, const char *table,
    const char *lang, const struct hv_px_query *q)
{
	size_t len, i;

	if (url_start(buf, &len, cap, api, table, "/metadata", lang) == -1 ||
	    hv_px_url_put(buf, &len, cap, "&outputFormat=json-stat2", 0) == -1)
		return -1;
	for (i = 0; q != NULL && i < q->ncodelist; i++)
		if (url_param(buf, &len, cap, "codelist", q->codelist[i].var) ==
		    -1 || hv_px_url_put(buf, &len, cap, q->codelist[i].codes,
		    1) == -1)
			return -1;
	return 0;
}

int
hv_px_data_url(char **buf, size_t *cap, const char *api, const char *table,
    const char *lang, const struct hv_px_meta *m, const struct hv_px_pick *p,
    const struct hv_px_part *part)
{
	size_t len, v, i;

	if (url_start(buf, &len, cap, api, table, "/data", lang) == -1 ||
	    hv_px_url_put(buf, &len, cap, "&outputFormat=json-stat2", 0) == -1)
		return -1;
	for (v = 0; v < m->nvars; v++)
		if (p[v].codelist != NULL && (url_param(buf, &len, cap,
		    "codelist", m->var[v].code) == -1 || hv_px_url_put(buf,
		    &len, cap, p[v].codelist, 1) == -1))
			return -1;
	for (v = 0; v < m->nvars; v++) {
		if (!p[v].given)
			continue;
		if (url_param(buf, &len, cap, "valueCodes", m->var[v].code) ==
		    -1)
			return -1;
		if (part == NULL || !part->listed[v]) {
			if (hv_px_url_put(buf, &len, cap, p[v].expr, 1) == -1)
				return -1;
			continue;
		}
		for (i = part->lo[v]; i < part->hi[v]; i++)
			if ((i > part->lo[v] && hv_px_url_put(buf, &len, cap,
			    ",", 0) == -1) || hv_px_url_put(buf, &len, cap,
			    m->var[v].vcode[p[v].idx[i]], 1) == -1)
				return -1;
	}
	return 0;
}

/* --- splitting ------------------------------------------------------- */

struct splitter {
	const char		*api, *table, *lang;
	const struct hv_px_meta	*m;
	const struct hv_px_pick	*p;
	double			 max_cells;
	size_t			 max_url;
	struct hv_px_plan	*plan;
	size_t			 cap;
	char			*url;
	size_t			 url_cap;
};

void
hv_px_plan_free(struct hv_px_plan *plan)
{
	size_t i;

	for (i = 0; i < plan->n; i++) {
		free(plan->part[i].lo);
		free(plan->part[i].hi);
		free(plan->part[i].listed);
	}
	free(plan->part);
	plan->part = NULL;
	plan->n = 0;
}

static int
emit(struct splitter *s, const struct hv_px_part *box, struct hv_err *e)
{
	struct hv_px_part *p;
	size_t nv = s->m->nvars;

	if (s->plan->n >= HV_PX_MAX_PARTS)
		return hv_err_set(e, "the query needs more than %d requests "
		    "(%.0f cells, at most %.0f a request): choose fewer values",
		    HV_PX_MAX_PARTS, hv_px_cells(s->m, s->p, NULL, NULL),
		    s->max_cells);
	if (hv_grow(&s->plan->part, &s->cap, s->plan->n + 1,
	    sizeof(*s->plan->part)) == -1)
		return hv_err_nomem(e);
	p = &s->plan->part[s->plan->n];
	p->lo = malloc(nv * sizeof(size_t));
	p->hi = malloc(nv * sizeof(size_t));
	p->listed = malloc(nv);
	if (p->lo == NULL || p->hi == NULL || p->listed == NULL) {
		free(p->lo);
		free(p->hi);
		free(p->listed);
		return hv_err_nomem(e);
	}
	memcpy(p->lo, box->lo, nv * sizeof(size_t));
	memcpy(p->hi, box->hi, nv * sizeof(size_t));
	memcpy(p->listed, box->listed, nv);
	s->plan->n++;
	return 0;
}

/* Split box until each part fits, into s->plan in order. */
static int
split_box(struct splitter *s, struct hv_px_part *box, struct hv_err *e)
{
	size_t nv = s->m->nvars, v, best = nv, n, k, per, i, at, urllen;
	size_t lo, hi;
	unsigned char listed;
	double cells = hv_px_cells(s->m, s->p, box->lo, box->hi);
	int rc = 0;

	if (hv_px_data_url(&s->url, &s->url_cap, s->api, s->table, s->lang,
	    s->m, s->p, box) == -1)
		return hv_err_nomem(e);
	urllen = strlen(s->url);
	if (cells <= s->max_cells && urllen <= s->max_url)
		return emit(s, box, e);
	for (v = 0; v < nv; v++)
		if (s->p[v].given && box->hi[v] - box->lo[v] > 1 &&
		    (best == nv || box->hi[v] - box->lo[v] >
		    box->hi[best] - box->lo[best]))
			best = v;
	if (best == nv)
		return hv_err_set(e, "the request is %zu bytes long even for "
		    "one value of each variable (at most %zu)", urllen,
		    s->max_url);
	n = box->hi[best] - box->lo[best];
	/* as few parts as the cells allow, of sizes that differ by one at
	 * most; a part whose URL is still too long splits again */
	per = (size_t)floor(s->max_cells / (cells / (double)n));
	if (per < 1)
		per = 1;
	k = (n + per - 1) / per;
	if (k < 2)
		k = 2;
	if (k > n)
		k = n;
	lo = box->lo[best];
	hi = box->hi[best];
	listed = box->listed[best];
	box->listed[best] = 1;
	for (i = 0, at = lo; i < k && rc == 0; i++) {
		size_t size = n / k + (i < n % k);

		box->lo[best] = at;
		box->hi[best] = at + size;
		rc = split_box(s, box, e);
		at += size;
	}
	box->lo[best] = lo;
	box->hi[best] = hi;
	box->listed[best] = listed;
	return rc;
}

int
hv_px_split(const char *api, const char *table, const char *lang,
    const struct hv_px_meta *m, const struct hv_px_pick *p, double max_cells,
    size_t max_url, struct hv_px_plan *plan, struct hv_err *e)
{
	struct splitter s;
	struct hv_px_part box;
	size_t v;
	int rc;

	memset(&s, 0, sizeof(s));
	memset(plan, 0, sizeof(*plan));
	plan->nvars = m->nvars;
	s.api = api;
	s.table = table;
	s.lang = lang;
	s.m = m;
	s.p = p;
	s.max_cells = max_cells > 0 ? max_cells : 1;
	s.max_url = max_url;
	s.plan = plan;
	box.lo = calloc(m->nvars, sizeof(size_t));
	box.hi = calloc(m->nvars, sizeof(size_t));
	box.listed = calloc(m->nvars, 1);
	if (box.lo == NULL || box.hi == NULL || box.listed == NULL)
		rc = hv_err_nomem(e);
	else {
		for (v = 0; v < m->nvars; v++)
			box.hi[v] = p[v].given ? p[v].n : 0;
		rc = split_box(&s, &box, e);
	}
	free(box.lo);
	free(box.hi);
	free(box.listed);
	free(s.url);
	if (rc == -1)
		hv_px_plan_free(plan);
	return rc;
}
