/*
 * fuzz-px: PX (PC-Axis) files and anything else given as one.  A file
 * that reads has as many cells as its variables' values multiply to,
 * every category a code and a label, no symbol beside a value (but
 * nil's 0), and its table as many rows as cells; a file that does not
 * read says why in a message.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "input.h"
#include "px.h"
#include "table-int.h"	/* the number of rows */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_jsonstat *js;
	struct hv_input in;
	struct hv_table *t;
	struct hv_err e;
	size_t d, c, cells = 1, len;
	char *csv;

	if (hv_input_open(&in, fz_file(data, size), &e) == -1)
		fz_fail("the fuzzer's own file: %s", e.msg);
	js = hv_px_read(&in, &e);
	hv_input_close(&in);
	if (js == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		return 0;
	}
	for (d = 0; d < js->ndims; d++) {
		FZ_CHECK(js->dim[d].id != NULL && js->dim[d].size > 0,
		    "dimension %zu has no id or no values", d);
		for (c = 0; c < js->dim[d].size; c++)
			FZ_CHECK(js->dim[d].code[c] != NULL &&
			    js->dim[d].catlabel[c] != NULL,
			    "dimension %zu category %zu has no code", d, c);
		cells *= js->dim[d].size;
	}
	FZ_CHECK(cells == js->ncells, "%zu cells, the values make %zu",
	    js->ncells, cells);
	/* a symbol carries no value, or nil's 0 */
	for (c = 0; js->status != NULL && c < js->ncells; c++)
		FZ_CHECK(js->status[c] == NULL || !js->has_value[c] ||
		    js->value[c] == 0, "cell %zu: status '%s' beside the value "
		    "%g", c, js->status[c], js->value[c]);
	/* the tidy CSV the other tools read: as long as it says */
	if ((csv = hv_px_csv(js, "fuzz.px", &len, &e)) != NULL) {
		FZ_CHECK(strlen(csv) == len, "%zu bytes said, %zu before a NUL",
		    len, strlen(csv));
		free(csv);
	} else {
		FZ_CHECK(e.msg[0] != '\0', "no CSV and no reason");
	}
	if ((t = hv_jsonstat_table(js, NULL)) != NULL) {
		FZ_CHECK(t->nrows == js->ncells, "%zu rows for %zu cells",
		    t->nrows, js->ncells);
		free(fz_table_text(t));
		hv_table_free(t);
	}
	hv_jsonstat_free(js);
	return 0;
}
