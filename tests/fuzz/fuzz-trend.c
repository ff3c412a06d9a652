/*
 * fuzz-trend: trend's input (long or wide, any keys) and its measures.
 * Whatever the series, the result is a table every writer can write, or
 * an error that says why.
 */
#include <stdlib.h>

#include "fuzz.h"
#include "trend.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const measures[] = { NULL,
	    "change,change_pct", "moving_avg,fitted,projected,slope",
	    "index,base_change,base_change_pct,cagr_pct" };
	static const int wide_in[] = { -1, 0, 1, -1 };	/* find out, long, wide */
	/* every column one decimal, the change in percent two */
	static const char *round_one[] = { "1", "change_pct=2" };
	struct hv_reader_opts in;
	struct hv_trend_opts o;
	struct hv_trend *t;
	struct hv_reader *r;
	struct hv_table *out;
	struct hv_err e;
	unsigned opt = fz_options(data, &size);
	const char *path = fz_file(data, size);

	hv_trend_opts_init(&o);
	hv_reader_opts_init(&in);
	o.wide_in = wide_in[opt & 3];
	o.measures = measures[(opt >> 2) & 3];
	if (((opt >> 2) & 3) == 3)
		o.base = "2020";
	if (((opt >> 2) & 3) == 2) {
		o.window = 3;
		o.project = "2030";
	}
	if (opt & 0x10)
		o.total = "Sum";
	if (opt & 0x20)
		o.multiply = 52;
	if (opt & 0x40) {
		o.rounds = round_one;
		o.nrounds = 2;
	}
	if ((t = hv_trend_new(&o, &e)) == NULL)
		fz_fail("options refused: %s", e.msg);
	if ((r = hv_reader_open(path, &in, &e)) != NULL) {
		if (hv_trend_add(t, r, &e) == 0 &&
		    hv_trend_finish(t, &e) == 0 &&
		    (out = hv_trend_table(t, (opt >> 7) & 1, HV_LANG_NB,
		    &e)) != NULL) {
			free(fz_table_text(out));
			hv_table_free(out);
		}
		hv_reader_close(r);
	}
	hv_trend_free(t);
	return 0;
}
