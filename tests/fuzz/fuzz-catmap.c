/*
 * fuzz-catmap: iplos-sum's category map (--map).  A map that loads,
 * printed as --print-map prints it, loads back as the same map: what the
 * tool prints, it reads.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "service.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_catmap *m, *back;
	struct hv_table *t;
	struct hv_err e;
	char *text, *again;

	if ((m = hv_catmap_load(fz_file(data, size), &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		return 0;
	}
	if ((t = hv_catmap_table(m)) == NULL)
		goto done;
	text = fz_table_text(t);
	hv_table_free(t);
	if (text == NULL)
		goto done;
	back = hv_catmap_load(fz_file((const uint8_t *)text, strlen(text)),
	    &e);
	FZ_CHECK(back != NULL, "the printed map does not load: %s\n%s",
	    e.msg, text);
	if ((t = hv_catmap_table(back)) != NULL) {
		again = fz_table_text(t);
		FZ_CHECK(again == NULL || strcmp(text, again) == 0,
		    "the printed map loads as another:\n%s---\n%s", text,
		    again);
		free(again);
		hv_table_free(t);
	}
	FZ_CHECK(hv_catmap_nentries(back) == hv_catmap_nentries(m) &&
	    hv_catmap_ncategories(back) == hv_catmap_ncategories(m),
	    "the printed map has other entries");
	hv_catmap_free(back);
	free(text);
done:
	hv_catmap_free(m);
	return 0;
}
