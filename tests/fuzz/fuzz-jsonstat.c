/*
 * fuzz-jsonstat: JSON-stat as SSB's API returns it, and anything else.
 * A dataset that loads has as many cells as its sizes multiply to, every
 * category a code and a label, and its table as many rows as cells; a
 * file that does not load says why in a message.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "jsonstat.h"
#include "table-int.h"	/* the number of rows */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_jsonstat *js;
	struct hv_table *t;
	struct hv_err e;
	size_t d, c, cells = 1;
	char *text;

	if ((js = hv_jsonstat_load(fz_file(data, size), &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		return 0;
	}
	for (d = 0; d < js->ndims; d++) {
		FZ_CHECK(js->dim[d].id != NULL, "dimension %zu has no id", d);
		for (c = 0; c < js->dim[d].size; c++)
			FZ_CHECK(js->dim[d].code[c] != NULL &&
			    js->dim[d].catlabel[c] != NULL,
			    "dimension %zu category %zu has no code", d, c);
		cells *= js->dim[d].size;
	}
	FZ_CHECK(cells == js->ncells, "%zu cells, the sizes say %zu",
	    js->ncells, cells);
	if ((t = hv_jsonstat_table(js, NULL)) != NULL) {
		FZ_CHECK(t->nrows == js->ncells, "%zu rows for %zu "
		    "cells", t->nrows, js->ncells);
		text = fz_table_text(t);
		free(text);
		hv_table_free(t);
	}
	hv_jsonstat_free(js);
	return 0;
}
