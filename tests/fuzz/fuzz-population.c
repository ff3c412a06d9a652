/*
 * fuzz-population: a population file (SSB 07459 in any shape: CSV, PX,
 * JSON-stat) is read or refused with a reason; one that is read gives,
 * for every year and sex, its four age groups that add up to its figure
 * of all ages whenever it gives all five (a person is counted once,
 * however the file nests its ages and totals).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "population.h"

static const int first_age[] = { 0, 67, 80, 90 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_pop *p;
	struct hv_err e;
	double n[4], all, sum;
	int first, last, y, g, s, ok;

	if (size > 20000)
		return 0;
	if ((p = hv_pop_load(fz_file(data, size), NULL, NULL, &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		return 0;
	}
	FZ_CHECK(hv_pop_source(p) != NULL && hv_pop_title(p) != NULL,
	    "no source");
	hv_pop_years(p, &first, &last);
	FZ_CHECK(first <= last, "years %d-%d", first, last);
	for (y = first; y <= last && y < first + 5; y++)
		for (s = HV_POP_MEN; s <= HV_POP_ALL; s++) {
			ok = hv_pop_count(p, y, 0, HV_POP_AGE_MAX,
			    (enum hv_pop_sex)s, &all, &e) == 0;
			for (g = 0, sum = 0; g < 4; g++) {
				ok &= hv_pop_count(p, y, first_age[g], g < 3 ?
				    first_age[g + 1] - 1 : HV_POP_AGE_MAX,
				    (enum hv_pop_sex)s, &n[g], &e) == 0;
				sum += n[g];
			}
			if (ok && isfinite(all) && isfinite(sum))
				FZ_CHECK(fabs(sum - all) <= 1e-6 * (fabs(all) +
				    1), "%d, sex %d: the groups add up to %g, "
				    "all ages are %g", y, s, sum, all);
		}
	hv_pop_free(p);
	return 0;
}
