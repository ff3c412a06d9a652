/*
 * klass.c: KLASS's changes and correspondences as tables (klass.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "klass.h"
#include "pxweb-int.h"
#include "region.h"

int
hv_klass_date(const char *s)
{
	int y, m, d, n = 0;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) !=
	    3 || n != 10 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[5]) || !isdigit((unsigned char)s[8]))
		return 0;
	return y >= 1800 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= 31;
}

/* An id of digits (131), not a path. */
static int
klass_id(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 8)
		return 0;
	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* api + "/classifications/" + id + rest into a new string. */
static char *
klass_url(const char *api, const char *id, size_t idlen, const char *rest)
{
	char *url = NULL;
	size_t len = 0, cap = 0, al = strlen(api);

	while (al > 0 && api[al - 1] == '/')
		al--;
	if ((url = malloc(al + 1)) == NULL)
		return NULL;
	memcpy(url, api, al);
	url[al] = '\0';
	len = cap = al;
	cap++;
	if (hv_px_url_put(&url, &len, &cap, "/classifications/", 0) == -1)
		goto fail;
	{
		char idbuf[16];

		snprintf(idbuf, sizeof(idbuf), "%.*s", (int)idlen, id);
		if (hv_px_url_put(&url, &len, &cap, idbuf, 1) == -1 ||
		    hv_px_url_put(&url, &len, &cap, rest, 0) == -1)
			goto fail;
	}
	return url;
fail:
	free(url);
	return NULL;
}

struct hv_table *
hv_klass_changes(struct hv_px *px, const char *api, const char *id,
    const char *from, const char *to, struct hv_err *e)
{
	struct hv_regions *rg;
	struct hv_table *t;
	char rest[128], *url, *body;
	size_t len;

	if (!klass_id(id, strlen(id)))
		return hv_err_usage(e, "--klass-changes: '%s' is not a "
		    "classification id (131)", id), NULL;
	if (from == NULL || !hv_klass_date(from))
		return hv_err_usage(e, "--klass-changes needs --from DATE "
		    "(2013-01-01)"), NULL;
	if (to != NULL && !hv_klass_date(to))
		return hv_err_usage(e, "--to: '%s' is not a date "
		    "(2026-01-01)", to), NULL;
	if (to != NULL)
		snprintf(rest, sizeof(rest), "/changes?from=%s&to=%s", from,
		    to);
	else
		snprintf(rest, sizeof(rest), "/changes?from=%s", from);
	if ((url = klass_url(api, id, strlen(id), rest)) == NULL)
		return hv_err_nomem(e), NULL;
	if (hv_px_get_json(px, url, &body, &len, e) == -1) {
		free(url);
		return NULL;
	}
	rg = hv_regions_from_klass(body, len, url, e);
	free(body);
	free(url);
	if (rg == NULL)
		return NULL;
	t = hv_regions_table(rg);
	hv_regions_free(rg);
	if (t == NULL)
		hv_err_nomem(e);
	return t;
}

struct hv_table *
hv_klass_correspondence(struct hv_px *px, const char *api, const char *pair,
    const char *date, struct hv_err *e)
{
	static const char *const cols[] = { "source", "source_name",
	    "target", "target_name" };
	static const char *const keys[] = { "sourceCode", "sourceName",
	    "targetCode", "targetName" };
	const char *colon = strchr(pair, ':');
	struct hv_colspec spec;
	struct hv_table *t = NULL;
	const cJSON *items, *it;
	cJSON *root = NULL;
	char rest[128], *url, *body;
	size_t len, k;
	long row;

	if (colon == NULL || !klass_id(pair, (size_t)(colon - pair)) ||
	    !klass_id(colon + 1, strlen(colon + 1)))
		return hv_err_usage(e, "--klass-correspondence: '%s' is not "
		    "SOURCE:TARGET (131:112)", pair), NULL;
	if (date == NULL || !hv_klass_date(date))
		return hv_err_usage(e, "--klass-correspondence needs --date "
		    "DATE (2024-01-01)"), NULL;
	snprintf(rest, sizeof(rest), "/correspondsAt?targetClassificationId=%s"
	    "&date=%s", colon + 1, date);
	if ((url = klass_url(api, pair, (size_t)(colon - pair), rest)) == NULL)
		return hv_err_nomem(e), NULL;
	if (hv_px_get_json(px, url, &body, &len, e) == -1) {
		free(url);
		return NULL;
	}
	root = cJSON_ParseWithLength(body, len);
	free(body);
	items = cJSON_GetObjectItemCaseSensitive(root, "correspondenceItems");
	if (!cJSON_IsArray(items)) {
		hv_err_at(e, url, 0, "not a KLASS correspondence (no "
		    "\"correspondenceItems\" array)");
		goto fail;
	}
	if ((t = hv_table_new()) == NULL)
		goto oom;
	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	for (k = 0; k < 4; k++) {
		spec.name = cols[k];
		if (hv_table_add_col(t, &spec) == -1)
			goto oom;
	}
	cJSON_ArrayForEach(it, items) {
		const cJSON *code = cJSON_GetObjectItemCaseSensitive(it,
		    "sourceCode");

		if (!cJSON_IsString(code)) {
			hv_err_at(e, url, 0, "a correspondence item without "
			    "sourceCode");
			goto fail;
		}
		if ((row = hv_table_add_row(t)) < 0)
			goto oom;
		for (k = 0; k < 4; k++) {
			const char *s = cJSON_GetStringValue(
			    cJSON_GetObjectItemCaseSensitive(it, keys[k]));

			if (hv_table_set_text(t, (size_t)row, k, s) == -1)
				goto oom;
		}
	}
	cJSON_Delete(root);
	free(url);
	return t;
oom:
	hv_err_nomem(e);
fail:
	cJSON_Delete(root);
	free(url);
	hv_table_free(t);
	return NULL;
}
