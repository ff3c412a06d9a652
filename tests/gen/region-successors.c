/*
 * region-successors: every municipality code valid in each year
 * 2013-2025 by the built-in tables, and the codes it became by 2026,
 * one line each ("2019,0220,3203"), for tests/region-check.py to hold
 * against a reading of KLASS's files of its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "region.h"

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int
main(void)
{
	const char *seen[1024], *to[16];
	struct hv_regions *rg;
	struct hv_err e;
	size_t i, k, n, nseen;
	int y;

	if ((rg = hv_regions_new(NULL, &e)) == NULL) {
		fprintf(stderr, "region-successors: %s\n", e.msg);
		return 1;
	}
	for (y = 2013; y <= 2025; y++) {
		nseen = 0;
		for (i = 0; i < hv_region_nperiods && nseen < 1024; i++) {
			const char *c = hv_region_periods[i].code;

			if (hv_region_kind(c) != HV_UNIT_MUNICIPALITY ||
			    hv_regions_valid(rg, c, y) != 1)
				continue;
			for (k = 0; k < nseen && strcmp(seen[k], c) != 0; k++)
				;
			if (k < nseen)
				continue;
			seen[nseen++] = c;
			n = hv_regions_successors(rg, c, y, 2026, to, 16);
			qsort(to, n, sizeof(*to), cmp);
			printf("%d,%s", y, c);
			for (k = 0; k < n; k++)
				printf("%c%s", k == 0 ? ',' : ' ', to[k]);
			putchar('\n');
		}
	}
	hv_regions_free(rg);
	return ferror(stdout) ? 1 : 0;
}
