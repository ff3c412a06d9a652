/*
 * fuzz-period: periods and dates.  A period read is written in canonical
 * form and reads back as itself; hv_day_parse (iplos-sum's fast path)
 * agrees with hv_date_parse on every input; ordinals and days go there
 * and back.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "period.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_period p, q;
	struct hv_err e;
	char *s, buf[32];
	long day;
	int is_date, fast;

	if (size > 256 || (s = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	is_date = hv_date_parse(s, size, &p, &e) == 0;
	fast = hv_day_parse(s, size, &day) == 0;
	FZ_CHECK(is_date == fast, "hv_day_parse %s what hv_date_parse %s",
	    fast ? "takes" : "refuses", is_date ? "takes" : "refuses");
	if (is_date)
		FZ_CHECK(day == hv_period_first_day(&p), "day %ld, not %ld",
		    day, hv_period_first_day(&p));
	if (hv_period_parse(s, size, &p, &e) == 0) {
		hv_period_fmt(&p, buf, sizeof(buf));
		FZ_CHECK(hv_period_parse(buf, strlen(buf), &q, &e) == 0,
		    "'%s' does not read back: %s", buf, e.msg);
		FZ_CHECK(hv_period_cmp(&p, &q) == 0 && p.kind == q.kind,
		    "'%s' reads back as another period", buf);
		q = hv_period_from_ord(p.kind, hv_period_ord(&p));
		FZ_CHECK(hv_period_cmp(&p, &q) == 0, "'%s': ordinal %ld does "
		    "not come back", buf, hv_period_ord(&p));
		FZ_CHECK(hv_period_first_day(&p) <= hv_period_last_day(&p),
		    "'%s' ends before it starts", buf);
	}
	free(s);
	return 0;
}
