/*
 * fuzz-period: periods and dates.  A period read is written in canonical
 * form and reads back as itself; hv_day_parse (iplos-sum's fast path)
 * agrees with hv_date_parse on every input, and hv_date_fault says a
 * date is one exactly when they read it; ordinals and days go there and
 * back.  The same bytes as a name: its loose form (utf8.h) is its own
 * loose form, fits in what it came from, and is valid UTF-8 when the
 * name was.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "period.h"
#include "utf8.h"

static void
check_loose(const char *s, size_t size)
{
	char a[300], b[300];
	size_t n, m, tail;

	n = hv_utf8_loose(s, size, a, sizeof(a));
	if (n == (size_t)-1)
		return;
	FZ_CHECK(n <= size && a[n] == '\0', "loose form of %zu bytes from "
	    "%zu", n, size);
	m = hv_utf8_loose(a, n, b, sizeof(b));
	FZ_CHECK(m == n && memcmp(a, b, n) == 0, "the loose form '%s' has "
	    "another, '%s'", a, b);
	if (hv_utf8_check((const unsigned char *)s, size, &tail) == size &&
	    tail == 0)
		FZ_CHECK(hv_utf8_check((const unsigned char *)a, n, &tail) ==
		    n && tail == 0, "the loose form of UTF-8 is not UTF-8");
}

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
	FZ_CHECK((hv_date_fault(s, size) == HV_DATE_OK) == is_date,
	    "hv_date_fault says %s of what hv_date_parse %s",
	    hv_date_fault_text(hv_date_fault(s, size)), is_date ? "takes" :
	    "refuses");
	check_loose(s, size);
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
