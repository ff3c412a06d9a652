/*
 * pxweb-merge.c: the answers to the parts of a split query as the one
 * dataset the whole query would have been answered with (pxweb-int.h).
 *
 * The first part's answer is the frame: everything in it stays as the
 * server wrote it (labels, notes, extension, roles).  Each dimension
 * lists the union of the parts' values, in the order they come (the
 * parts are pieces of the query in its order); what a dimension says per
 * value (category label, unit, extension maps keyed by code, links) is
 * the union of what the parts say.  Every cell of the whole must come
 * from exactly one part; values and statuses are placed by their codes,
 * not by their positions in the parts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "pxweb-int.h"

/* What src has that dst lacks, added to dst, member by member. */
static int
merge_into(cJSON *dst, const cJSON *src)
{
	const cJSON *s;
	cJSON *d, *copy;
	int i = 0;

	if (cJSON_IsObject(dst) && cJSON_IsObject(src)) {
		cJSON_ArrayForEach(s, src) {
			d = cJSON_GetObjectItemCaseSensitive(dst, s->string);
			if (d != NULL) {
				if (merge_into(d, s) == -1)
					return -1;
				continue;
			}
			if ((copy = cJSON_Duplicate(s, 1)) == NULL ||
			    !cJSON_AddItemToObject(dst, s->string, copy)) {
				cJSON_Delete(copy);
				return -1;
			}
		}
	} else if (cJSON_IsArray(dst) && cJSON_IsArray(src)) {
		cJSON_ArrayForEach(s, src) {
			if ((d = cJSON_GetArrayItem(dst, i++)) == NULL)
				break;
			if (merge_into(d, s) == -1)
				return -1;
		}
	}
	return 0;
}

static const char *
updated_of(const cJSON *root)
{
	const cJSON *u = cJSON_GetObjectItemCaseSensitive(root, "updated");

	return cJSON_IsString(u) ? u->valuestring : "";
}

/* The category index of dimension def rewritten for codes[0..n-1], in
 * the form (object or array) it had. */
static int
set_index(cJSON *def, char *const *codes, size_t n)
{
	cJSON *cat = cJSON_GetObjectItemCaseSensitive(def, "category");
	cJSON *old, *index;
	size_t i;
	int as_array;

	if (cat == NULL)
		return 0;
	old = cJSON_GetObjectItemCaseSensitive(cat, "index");
	as_array = cJSON_IsArray(old);
	if ((index = as_array ? cJSON_CreateArray() : cJSON_CreateObject()) ==
	    NULL)
		return -1;
	for (i = 0; i < n; i++) {
		cJSON *it = as_array ? cJSON_CreateString(codes[i]) :
		    cJSON_CreateNumber((double)i);

		if (it == NULL || !(as_array ? cJSON_AddItemToArray(index, it) :
		    cJSON_AddItemToObject(index, codes[i], it))) {
			cJSON_Delete(it);
			cJSON_Delete(index);
			return -1;
		}
	}
	if (old != NULL)
		return cJSON_ReplaceItemInObjectCaseSensitive(cat, "index",
		    index) ? 0 : -1;
	return cJSON_AddItemToObject(cat, "index", index) ? 0 : -1;
}

struct merged_dim {
	struct hv_map	 *pos;		/* code -> position in the whole */
	char		**code;		/* borrowed from the parts */
	size_t		  n, cap;
	size_t		  stride;
};

static void
free_dims(struct merged_dim *md, size_t nd)
{
	size_t d;

	for (d = 0; md != NULL && d < nd; d++) {
		hv_map_free(md[d].pos);
		free(md[d].code);
	}
	free(md);
}

/* Cell i of part js as a position in the whole. */
static size_t
whole_index(const struct hv_jsonstat *js, const struct merged_dim *md,
    const long *const *map, size_t i, size_t *pos)
{
	size_t d, f = 0;

	hv_jsonstat_pos(js, i, pos);
	for (d = 0; d < js->ndims; d++)
		f += (size_t)map[d][pos[d]] * md[d].stride;
	return f;
}

cJSON *
hv_px_merge(cJSON *const *parts, const struct hv_jsonstat *const *js,
    size_t n, struct hv_err *e)
{
	const struct hv_jsonstat *first = js[0];
	struct merged_dim *md = NULL;
	long **map = NULL;
	cJSON *out = NULL, *dims, *sizes, *value = NULL, *status = NULL;
	const char **stat = NULL;
	uint16_t *filled = NULL;	/* the part of each cell, + 1 */
	size_t nd = first->ndims, d, p, k, i, f, total = 1, *pos = NULL;
	const cJSON *sv;
	int value_object, status_form;	/* 0 none, 1 object, 2 array,
					   3 one string */

	if (n == 1)
		return cJSON_Duplicate(parts[0], 1);
	for (p = 1; p < n; p++) {
		if (js[p]->ndims != nd)
			goto mismatch;
		for (d = 0; d < nd; d++)
			if (strcmp(js[p]->dim[d].id, first->dim[d].id) != 0)
				goto mismatch;
		if (strcmp(updated_of(parts[p]), updated_of(parts[0])) != 0) {
			hv_err_set(e, "the table was updated while its parts "
			    "were fetched (%s, then %s): run again",
			    updated_of(parts[0]), updated_of(parts[p]));
			return NULL;
		}
	}
	if ((md = calloc(nd, sizeof(*md))) == NULL ||
	    (map = calloc(n * nd, sizeof(*map))) == NULL ||
	    (pos = calloc(nd, sizeof(*pos))) == NULL)
		goto oom;
	/* each dimension: the union of the parts' values, in order */
	for (d = 0; d < nd; d++) {
		if ((md[d].pos = hv_map_new()) == NULL)
			goto oom;
		for (p = 0; p < n; p++) {
			const struct hv_jsdim *dim = &js[p]->dim[d];

			if ((map[p * nd + d] = calloc(dim->size,
			    sizeof(long))) == NULL)
				goto oom;
			for (k = 0; k < dim->size; k++) {
				long at = hv_map_put(md[d].pos, dim->code[k],
				    strlen(dim->code[k]), (long)md[d].n);

				if (at < 0)
					goto oom;
				map[p * nd + d][k] = at;
				if ((size_t)at < md[d].n)
					continue;
				if (md[d].n == md[d].cap) {
					size_t cap = md[d].cap ? 2 * md[d].cap :
					    16;
					char **c = realloc(md[d].code, cap *
					    sizeof(*c));

					if (c == NULL)
						goto oom;
					md[d].code = c;
					md[d].cap = cap;
				}
				md[d].code[md[d].n++] = dim->code[k];
			}
		}
	}
	for (d = nd; d-- > 0;) {
		md[d].stride = total;
		total *= md[d].n;
		if (total > 50000000) {
			hv_err_set(e, "the merged dataset would have more than "
			    "50 million cells");
			goto fail;
		}
	}
	/* every cell of the whole from exactly one part */
	if ((filled = calloc(total, sizeof(*filled))) == NULL ||
	    (stat = calloc(total, sizeof(*stat))) == NULL)
		goto oom;
	for (p = 0; p < n; p++) {
		const long *const *pm = (const long *const *)&map[p * nd];

		for (i = 0; i < js[p]->ncells; i++) {
			f = whole_index(js[p], md, pm, i, pos);
			if (filled[f]) {
				hv_err_set(e, "the parts of the answer overlap "
				    "(cell %zu twice)", f);
				goto fail;
			}
			filled[f] = (uint16_t)(p + 1);
			if (js[p]->status != NULL)
				stat[f] = js[p]->status[i];
		}
	}
	for (f = 0; f < total; f++)
		if (!filled[f]) {
			hv_err_set(e, "the parts of the answer do not cover "
			    "the query (cell %zu of %zu missing)", f, total);
			goto fail;
		}
	if ((out = cJSON_Duplicate(parts[0], 1)) == NULL)
		goto oom;
	dims = cJSON_GetObjectItemCaseSensitive(out, "dimension");
	sizes = cJSON_GetObjectItemCaseSensitive(out, "size");
	for (d = 0; d < nd; d++) {
		cJSON *def = cJSON_GetObjectItemCaseSensitive(dims,
		    first->dim[d].id);

		if (md[d].n == first->dim[d].size)
			continue;
		for (p = 1; p < n; p++)
			if (merge_into(def, cJSON_GetObjectItemCaseSensitive(
			    cJSON_GetObjectItemCaseSensitive(parts[p],
			    "dimension"), first->dim[d].id)) == -1)
				goto oom;
		if (set_index(def, md[d].code, md[d].n) == -1 ||
		    !cJSON_ReplaceItemInArray(sizes, (int)d,
		    cJSON_CreateNumber((double)md[d].n)))
			goto oom;
	}
	/* the values, in the form the first part has them */
	sv = cJSON_GetObjectItemCaseSensitive(parts[0], "value");
	value_object = cJSON_IsObject(sv);
	if ((value = value_object ? cJSON_CreateObject() :
	    cJSON_CreateArray()) == NULL)
		goto oom;
	{
		/* positions of each whole cell in its part: one pass per
		 * part, then the values written in whole order */
		size_t *from = malloc(total * sizeof(*from));

		if (from == NULL)
			goto oom;
		for (p = 0; p < n; p++) {
			const long *const *pm =
			    (const long *const *)&map[p * nd];

			for (i = 0; i < js[p]->ncells; i++)
				from[whole_index(js[p], md, pm, i, pos)] = i;
		}
		for (f = 0; f < total; f++) {
			const struct hv_jsonstat *src = js[filled[f] - 1];
			cJSON *it;
			char key[32];

			i = from[f];
			if (src->text != NULL && src->text[i] != NULL)
				it = cJSON_CreateString(src->text[i]);
			else if (src->has_value[i])
				it = cJSON_CreateNumber(src->value[i]);
			else if (value_object)
				continue;
			else
				it = cJSON_CreateNull();
			snprintf(key, sizeof(key), "%zu", f);
			if (it == NULL || !(value_object ?
			    cJSON_AddItemToObject(value, key, it) :
			    cJSON_AddItemToArray(value, it))) {
				cJSON_Delete(it);
				free(from);
				goto oom;
			}
		}
		free(from);
	}
	if (!cJSON_ReplaceItemInObjectCaseSensitive(out, "value", value)) {
		cJSON_Delete(value);
		goto oom;
	}
	/* the statuses: as an array when the first part has a full one, as
	 * one string when every part has the same one, else by index */
	sv = cJSON_GetObjectItemCaseSensitive(parts[0], "status");
	status_form = sv == NULL ? 0 : cJSON_IsString(sv) ? 3 :
	    cJSON_IsArray(sv) && cJSON_GetArraySize(sv) == 1 ? 3 :
	    cJSON_IsArray(sv) ? 2 : 1;
	if (status_form == 3) {
		for (f = 1; f < total && status_form == 3; f++)
			if (stat[f] == NULL || stat[0] == NULL ||
			    strcmp(stat[f], stat[0]) != 0)
				status_form = 1;
	}
	if (status_form == 0)
		for (f = 0; f < total && status_form == 0; f++)
			if (stat[f] != NULL)
				status_form = 1;
	if (status_form == 1 || status_form == 2) {
		if ((status = status_form == 2 ? cJSON_CreateArray() :
		    cJSON_CreateObject()) == NULL)
			goto oom;
		for (f = 0; f < total; f++) {
			char key[32];
			cJSON *it;

			if (stat[f] == NULL && status_form == 1)
				continue;
			it = stat[f] != NULL ? cJSON_CreateString(stat[f]) :
			    cJSON_CreateNull();
			snprintf(key, sizeof(key), "%zu", f);
			if (it == NULL || !(status_form == 2 ?
			    cJSON_AddItemToArray(status, it) :
			    cJSON_AddItemToObject(status, key, it))) {
				cJSON_Delete(it);
				goto oom;
			}
		}
		if (cJSON_GetObjectItemCaseSensitive(out, "status") != NULL ?
		    !cJSON_ReplaceItemInObjectCaseSensitive(out, "status",
		    status) : !cJSON_AddItemToObject(out, "status", status)) {
			cJSON_Delete(status);
			goto oom;
		}
	}
	goto done;
mismatch:
	hv_err_set(e, "the parts of the answer have different dimensions");
	return NULL;
oom:
	hv_err_nomem(e);
fail:
	cJSON_Delete(out);
	out = NULL;
done:
	if (map != NULL)
		for (i = 0; i < n * nd; i++)
			free(map[i]);
	free(map);
	free_dims(md, nd);
	free(filled);
	free(stat);
	free(pos);
	return out;
}
