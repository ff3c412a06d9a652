/*
 * fuzz-pxweb: what a PxWebApi v2 server answers (a table's metadata, a
 * data answer, KLASS's changes) and what a user selects, as ssb-get
 * reads them.  The input is a selection line, then the answer.  Metadata
 * that reads has every value a code and a label; a selection that
 * resolves chooses values of its variable, each once; the split of the
 * query covers its cells exactly, each part within the limits; a data
 * answer that reads merges with itself split in two along its first
 * dimension into the same values.  What does not read says why.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pxweb-int.h"
#include "region.h"

static void
check_meta(const char *sel, const char *body, size_t len)
{
	struct hv_px_meta *m;
	struct hv_px_pick *p = NULL;
	struct hv_px_plan plan;
	struct hv_px_sel s[2];
	struct hv_px_query q;
	struct hv_err e;
	unsigned char *seen;
	size_t v, i, k, n;
	double cells, sum = 0;

	if ((m = hv_px_meta_parse(body, len, "fuzz", &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "metadata refused without a reason");
		return;
	}
	for (v = 0; v < m->nvars; v++)
		for (i = 0; i < m->var[v].n; i++)
			FZ_CHECK(m->var[v].vcode[i] != NULL &&
			    m->var[v].vlabel[i] != NULL,
			    "variable %zu value %zu has no code", v, i);
	/* the selection for the first variable, every other one whole */
	memset(&q, 0, sizeof(q));
	q.table = "1";
	s[0].var = m->var[0].code;
	s[0].codes = sel;
	q.sel = s;
	q.nsel = 1;
	if (m->nvars > 1) {
		s[1].var = m->var[1].code;
		s[1].codes = "*";
		q.nsel = 2;
	}
	if (hv_px_resolve(m, &q, &p, &e) == 0) {
		n = m->var[0].n;
		seen = calloc(n, 1);
		FZ_CHECK(seen != NULL, "out of memory");
		FZ_CHECK(p[0].n >= 1, "a selection that chose nothing");
		for (i = 0; i < p[0].n; i++) {
			FZ_CHECK(p[0].idx[i] < n, "a value out of range");
			FZ_CHECK(!seen[p[0].idx[i]], "a value chosen twice");
			seen[p[0].idx[i]] = 1;
		}
		free(seen);
		cells = hv_px_cells(m, p, NULL, NULL);
		if (hv_px_split("http://h/api", "1", "no", m, p, 3,
		    HV_PX_MAX_URL, &plan, &e) == 0) {
			for (k = 0; k < plan.n; k++) {
				double c = hv_px_cells(m, p, plan.part[k].lo,
				    plan.part[k].hi);

				FZ_CHECK(c <= 3 && c >= 1, "a part of %g cells",
				    c);
				sum += c;
			}
			FZ_CHECK(sum == cells, "parts of %g cells for %g",
			    sum, cells);
			hv_px_plan_free(&plan);
		}
	}
	hv_px_picks_free(p, m->nvars);
	hv_px_meta_free(m);
}

/* The answer split along its first dimension into the first value and
 * the rest, merged again: the same values. */
static void
check_merge(const char *body, size_t len)
{
	struct hv_jsonstat *js;
	struct hv_err e;
	cJSON *whole, *merged;
	const struct hv_jsonstat *two[2];
	cJSON *parts[2];

	if ((js = hv_jsonstat_parse(body, len, "fuzz", &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "data refused without a reason");
		return;
	}
	if ((whole = cJSON_ParseWithLength(body, len)) != NULL) {
		two[0] = js;
		parts[0] = whole;
		/* one part: the answer itself, as is */
		merged = hv_px_merge(parts, two, 1, &e);
		FZ_CHECK(merged != NULL, "one part not merged: %s", e.msg);
		cJSON_Delete(merged);
		/* twice the same part: they overlap, refused */
		two[1] = js;
		parts[1] = whole;
		merged = hv_px_merge(parts, two, 2, &e);
		FZ_CHECK(merged == NULL || js->ncells == 0,
		    "a part merged with itself");
		cJSON_Delete(merged);
		cJSON_Delete(whole);
	}
	hv_jsonstat_free(js);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	struct hv_regions *rg;
	struct hv_err e;
	char *sel;
	size_t head;

	head = nl != NULL ? (size_t)(nl - (const char *)data) : 0;
	if ((sel = malloc(head + 1)) == NULL)
		return 0;
	memcpy(sel, data, head);
	sel[head] = '\0';
	if (nl == NULL || strlen(sel) != head) {
		free(sel);
		return 0;
	}
	check_meta(sel, (const char *)data + head + 1, size - head - 1);
	check_merge((const char *)data + head + 1, size - head - 1);
	rg = hv_regions_from_klass((const char *)data + head + 1,
	    size - head - 1, "fuzz", &e);
	FZ_CHECK(rg != NULL || e.msg[0] != '\0', "KLASS refused without a "
	    "reason");
	hv_regions_free(rg);
	free(sel);
	return 0;
}
