/* jsonstat.c: decode JSON-stat with cJSON. */
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "jsonstat.h"
#include "mem.h"
#include "names.h"

#define MAX_JSON	(512u << 20)	/* a larger file is not an SSB table */

void
hv_jsonstat_free(struct hv_jsonstat *js)
{
	size_t d, k;

	if (js == NULL)
		return;
	for (d = 0; d < js->ndims; d++) {
		for (k = 0; k < js->dim[d].size; k++) {
			if (js->dim[d].code != NULL)
				free(js->dim[d].code[k]);
			if (js->dim[d].catlabel != NULL)
				free(js->dim[d].catlabel[k]);
		}
		free(js->dim[d].code);
		free(js->dim[d].catlabel);
		free(js->dim[d].id);
		free(js->dim[d].label);
	}
	for (k = 0; js->status != NULL && k < js->ncells; k++)
		free(js->status[k]);
	for (k = 0; js->text != NULL && k < js->ncells; k++)
		free(js->text[k]);
	for (k = 0; k < js->nnote; k++)
		free(js->note[k]);
	free(js->updated);
	free(js->table_id);
	free(js->note);
	free(js->note_shown);
	free(js->status);
	free(js->text);
	free(js->dim);
	free(js->value);
	free(js->has_value);
	free(js->label);
	free(js);
}

void
hv_jsonstat_pos(const struct hv_jsonstat *js, size_t i, size_t *pos)
{
	size_t d;

	for (d = js->ndims; d-- > 0;) {
		pos[d] = i % js->dim[d].size;
		i /= js->dim[d].size;
	}
}

static char *
dup_or(const cJSON *s, const char *fallback)
{
	return strdup(cJSON_IsString(s) ? s->valuestring : fallback);
}

/* A cell given as a string (json-stat.org's samples do it): kept as text. */
static int
keep_text(struct hv_jsonstat *js, size_t i, const char *s)
{
	if (js->text == NULL &&
	    (js->text = calloc(js->ncells + 1, sizeof(char *))) == NULL)
		return -1;
	free(js->text[i]);
	return (js->text[i] = strdup(s)) == NULL ? -1 : 0;
}

/* One dimension's categories, in index order. */
static int
read_categories(struct hv_jsdim *dim, const cJSON *def, const char *file,
    struct hv_err *e)
{
	const cJSON *cat = cJSON_GetObjectItemCaseSensitive(def, "category");
	const cJSON *index = cJSON_GetObjectItemCaseSensitive(cat, "index");
	const cJSON *label = cJSON_GetObjectItemCaseSensitive(cat, "label");
	const cJSON *it;
	size_t k, n;
	double pos;

	if (!cJSON_IsObject(cat))
		return hv_err_at(e, file, 0, "dimension '%s' has no category",
		    dim->id);
	dim->code = calloc(dim->size, sizeof(char *));
	dim->catlabel = calloc(dim->size, sizeof(char *));
	if (dim->code == NULL || dim->catlabel == NULL)
		return hv_err_nomem(e);
	if (cJSON_IsArray(index)) {
		n = (size_t)cJSON_GetArraySize(index);
		if (n != dim->size)
			return hv_err_at(e, file, 0, "dimension '%s': %zu "
			    "categories, but size %zu", dim->id, n, dim->size);
		k = 0;
		cJSON_ArrayForEach(it, index) {
			if (!cJSON_IsString(it))
				return hv_err_at(e, file, 0, "dimension '%s': a "
				    "category code is not a string", dim->id);
			if ((dim->code[k++] = strdup(it->valuestring)) == NULL)
				return hv_err_nomem(e);
		}
	} else if (cJSON_IsObject(index)) {
		cJSON_ArrayForEach(it, index) {
			pos = cJSON_IsNumber(it) ? it->valuedouble : -1;
			if (pos < 0 || pos >= (double)dim->size ||
			    dim->code[(size_t)pos] != NULL)
				return hv_err_at(e, file, 0, "dimension '%s': "
				    "index of '%s' is not a free position below "
				    "%zu", dim->id, it->string, dim->size);
			if ((dim->code[(size_t)pos] = strdup(it->string)) ==
			    NULL)
				return hv_err_nomem(e);
		}
	} else if (index == NULL && cJSON_IsObject(label) &&
	    cJSON_GetArraySize(label) == 1 && dim->size == 1) {
		/* one category: its code is the label's only key */
		if ((dim->code[0] = strdup(label->child->string)) == NULL)
			return hv_err_nomem(e);
	} else {
		return hv_err_at(e, file, 0, "dimension '%s': no category "
		    "index", dim->id);
	}
	for (k = 0; k < dim->size; k++) {
		if (dim->code[k] == NULL)
			return hv_err_at(e, file, 0, "dimension '%s': no "
			    "category at position %zu", dim->id, k);
		dim->catlabel[k] = dup_or(
		    cJSON_GetObjectItemCaseSensitive(label, dim->code[k]),
		    dim->code[k]);
		if (dim->catlabel[k] == NULL)
			return hv_err_nomem(e);
	}
	return 0;
}

static void
read_roles(struct hv_jsonstat *js, const cJSON *role)
{
	static const struct hv_name roles[] = {
		{ "time",	HV_JS_ROLE_TIME,	0 },
		{ "geo",	HV_JS_ROLE_GEO,		0 },
		{ "metric",	HV_JS_ROLE_METRIC,	0 },
		{ NULL,		0,			0 },
	};
	const cJSON *ids, *it;
	size_t r, d;

	for (r = 0; roles[r].name != NULL; r++) {
		ids = cJSON_GetObjectItemCaseSensitive(role, roles[r].name);
		cJSON_ArrayForEach(it, ids)
			for (d = 0; cJSON_IsString(it) && d < js->ndims; d++)
				if (strcmp(js->dim[d].id, it->valuestring) ==
				    0)
					js->dim[d].role =
					    (enum hv_jsrole)roles[r].value;
	}
}

/* A flat index written as an object key ("71"), checked. */
static int
flat_index(const char *key, size_t ncells, size_t *i)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(key, &end, 10);
	if (errno != 0 || *key == '\0' || *end != '\0' || v >= ncells)
		return -1;
	*i = v;
	return 0;
}

static int
read_values(struct hv_jsonstat *js, const cJSON *value, const char *file,
    struct hv_err *e)
{
	const cJSON *it;
	size_t i = 0;

	js->value = calloc(js->ncells + 1, sizeof(double));
	js->has_value = calloc(js->ncells + 1, 1);
	if (js->value == NULL || js->has_value == NULL)
		return hv_err_nomem(e);
	if (cJSON_IsArray(value)) {
		if ((size_t)cJSON_GetArraySize(value) != js->ncells)
			return hv_err_at(e, file, 0, "%d values, but the sizes "
			    "make %zu cells", cJSON_GetArraySize(value),
			    js->ncells);
		cJSON_ArrayForEach(it, value) {
			if (cJSON_IsNumber(it)) {
				js->value[i] = it->valuedouble;
				js->has_value[i] = 1;
			} else if (cJSON_IsString(it)) {
				if (keep_text(js, i, it->valuestring) == -1)
					return hv_err_nomem(e);
			} else if (!cJSON_IsNull(it)) {
				return hv_err_at(e, file, 0, "value %zu is "
				    "neither a number, a string nor null", i);
			}
			i++;
		}
		return 0;
	}
	if (!cJSON_IsObject(value))
		return hv_err_at(e, file, 0, "no value array or object");
	cJSON_ArrayForEach(it, value) {
		if (flat_index(it->string, js->ncells, &i) == -1)
			return hv_err_at(e, file, 0, "value key '%s' is not a "
			    "cell below %zu", it->string, js->ncells);
		if (cJSON_IsNumber(it)) {
			js->value[i] = it->valuedouble;
			js->has_value[i] = 1;
		} else if (cJSON_IsString(it) &&
		    keep_text(js, i, it->valuestring) == -1) {
			return hv_err_nomem(e);
		}
	}
	return 0;
}

static int
read_status(struct hv_jsonstat *js, const cJSON *status, const char *file,
    struct hv_err *e)
{
	const cJSON *it;
	size_t i, n;

	if (status == NULL || cJSON_IsNull(status))
		return 0;
	if ((js->status = calloc(js->ncells + 1, sizeof(char *))) == NULL)
		return hv_err_nomem(e);
	if (cJSON_IsString(status)) {
		for (i = 0; i < js->ncells; i++)
			if ((js->status[i] = strdup(status->valuestring)) ==
			    NULL)
				return hv_err_nomem(e);
		return 0;
	}
	if (cJSON_IsArray(status)) {
		n = (size_t)cJSON_GetArraySize(status);
		if (n != 1 && n != js->ncells)
			return hv_err_at(e, file, 0, "%zu statuses for %zu "
			    "cells", n, js->ncells);
		/* walked once: cJSON_GetArrayItem counts from the start, and
		 * a call per cell was quadratic */
		i = 0;
		cJSON_ArrayForEach(it, status) {
			if (cJSON_IsString(it) && (js->status[i] =
			    strdup(it->valuestring)) == NULL)
				return hv_err_nomem(e);
			i++;
		}
		for (; n == 1 && i < js->ncells; i++)
			if (js->status[0] != NULL && (js->status[i] =
			    strdup(js->status[0])) == NULL)
				return hv_err_nomem(e);
		return 0;
	}
	if (!cJSON_IsObject(status))
		return hv_err_at(e, file, 0, "status is neither a string, an "
		    "array nor an object");
	cJSON_ArrayForEach(it, status) {
		if (flat_index(it->string, js->ncells, &i) == -1)
			return hv_err_at(e, file, 0, "status key '%s' is not "
			    "a cell below %zu", it->string, js->ncells);
		if (js->status[i] != NULL)
			return hv_err_at(e, file, 0, "status key '%s' given "
			    "twice", it->string);
		if (cJSON_IsString(it) && (js->status[i] =
		    strdup(it->valuestring)) == NULL)
			return hv_err_nomem(e);
	}
	return 0;
}

/* Line and byte of the place cJSON stopped at. */
static int
syntax_error(const char *file, const char *buf, const char *at,
    struct hv_err *e)
{
	unsigned long line = 1, depth = 0;
	const char *p;
	int in_string = 0;

	if (at == NULL)
		at = buf;
	/* cJSON stops at its nesting limit as at a syntax error: the depth
	 * where it stopped tells them apart */
	for (p = buf; p < at; p++) {
		line += *p == '\n';
		if (in_string) {
			if (*p == '\\' && p + 1 < at)
				p++;
			else if (*p == '"')
				in_string = 0;
		} else if (*p == '"') {
			in_string = 1;
		} else if (*p == '[' || *p == '{') {
			depth++;
		} else if ((*p == ']' || *p == '}') && depth > 0) {
			depth--;
		}
	}
	if (depth >= CJSON_NESTING_LIMIT)
		return hv_err_at(e, file, line, "JSON nested more than %d "
		    "levels deep at byte %lu", CJSON_NESTING_LIMIT,
		    (unsigned long)(at - buf) + 1);
	return hv_err_at(e, file, line, "malformed JSON at byte %lu",
	    (unsigned long)(at - buf) + 1);
}

struct hv_jsonstat *
hv_jsonstat_load(const char *path, struct hv_err *e)
{
	struct hv_jsonstat *js;
	struct hv_input in;

	if (hv_input_open(&in, path, e) == -1)
		return NULL;
	js = hv_jsonstat_read(&in, e);
	hv_input_close(&in);
	return js;
}

/* What JSON that is no JSON-stat dataset is, said for a person: what
 * PxWeb, KLASS and the APIs' errors answer. */
static int
not_a_dataset(const cJSON *root, const char *file, struct hv_err *e)
{
	const cJSON *title = cJSON_GetObjectItemCaseSensitive(root, "title"),
	    *err = cJSON_GetObjectItemCaseSensitive(root, "error");
	const char *text;

	if (cJSON_IsString(title) &&
	    cJSON_GetObjectItemCaseSensitive(root, "variables") != NULL)
		return hv_err_at(e, file, 0, "PxWeb table metadata ('%s': "
		    "its title and variables), not data: query the table for "
		    "its figures (PxWebApi v2: /tables/ID/data)",
		    title->valuestring);
	if (cJSON_GetObjectItemCaseSensitive(root, "codes") != NULL ||
	    cJSON_GetObjectItemCaseSensitive(root, "classificationItems") !=
	    NULL || cJSON_GetObjectItemCaseSensitive(root,
	    "correspondenceMaps") != NULL)
		return hv_err_at(e, file, 0, "a KLASS classification (codes "
		    "and names), not figures: kostra-compare --codes reads "
		    "KLASS's changes (classifications/131/changes)");
	if (err != NULL || (cJSON_IsString(title) &&
	    cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(root,
	    "status")))) {
		text = cJSON_IsString(err) ? err->valuestring :
		    cJSON_IsString(title) ? title->valuestring : "";
		return hv_err_at(e, file, 0, "an error answer from the API, "
		    "not data: '%s'", text);
	}
	return hv_err_at(e, file, 0, "not a JSON-stat dataset (no dimension, "
	    "id and size)");
}

/* The dataset's notes, and which SSB marks to be shown with the figures
 * (extension.noteMandatory: {"1": true}, by the note's index).  -1 when
 * out of memory. */
static int
read_notes(struct hv_jsonstat *js, const cJSON *ds)
{
	const cJSON *notes = cJSON_GetObjectItemCaseSensitive(ds, "note");
	const cJSON *ext, *shown, *it;
	char key[24];
	int n, i = 0;

	if (!cJSON_IsArray(notes) || (n = cJSON_GetArraySize(notes)) == 0)
		return 0;
	ext = cJSON_GetObjectItemCaseSensitive(ds, "extension");
	shown = cJSON_GetObjectItemCaseSensitive(ext, "noteMandatory");
	if ((js->note = calloc((size_t)n, sizeof(*js->note))) == NULL ||
	    (js->note_shown = calloc((size_t)n, 1)) == NULL)
		return -1;
	cJSON_ArrayForEach(it, notes) {
		snprintf(key, sizeof(key), "%d", i++);
		if (!cJSON_IsString(it))
			continue;
		if ((js->note[js->nnote] = strdup(it->valuestring)) == NULL)
			return -1;
		js->note_shown[js->nnote++] = (unsigned char)cJSON_IsTrue(
		    cJSON_GetObjectItemCaseSensitive(shown, key));
	}
	return 0;
}

struct hv_jsonstat *
hv_jsonstat_read(struct hv_input *in, struct hv_err *e)
{
	struct hv_jsonstat *js;
	size_t len;
	char *buf;

	/* the whole input in memory: cJSON parses a buffer */
	if ((buf = hv_input_slurp(in, MAX_JSON, &len, e)) == NULL)
		return NULL;
	js = hv_jsonstat_parse(buf, len, in->name, e);
	free(buf);
	return js;
}

struct hv_jsonstat *
hv_jsonstat_parse(const char *buf, size_t len, const char *file,
    struct hv_err *e)
{
	const char *end;
	const cJSON *ds, *ids, *sizes, *dims, *it, *def;
	struct hv_jsonstat *js = NULL;
	cJSON *root = NULL;
	size_t d;

	root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
	if (root == NULL) {
		syntax_error(file, buf, end != NULL ? end : cJSON_GetErrorPtr(),
		    e);
		return NULL;
	}
	/* JSON-stat 1 wraps the dataset; its id, size, role sit in
	 * "dimension" */
	ds = cJSON_GetObjectItemCaseSensitive(root, "dataset");
	if (!cJSON_IsObject(ds))
		ds = root;
	dims = cJSON_GetObjectItemCaseSensitive(ds, "dimension");
	ids = cJSON_GetObjectItemCaseSensitive(ds, "id");
	sizes = cJSON_GetObjectItemCaseSensitive(ds, "size");
	if (ids == NULL)
		ids = cJSON_GetObjectItemCaseSensitive(dims, "id");
	if (sizes == NULL)
		sizes = cJSON_GetObjectItemCaseSensitive(dims, "size");
	if (!cJSON_IsObject(dims) || !cJSON_IsArray(ids) ||
	    !cJSON_IsArray(sizes)) {
		not_a_dataset(ds, file, e);
		goto fail;
	}
	if (cJSON_GetArraySize(ids) != cJSON_GetArraySize(sizes) ||
	    cJSON_GetArraySize(ids) == 0) {
		hv_err_at(e, file, 0, "%d dimension ids but %d sizes",
		    cJSON_GetArraySize(ids), cJSON_GetArraySize(sizes));
		goto fail;
	}
	if ((js = calloc(1, sizeof(*js))) == NULL)
		goto oom;
	js->ndims = (size_t)cJSON_GetArraySize(ids);
	if ((js->dim = calloc(js->ndims, sizeof(*js->dim))) == NULL)
		goto oom;
	if ((js->label = dup_or(cJSON_GetObjectItemCaseSensitive(ds, "label"),
	    "")) == NULL ||
	    (js->updated = dup_or(cJSON_GetObjectItemCaseSensitive(ds,
	    "updated"), "")) == NULL ||
	    (js->table_id = dup_or(cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    ds, "extension"), "px"), "tableid"), "")) == NULL)
		goto oom;
	js->ncells = 1;
	d = 0;
	cJSON_ArrayForEach(it, ids) {
		const cJSON *sz = cJSON_GetArrayItem(sizes, (int)d);

		if (!cJSON_IsString(it) || !cJSON_IsNumber(sz) ||
		    sz->valuedouble < 1 || sz->valuedouble > 1e7 ||
		    sz->valuedouble != floor(sz->valuedouble)) {
			hv_err_at(e, file, 0, "dimension %zu: bad id or size "
			    "(a size is a whole number from 1)", d);
			goto fail;
		}
		if ((js->dim[d].id = strdup(it->valuestring)) == NULL)
			goto oom;
		js->dim[d].size = (size_t)sz->valuedouble;
		js->ncells *= js->dim[d].size;
		if (js->ncells > 50000000) {
			hv_err_at(e, file, 0, "more than 50 million cells");
			goto fail;
		}
		def = cJSON_GetObjectItemCaseSensitive(dims, it->valuestring);
		if (!cJSON_IsObject(def)) {
			hv_err_at(e, file, 0, "dimension '%s' is not described",
			    it->valuestring);
			goto fail;
		}
		if ((js->dim[d].label = dup_or(
		    cJSON_GetObjectItemCaseSensitive(def, "label"),
		    it->valuestring)) == NULL)
			goto oom;
		if (read_categories(&js->dim[d], def, file, e) == -1)
			goto fail;
		d++;
	}
	/* a cell costs this program about 20 bytes, a file at least two
	 * ("1,") when its values are an array: a file that declares far
	 * more cells than it could hold is refused before they are made */
	if (js->ncells / 16 > len + 4096) {
		hv_err_at(e, file, 0, "%zu cells declared in a file of %zu "
		    "bytes: more than it can hold", js->ncells, len);
		goto fail;
	}
	it = cJSON_GetObjectItemCaseSensitive(ds, "role");
	read_roles(js, it != NULL ? it :
	    cJSON_GetObjectItemCaseSensitive(dims, "role"));
	if (read_notes(js, ds) == -1)
		goto oom;
	it = cJSON_GetObjectItemCaseSensitive(ds, "value");
	if (js->ncells > 0 && (it == NULL || (cJSON_IsArray(it) &&
	    cJSON_GetArraySize(it) == 0))) {
		hv_err_at(e, file, 0, "JSON-stat without values: the table's "
		    "metadata (its dimensions), not its data; ask for the data "
		    "(PxWebApi v2: /tables/ID/data)");
		goto fail;
	}
	if (read_values(js, it, file, e) == -1 || read_status(js,
	    cJSON_GetObjectItemCaseSensitive(ds, "status"), file, e) == -1)
		goto fail;
	cJSON_Delete(root);
	return js;
oom:
	hv_err_nomem(e);
fail:
	cJSON_Delete(root);
	hv_jsonstat_free(js);
	return NULL;
}

struct hv_table *
hv_jsonstat_table(const struct hv_jsonstat *js, const long *pick)
{
	return hv_jsonstat_table_extra(js, pick, NULL, NULL, 0);
}

struct hv_table *
hv_jsonstat_table_extra(const struct hv_jsonstat *js, const long *pick,
    const char *const *names, const char *const *values, size_t nextra)
{
	struct hv_colspec spec;
	struct hv_table *t = hv_table_new();
	char name[256];
	size_t d, i, *pos = NULL, col;
	long r;

	if (t == NULL || (pos = calloc(js->ndims, sizeof(*pos))) == NULL)
		goto fail;
	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	for (d = 0; d < js->ndims; d++) {
		spec.name = js->dim[d].id;
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
		snprintf(name, sizeof(name), "%s_label", js->dim[d].id);
		spec.name = name;
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	spec.name = "value";
	if (hv_table_add_col(t, &spec) == -1)
		goto fail;
	spec.name = "status";
	if (hv_table_add_col(t, &spec) == -1)
		goto fail;
	for (i = 0; i < nextra; i++) {
		spec.name = names[i];
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	for (i = 0; i < js->ncells; i++) {
		size_t x;

		hv_jsonstat_pos(js, i, pos);
		for (d = 0; pick != NULL && d < js->ndims; d++)
			if (pick[d] >= 0 && pos[d] != (size_t)pick[d])
				break;
		if (pick != NULL && d < js->ndims)
			continue;
		if ((r = hv_table_add_row(t)) == -1)
			goto fail;
		for (d = 0, col = 0; d < js->ndims; d++) {
			if (hv_table_set_text(t, (size_t)r, col++,
			    js->dim[d].code[pos[d]]) == -1 ||
			    hv_table_set_text(t, (size_t)r, col++,
			    js->dim[d].catlabel[pos[d]]) == -1)
				goto fail;
		}
		/* numbers as numbers, strings as given */
		if (js->has_value[i])
			hv_table_set_num(t, (size_t)r, col, js->value[i]);
		else if (js->text != NULL && js->text[i] != NULL &&
		    hv_table_set_text(t, (size_t)r, col, js->text[i]) == -1)
			goto fail;
		if (js->status != NULL && hv_table_set_text(t, (size_t)r,
		    col + 1, js->status[i]) == -1)
			goto fail;
		for (x = 0; x < nextra; x++)
			if (hv_table_set_text(t, (size_t)r, col + 2 + x,
			    values[x]) == -1)
				goto fail;
	}
	free(pos);
	return t;
fail:
	free(pos);
	hv_table_free(t);
	return NULL;
}
