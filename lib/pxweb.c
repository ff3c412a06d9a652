/*
 * pxweb.c: PxWebApi v2 requests, their cache and the provenance of what
 * they give (pxweb.h).
 *
 * When the cache is used: /config is asked for once a day; a table's
 * metadata every time (it is small, and it says when the table was
 * last updated) unless --max-age says an entry that young will do; a
 * data answer is reused while the metadata's "updated" is the one it
 * was fetched under.  --offline asks nothing, --refresh reuses nothing.
 * An answer is kept only after it has been read as what it should be.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "atomic.h"
#include "cache.h"
#include "jsonstat.h"
#include "list.h"
#include "mem.h"
#include "num.h"
#include "pxweb-int.h"

#define CONFIG_AGE	(24 * 3600)	/* seconds /config is reused */
#define DEFAULT_CELLS	800000		/* SSB's maxDataCells */
#define DEFAULT_CALLS	30		/* and its requests per window, */
#define DEFAULT_WINDOW	60		/* until /config says */

struct hv_px {
	struct hv_px_opts	 o;
	char			*api;
	char			 host[256];
	struct hv_http		*http;
	struct hv_cache		*cache;
	char			 callfile[4200];
	double			 max_cells;
	int			 have_config;
	long			 last_status;	/* of the last answer */
	unsigned long		 cached;
};

/* One answer: its bytes, when it was fetched, from the cache or not. */
struct answer {
	char	*body;
	size_t	 len;
	time_t	 fetched;
	int	 from_cache;
};

void
hv_px_opts_init(struct hv_px_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->lang = "no";
	o->cache = HV_PX_CACHE_USE;
	o->max_age = -1;
	o->tool = "ssb-get";
	hv_http_opts_init(&o->http);
}

struct hv_px *
hv_px_new(const struct hv_px_opts *o, struct hv_err *e)
{
	const char *api = o->api;
	struct hv_cache *cache;
	struct hv_px *px;

	if (api == NULL)
		api = getenv("SSB_API");
	if (api == NULL || api[0] == '\0')
		api = HV_PX_API;
	if (strncmp(api, "https://", 8) != 0 && strncmp(api, "http://", 7) !=
	    0) {
		hv_err_usage(e, "--api: '%s' is not an http or https URL", api);
		return NULL;
	}
	if ((px = calloc(1, sizeof(*px))) == NULL ||
	    (px->api = strdup(api)) == NULL) {
		free(px);
		hv_err_nomem(e);
		return NULL;
	}
	px->o = *o;
	px->max_cells = DEFAULT_CELLS;
	if (px->o.http.max_calls == 0) {
		px->o.http.max_calls = DEFAULT_CALLS;
		px->o.http.window = DEFAULT_WINDOW;
	}
	hv_http_host(api, px->host, sizeof(px->host));
	if ((cache = hv_cache_open(o->cache_dir, e)) == NULL) {
		if (o->cache != HV_PX_CACHE_NONE)
			goto fail;
	} else {
		/* the rate limit is the server's, whatever the process: the
		 * times of the requests to each host are kept in a file,
		 * with --no-cache too */
		snprintf(px->callfile, sizeof(px->callfile), "%s",
		    hv_cache_path(cache, "requests-"));
		hv_list_append(px->callfile, sizeof(px->callfile), "",
		    px->host);
		px->o.http.callfile = px->callfile;
		if (o->cache != HV_PX_CACHE_NONE)
			px->cache = cache;
		else
			hv_cache_close(cache);
	}
	if ((px->http = hv_http_new(&px->o.http, e)) == NULL)
		goto fail;
	return px;
fail:
	hv_px_free(px);
	return NULL;
}

void
hv_px_free(struct hv_px *px)
{
	if (px == NULL)
		return;
	hv_http_free(px->http);
	hv_cache_close(px->cache);
	free(px->api);
	free(px);
}

void
hv_px_counts(const struct hv_px *px, unsigned long *requests,
    unsigned long *cached)
{
	*requests = hv_http_requests(px->http);
	*cached = px->cached;
}

/* --- answers --------------------------------------------------------- */

static int
looks_html(const char *body, size_t len, const char *type)
{
	size_t i = 0;

	if (strstr(type, "html") != NULL)
		return 1;
	while (i < len && (body[i] == ' ' || body[i] == '\n' ||
	    body[i] == '\r' || body[i] == '\t'))
		i++;
	return i < len && body[i] == '<';
}

/* What an error answer says: a problem document's title and detail
 * (RFC 7807, as PxWebApi writes them), else nothing. */
static void
problem_text(const char *body, size_t len, char *buf, size_t sz)
{
	cJSON *root = cJSON_ParseWithLength(body, len);
	const cJSON *t, *d;

	buf[0] = '\0';
	if (root == NULL)
		return;
	t = cJSON_GetObjectItemCaseSensitive(root, "title");
	d = cJSON_GetObjectItemCaseSensitive(root, "detail");
	if (cJSON_IsString(t))
		snprintf(buf, sz, ": %.200s%s%.300s", t->valuestring,
		    cJSON_IsString(d) ? " (" : "", cJSON_IsString(d) ?
		    d->valuestring : "");
	if (cJSON_IsString(t) && cJSON_IsString(d) && strlen(buf) + 2 < sz)
		strcat(buf, ")");
	cJSON_Delete(root);
}

/* A non-200 answer as an error message. */
static int
status_error(const struct hv_px *px, const struct hv_http_resp *r,
    const char *what, struct hv_err *e)
{
	char said[600];

	problem_text(r->body, r->len, said, sizeof(said));
	if (r->status == 404 && looks_html(r->body, r->len, r->type))
		return hv_err_io(e, px->host, "%s: 404 Not Found, an HTML page "
		    "instead of JSON (SSB answers so to an unknown path and to "
		    "a URL over about 2 100 bytes)", what);
	if (looks_html(r->body, r->len, r->type))
		return hv_err_io(e, px->host, "%s: %ld, an HTML page instead "
		    "of JSON", what, r->status);
	return hv_err_io(e, px->host, "%s: %ld%s", what, r->status, said);
}

/* GET url, or take it from the cache: use says whether an entry will do
 * (and sets its bar: *min_updated the "updated" it must have been
 * fetched under, or NULL; max_age seconds, or -1), check() reads the
 * answer before it is kept. */
struct policy {
	int		 may_cache;	/* an entry can be used */
	const char	*updated;	/* an entry fetched under this will
					   do; NULL: any */
	long		 max_age;	/* an entry this young will do; -1 */
	int		 need_match;	/* updated or max_age must hold */
};

static int
fetch(struct hv_px *px, const char *url, const char *what,
    const struct policy *pol, int (*check)(const char *, size_t, const char
    *, void *, struct hv_err *), void *arg, const char *updated_to_keep,
    struct answer *out, struct hv_err *e)
{
	struct hv_cache_entry en;
	struct hv_http_resp r;
	int got;

	memset(out, 0, sizeof(*out));
	if (px->cache != NULL && px->o.cache != HV_PX_CACHE_REFRESH &&
	    pol->may_cache) {
		if ((got = hv_cache_get(px->cache, url, &en, e)) == -1)
			return -1;
		if (got) {
			time_t age = time(NULL) - en.fetched;
			int fresh = px->o.cache == HV_PX_CACHE_OFFLINE ||
			    !pol->need_match ||
			    (pol->updated != NULL && pol->updated[0] != '\0' &&
			    strcmp(pol->updated, en.updated) == 0) ||
			    (pol->max_age >= 0 && age <= pol->max_age);

			if (fresh && check(en.body, en.len, url, arg, e) == 0) {
				out->body = en.body;
				out->len = en.len;
				out->fetched = en.fetched;
				out->from_cache = 1;
				px->cached++;
				return 0;
			}
			hv_cache_entry_free(&en);
			if (fresh)	/* damaged: never used */
				hv_cache_drop(px->cache, url);
		}
	}
	if (px->o.cache == HV_PX_CACHE_OFFLINE)
		return hv_err_io(e, px->host, "%s is not in the cache (--offline"
		    "): %s", what, url);
	px->last_status = 0;
	if (hv_http_get(px->http, url, &r, e) == -1)
		return -1;
	px->last_status = r.status;
	if (r.status != 200) {
		status_error(px, &r, what, e);
		hv_http_resp_free(&r);
		return -1;
	}
	if (looks_html(r.body, r.len, r.type)) {
		hv_err_io(e, px->host, "%s: an HTML page instead of JSON", what);
		hv_http_resp_free(&r);
		return -1;
	}
	if (check(r.body, r.len, url, arg, e) == -1) {
		hv_err_prefix(e, what);
		hv_http_resp_free(&r);
		return -1;
	}
	out->body = r.body;
	out->len = r.len;
	out->fetched = time(NULL);
	if (px->cache != NULL && hv_cache_put(px->cache, url, r.body, r.len,
	    out->fetched, updated_to_keep != NULL ? updated_to_keep : "", e) ==
	    -1) {
		free(out->body);
		out->body = NULL;
		return -1;
	}
	return 0;
}

static int
check_json(const char *body, size_t len, const char *url, void *arg,
    struct hv_err *e)
{
	cJSON *root = cJSON_ParseWithLength(body, len);

	(void)arg;
	if (root == NULL)
		return hv_err_set(e, "not JSON (cut short?): %s", url);
	cJSON_Delete(root);
	return 0;
}

static int
check_meta(const char *body, size_t len, const char *url, void *arg,
    struct hv_err *e)
{
	struct hv_px_meta *m = hv_px_meta_parse(body, len, "the metadata", e);

	(void)url;
	if (m == NULL)
		return -1;
	if (arg != NULL)
		*(struct hv_px_meta **)arg = m;
	else
		hv_px_meta_free(m);
	return 0;
}

/* A data answer: JSON-stat whose sizes and values agree. */
static int
check_data(const char *body, size_t len, const char *url, void *arg,
    struct hv_err *e)
{
	struct hv_jsonstat *js = hv_jsonstat_parse(body, len, "the answer",
	    e);

	(void)url;
	if (js == NULL)
		return -1;
	if (arg != NULL)
		*(struct hv_jsonstat **)arg = js;
	else
		hv_jsonstat_free(js);
	return 0;
}

/* --- config and metadata --------------------------------------------- */

/* maxDataCells and the rate limit from {api}/config, once. */
static int
read_config(struct hv_px *px, struct hv_err *e)
{
	struct policy pol = { 1, NULL, CONFIG_AGE, 1 };
	struct answer a;
	const cJSON *cells, *calls, *window;
	char *url = NULL;
	size_t len = 0, cap = 0;
	cJSON *root;

	if (px->have_config)
		return 0;
	px->have_config = 1;
	if (hv_px_url_put(&url, &len, &cap, px->api, 0) == -1 ||
	    hv_px_url_put(&url, &len, &cap, "/config", 0) == -1) {
		free(url);
		return hv_err_nomem(e);
	}
	if (fetch(px, url, "/config", &pol, check_json, NULL, NULL, &a, e) ==
	    -1) {
		free(url);
		/* a server without /config keeps SSB's limits; one that
		 * cannot be reached is an error here already */
		if (px->o.max_cells > 0 && px->o.max_cells < px->max_cells)
			px->max_cells = px->o.max_cells;
		return px->o.cache == HV_PX_CACHE_OFFLINE ||
		    (px->last_status >= 400 && px->last_status <= 499) ? 0 : -1;
	}
	free(url);
	root = cJSON_ParseWithLength(a.body, a.len);
	free(a.body);
	cells = cJSON_GetObjectItemCaseSensitive(root, "maxDataCells");
	calls = cJSON_GetObjectItemCaseSensitive(root, "maxCallsPerTimeWindow");
	window = cJSON_GetObjectItemCaseSensitive(root, "timeWindow");
	if (cJSON_IsNumber(cells) && cells->valuedouble >= 1)
		px->max_cells = cells->valuedouble;
	if (px->o.max_cells > 0 && px->o.max_cells < px->max_cells)
		px->max_cells = px->o.max_cells;
	if (cJSON_IsNumber(calls) && cJSON_IsNumber(window) &&
	    calls->valuedouble >= 1 && window->valuedouble >= 1 &&
	    calls->valuedouble < 1e6 && window->valuedouble < 1e6)
		hv_http_set_limit(px->http, (int)calls->valuedouble,
		    (long)window->valuedouble);
	cJSON_Delete(root);
	return 0;
}

static struct hv_px_meta *
read_meta(struct hv_px *px, const char *table, const struct hv_px_query *q,
    struct hv_err *e)
{
	struct policy pol = { 1, NULL, px->o.max_age, 1 };
	struct hv_px_meta *m = NULL;
	struct answer a;
	char *url = NULL, what[128];
	size_t cap = 0;
	int rc = 0;

	if (table[0] == '\0' || strlen(table) > 64 || strchr(table, '/'))
		return hv_err_usage(e, "'%s' is not a table id (12362)",
		    table), NULL;
	if (read_config(px, e) == -1)
		return NULL;
	if (q != NULL && q->ncodelist > 0) {
		/* codelist[] takes a variable's code: the names given are
		 * found in the table's own metadata first */
		struct hv_px_query plain = *q, coded = *q;
		struct hv_px_sel *sel;
		size_t i;
		long v;

		plain.ncodelist = 0;
		if ((m = read_meta(px, table, &plain, e)) == NULL)
			return NULL;
		if ((sel = calloc(q->ncodelist, sizeof(*sel))) == NULL) {
			hv_px_meta_free(m);
			return hv_err_nomem(e), NULL;
		}
		for (i = 0; i < q->ncodelist; i++) {
			if ((v = hv_px_find_var(m, q->codelist[i].var, e)) < 0)
				break;
			sel[i].var = m->var[v].code;
			sel[i].codes = q->codelist[i].codes;
		}
		coded.codelist = sel;
		if (i == q->ncodelist)
			rc = hv_px_meta_url(&url, &cap, px->api, table,
			    px->o.lang, &coded);
		free(sel);
		hv_px_meta_free(m);
		m = NULL;
		if (i < q->ncodelist)
			return NULL;
	} else
		rc = hv_px_meta_url(&url, &cap, px->api, table, px->o.lang, q);
	if (rc == -1) {
		free(url);
		return hv_err_nomem(e), NULL;
	}
	snprintf(what, sizeof(what), "table %s", table);
	if (px->o.max_age < 0)
		pol.may_cache = px->o.cache == HV_PX_CACHE_OFFLINE;
	if (fetch(px, url, what, &pol, check_meta, NULL, NULL, &a, e) == -1) {
		free(url);
		return NULL;
	}
	m = hv_px_meta_parse(a.body, a.len, url, e);
	free(a.body);
	free(url);
	if (m != NULL && m->table[0] == '\0') {
		free(m->table);
		if ((m->table = strdup(table)) == NULL) {
			hv_px_meta_free(m);
			return hv_err_nomem(e), NULL;
		}
	}
	return m;
}

/* --- data ------------------------------------------------------------ */

/* Does the answer hold the values the part asked for? */
static int
answer_fits(const struct hv_jsonstat *js, const struct hv_px_meta *m,
    const struct hv_px_pick *p, const struct hv_px_part *part,
    struct hv_err *e)
{
	size_t v, d, want;

	for (v = 0; v < m->nvars; v++) {
		if (!p[v].given)
			continue;
		want = part != NULL ? part->hi[v] - part->lo[v] : p[v].n;
		for (d = 0; d < js->ndims; d++)
			if (strcmp(js->dim[d].id, m->var[v].code) == 0)
				break;
		if (d == js->ndims)
			return hv_err_set(e, "the answer has no %s, which was "
			    "asked for", m->var[v].code);
		if (js->dim[d].size != want)
			return hv_err_set(e, "the answer has %zu values of %s "
			    "where %zu were asked for", js->dim[d].size,
			    m->var[v].code, want);
	}
	return 0;
}

/* extension.hvstat: where the dataset came from. */
static int
provenance(cJSON *out, const struct hv_px *px, const struct hv_px_meta *m,
    char *const *urls, size_t n, time_t fetched, size_t from_cache)
{
	cJSON *ext = cJSON_GetObjectItemCaseSensitive(out, "extension");
	cJSON *hv, *list;
	char when[40];
	size_t i;

	if (!cJSON_IsObject(ext)) {
		if (ext != NULL)
			cJSON_DeleteItemFromObjectCaseSensitive(out,
			    "extension");
		if ((ext = cJSON_AddObjectToObject(out, "extension")) == NULL)
			return -1;
	}
	cJSON_DeleteItemFromObjectCaseSensitive(ext, "hvstat");
	if ((hv = cJSON_AddObjectToObject(ext, "hvstat")) == NULL ||
	    cJSON_AddStringToObject(hv, "tool", px->o.tool) == NULL ||
	    cJSON_AddStringToObject(hv, "api", px->api) == NULL ||
	    cJSON_AddStringToObject(hv, "table", m->table) == NULL ||
	    cJSON_AddStringToObject(hv, "updated", m->updated) == NULL ||
	    cJSON_AddStringToObject(hv, "fetched", hv_cache_iso(fetched, when,
	    sizeof(when))) == NULL ||
	    cJSON_AddNumberToObject(hv, "fromCache", (double)from_cache) ==
	    NULL || (list = cJSON_AddArrayToObject(hv, "requests")) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		cJSON *s = cJSON_CreateString(urls[i]);

		if (s == NULL || !cJSON_AddItemToArray(list, s)) {
			cJSON_Delete(s);
			return -1;
		}
	}
	return 0;
}

cJSON *
hv_px_data(struct hv_px *px, const struct hv_px_query *q, struct hv_err *e)
{
	struct hv_px_meta *m;
	struct hv_px_pick *p = NULL;
	struct hv_px_plan plan = { NULL, 0, 0 };
	struct hv_jsonstat **js = NULL;
	cJSON **parts = NULL, *out = NULL;
	char **urls = NULL, what[160];
	size_t i, cap, from_cache = 0;
	time_t fetched = 0;

	if ((m = read_meta(px, q->table, q, e)) == NULL)
		return NULL;
	if (hv_px_resolve(m, q, &p, e) == -1 ||
	    hv_px_split(px->api, q->table, px->o.lang, m, p, px->max_cells,
	    HV_PX_MAX_URL, &plan, e) == -1)
		goto done;
	if (plan.n > 1 && px->o.http.notice != NULL) {
		char msg[256], cells[64];

		snprintf(msg, sizeof(msg), "table %s: %s cells in %zu requests "
		    "(at most %.0f a request)", m->table, hv_num_fmt(cells,
		    sizeof(cells), hv_px_cells(m, p, NULL, NULL), 0,
		    HV_NUMSTYLE_NB), plan.n, px->max_cells);
		px->o.http.notice(px->o.http.notice_arg, msg);
	}
	if ((js = calloc(plan.n, sizeof(*js))) == NULL ||
	    (parts = calloc(plan.n, sizeof(*parts))) == NULL ||
	    (urls = calloc(plan.n, sizeof(*urls))) == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	for (i = 0; i < plan.n; i++) {
		struct policy pol = { 1, m->updated, px->o.max_age, 1 };
		const struct hv_px_part *part = plan.n > 1 ? &plan.part[i] :
		    NULL;
		struct answer a;

		cap = 0;
		if (hv_px_data_url(&urls[i], &cap, px->api, q->table,
		    px->o.lang, m, p, part) == -1) {
			hv_err_nomem(e);
			goto done;
		}
		if (plan.n > 1)
			snprintf(what, sizeof(what), "table %s, part %zu of "
			    "%zu", m->table, i + 1, plan.n);
		else
			snprintf(what, sizeof(what), "table %s", m->table);
		if (fetch(px, urls[i], what, &pol, check_data, &js[i],
		    m->updated, &a, e) == -1)
			goto done;
		if (answer_fits(js[i], m, p, part, e) == -1) {
			hv_err_prefix(e, what);
			if (a.from_cache)
				hv_cache_drop(px->cache, urls[i]);
			free(a.body);
			goto done;
		}
		parts[i] = cJSON_ParseWithLength(a.body, a.len);
		free(a.body);
		if (parts[i] == NULL) {
			hv_err_nomem(e);
			goto done;
		}
		from_cache += (size_t)a.from_cache;
		if (fetched == 0 || a.fetched < fetched)
			fetched = a.fetched;
	}
	if ((out = hv_px_merge(parts, (const struct hv_jsonstat *const *)js,
	    plan.n, e)) == NULL)
		goto done;
	if (provenance(out, px, m, urls, plan.n, fetched, from_cache) == -1) {
		cJSON_Delete(out);
		out = NULL;
		hv_err_nomem(e);
	}
done:
	for (i = 0; i < plan.n; i++) {
		if (js != NULL)
			hv_jsonstat_free(js[i]);
		if (parts != NULL)
			cJSON_Delete(parts[i]);
		if (urls != NULL)
			free(urls[i]);
	}
	free(js);
	free(parts);
	free(urls);
	hv_px_plan_free(&plan);
	hv_px_picks_free(p, m->nvars);
	hv_px_meta_free(m);
	return out;
}

/* --- tables of what there is ----------------------------------------- */

static const char *
role_name(enum hv_jsrole r)
{
	switch (r) {
	case HV_JS_ROLE_TIME:
		return "time";
	case HV_JS_ROLE_GEO:
		return "geo";
	case HV_JS_ROLE_METRIC:
		return "contents";
	default:
		return "";
	}
}

/* A table of text columns named by names (NULL-ended). */
static struct hv_table *
text_table(const char *const *names, struct hv_err *e)
{
	struct hv_table *t = hv_table_new();
	struct hv_colspec spec;

	if (t == NULL)
		return hv_err_nomem(e), NULL;
	for (; *names != NULL; names++) {
		memset(&spec, 0, sizeof(spec));
		spec.name = *names;
		spec.role = HV_ROLE_KEY;
		spec.decimals = -1;
		if (hv_table_add_col(t, &spec) == -1) {
			hv_table_free(t);
			return hv_err_nomem(e), NULL;
		}
	}
	return t;
}

/* A new row of t with text[0..n-1] in its first columns (a NULL left
 * empty): its index, or -1 when out of memory. */
static long
text_row(struct hv_table *t, const char *const *text, size_t n)
{
	long row = hv_table_add_row(t);
	size_t k;

	for (k = 0; row >= 0 && k < n; k++)
		if (text[k] != NULL &&
		    hv_table_set_text(t, (size_t)row, k, text[k]) == -1)
			row = -1;
	return row;
}

struct hv_table *
hv_px_info(struct hv_px *px, const char *table, const struct hv_px_query *q,
    char **title, char **updated, struct hv_err *e)
{
	static const char *const cols[] = { "variable", "label", "values",
	    "may_be_left_out", "role", "codelists", NULL };
	struct hv_px_meta *m;
	struct hv_table *t = NULL;
	size_t v;
	long row;

	if ((m = read_meta(px, table, q, e)) == NULL ||
	    (t = text_table(cols, e)) == NULL)
		goto done;
	for (v = 0; v < m->nvars; v++) {
		const struct hv_px_var *var = &m->var[v];
		const char *text[] = { var->code, var->label, NULL,
		    var->elimination ? "yes" : "no", role_name(var->role),
		    var->codelists };

		if ((row = text_row(t, text, 6)) < 0 ||
		    hv_table_set_num(t, (size_t)row, 2, (double)var->n) == -1)
			goto oom;
	}
	if ((*title = strdup(m->title)) == NULL ||
	    (*updated = strdup(m->updated)) == NULL) {
		free(*title);
		*title = NULL;
		goto oom;
	}
	goto done;
oom:
	hv_err_nomem(e);
	hv_table_free(t);
	t = NULL;
done:
	hv_px_meta_free(m);
	return t;
}

struct hv_table *
hv_px_values(struct hv_px *px, const char *table, const char *var,
    const struct hv_px_query *q, struct hv_err *e)
{
	static const char *const cols[] = { "code", "label", NULL };
	struct hv_px_meta *m;
	struct hv_table *t = NULL;
	size_t i;
	long v;

	if ((m = read_meta(px, table, q, e)) == NULL ||
	    (v = hv_px_find_var(m, var, e)) < 0 ||
	    (t = text_table(cols, e)) == NULL)
		goto done;
	for (i = 0; i < m->var[v].n; i++) {
		const char *text[] = { m->var[v].vcode[i],
		    m->var[v].vlabel[i] };

		if (text_row(t, text, 2) < 0) {
			hv_err_nomem(e);
			hv_table_free(t);
			t = NULL;
			break;
		}
	}
done:
	hv_px_meta_free(m);
	return t;
}

/* The tables of one page of a search answer into t; *pages the number
 * of pages there are. */
static int
search_page(struct hv_table *t, const char *body, size_t len, long *pages,
    struct hv_err *e)
{
	enum { NKEYS = 5 };
	static const char *const keys[NKEYS] = { "id", "label", "firstPeriod",
	    "lastPeriod", "updated" };
	cJSON *root = cJSON_ParseWithLength(body, len);
	const cJSON *tables, *it, *tp;
	size_t k;

	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	if (!cJSON_IsArray(tables)) {
		cJSON_Delete(root);
		return hv_err_set(e, "the search answer has no list of tables");
	}
	tp = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    root, "page"), "totalPages");
	*pages = cJSON_IsNumber(tp) ? (long)tp->valuedouble : 1;
	cJSON_ArrayForEach(it, tables) {
		const char *text[NKEYS];

		for (k = 0; k < NKEYS; k++) {
			const cJSON *s = cJSON_GetObjectItemCaseSensitive(it,
			    keys[k]);

			text[k] = cJSON_IsString(s) ? s->valuestring : NULL;
		}
		if (text_row(t, text, NKEYS) < 0) {
			cJSON_Delete(root);
			return hv_err_nomem(e);
		}
	}
	cJSON_Delete(root);
	return 0;
}

struct hv_table *
hv_px_search(struct hv_px *px, const char *text, struct hv_err *e)
{
	static const char *const cols[] = { "id", "title", "first", "last",
	    "updated", NULL };
	struct policy pol = { 0, NULL, -1, 1 };
	struct hv_table *t;
	struct answer a;
	char *url = NULL, num[32];
	size_t len, cap = 0;
	long page, pages = 1;

	if (px->o.cache == HV_PX_CACHE_OFFLINE)
		return hv_err_usage(e, "--search asks the server: not with "
		    "--offline"), NULL;
	if (read_config(px, e) == -1 || (t = text_table(cols, e)) == NULL)
		return NULL;
	for (page = 1; page <= pages && page <= 20; page++) {
		len = 0;
		snprintf(num, sizeof(num), "%ld", page);
		if (hv_px_url_put(&url, &len, &cap, px->api, 0) == -1 ||
		    hv_px_url_put(&url, &len, &cap, "/tables?lang=", 0) == -1 ||
		    hv_px_url_put(&url, &len, &cap, px->o.lang, 1) == -1 ||
		    hv_px_url_put(&url, &len, &cap, "&query=", 0) == -1 ||
		    hv_px_url_put(&url, &len, &cap, text, 1) == -1 ||
		    hv_px_url_put(&url, &len, &cap, "&pageSize=100&pageNumber=",
		    0) == -1 || hv_px_url_put(&url, &len, &cap, num, 0) == -1) {
			hv_err_nomem(e);
			goto fail;
		}
		if (fetch(px, url, "search", &pol, check_json, NULL, NULL, &a,
		    e) == -1)
			goto fail;
		if (search_page(t, a.body, a.len, &pages, e) == -1) {
			free(a.body);
			goto fail;
		}
		free(a.body);
	}
	free(url);
	return t;
fail:
	free(url);
	hv_table_free(t);
	return NULL;
}

int
hv_px_get_json(struct hv_px *px, const char *url, char **body, size_t *len,
    struct hv_err *e)
{
	struct policy pol = { 1, NULL, px->o.max_age, 1 };
	struct answer a;

	if (fetch(px, url, url, &pol, check_json, NULL, NULL, &a, e) == -1)
		return -1;
	*body = a.body;
	*len = a.len;
	return 0;
}

int
hv_px_emit(const cJSON *ds, const char *path, struct hv_err *e)
{
	struct hv_atomic *a;
	char *text;
	int ok;

	if ((text = cJSON_PrintUnformatted(ds)) == NULL)
		return hv_err_nomem(e);
	if ((a = hv_atomic_open(path != NULL && strcmp(path, "-") != 0 ?
	    path : NULL, e)) == NULL) {
		cJSON_free(text);
		return -1;
	}
	ok = fputs(text, hv_atomic_fp(a)) != EOF &&
	    fputc('\n', hv_atomic_fp(a)) != EOF;
	cJSON_free(text);
	if (!ok) {
		hv_atomic_abort(a);
		return hv_err_io(e, path != NULL ? path : "<stdout>",
		    "cannot write");
	}
	return hv_atomic_commit(a, e);
}

struct hv_table *
hv_px_tidy(const cJSON *ds, struct hv_err *e)
{
	static const char *const names[] = { "table_id", "table_updated" };
	const char *values[2];
	struct hv_jsonstat *js;
	struct hv_table *t;
	const cJSON *hv;
	char *text;

	if ((text = cJSON_PrintUnformatted(ds)) == NULL)
		return hv_err_nomem(e), NULL;
	js = hv_jsonstat_parse(text, strlen(text), "the dataset", e);
	cJSON_free(text);
	if (js == NULL)
		return NULL;
	hv = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    ds, "extension"), "hvstat");
	values[0] = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(hv,
	    "table"));
	values[1] = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(hv,
	    "updated"));
	t = hv_jsonstat_table_extra(js, NULL, names, values, 2);
	hv_jsonstat_free(js);
	if (t == NULL)
		return hv_err_nomem(e), NULL;
	return t;
}
