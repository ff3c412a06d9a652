/*
 * fuzz-kostra: kostra-compare's loaders (JSON-stat, Statbank CSV long
 * and wide, tidy CSV) and the comparison over what they read.  The file
 * as read (--dump) and the comparison either succeed or say why; every
 * table they make can be written in every format.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "kostra.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const focus[] = { "5037", "Levanger", "K-5037",
	    "1818" };
	static const char *const ref[] = { "EKG09", "Landet", "5038",
	    "Kostragruppe 09" };
	struct hv_kostra_opts o;
	struct hv_kostra *k;
	struct hv_table *t;
	struct hv_err e;
	unsigned opt = fz_options(data, &size);
	const char *path = fz_file(data, size);

	hv_kostra_opts_init(&o);
	/* a --select of a CSV column or a JSON-stat dimension, in the first
	 * bytes of a file as often as not */
	if (opt & 0x80)
		o.select = "alder=1,region=K-5037 Levanger";
	if ((t = hv_kostra_dump_file(path, &o.in, o.select, &e)) != NULL) {
		free(fz_table_text(t));
		hv_table_free(t);
	} else {
		FZ_CHECK(e.msg[0] != '\0', "--dump refused without a reason");
	}
	o.focus = focus[opt & 3];
	o.ref = ref[(opt >> 2) & 3];
	if (opt & 0x10)
		o.from = "2020";
	if (opt & 0x20)
		o.combine = HV_COMBINE_SUM;
	if ((k = hv_kostra_new(&o, &e)) == NULL)
		fz_fail("options refused: %s", e.msg);
	if (hv_kostra_add(k, path, &e) == 0) {
		if ((t = hv_kostra_table(k, opt & 0x40 ? HV_LANG_NB :
		    HV_LANG_EN, &e)) != NULL) {
			free(fz_table_text(t));
			hv_table_free(t);
		}
	} else {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
	}
	hv_kostra_free(k);
	return 0;
}
