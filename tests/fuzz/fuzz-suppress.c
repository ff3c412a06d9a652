/*
 * fuzz-suppress: small-count suppression on any linear system.  From the
 * input: up to 12 groups of persons (unknowns) and up to 48 published
 * cells, each the sum of some of them.  After hv_sys_suppress no
 * published cell counts from 1 to threshold - 1 persons, and the audit,
 * done by elimination apart from the suppression, finds no suppressed
 * cell that the published ones determine.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "suppress.h"

#define MAXVARS		12
#define MAXCELLS	48

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long persons[MAXVARS], cell_persons[MAXCELLS], threshold;
	size_t nvars, ncells = 0, vars[MAXVARS], n, v, i, p = 0;
	struct hv_sys *s;
	unsigned mask;
	long found;

	if (size < 2)
		return 0;
	nvars = 1 + data[p] % MAXVARS;
	threshold = 2 + (data[p++] >> 4) % 4;
	for (v = 0; v < nvars; v++)
		persons[v] = p < size ? data[p++] % 8 : 0;
	if ((s = hv_sys_new(nvars)) == NULL)
		return 0;
	while (p + 1 < size && ncells < MAXCELLS) {
		mask = ((unsigned)data[p] << 8 | data[p + 1]) &
		    ((1u << nvars) - 1);
		p += 2;
		if (mask == 0)
			continue;
		for (v = 0, n = 0, cell_persons[ncells] = 0; v < nvars; v++)
			if (mask & (1u << v)) {
				vars[n++] = v;
				cell_persons[ncells] += persons[v];
			}
		if (hv_sys_add(s, vars, n, (double)cell_persons[ncells],
		    cell_persons[ncells]) == -1)
			goto done;
		ncells++;
	}
	if (hv_sys_suppress(s, threshold) == -1 ||
	    (found = hv_sys_audit(s)) == -1)
		goto done;
	for (i = 0; i < ncells; i++)
		if (hv_sys_state(s, i) == 0)
			FZ_CHECK(cell_persons[i] == 0 ||
			    cell_persons[i] >= threshold,
			    "cell %zu of %lu persons published at threshold "
			    "%lu", i, cell_persons[i], threshold);
	FZ_CHECK(found == 0, "%ld suppressed cells determined by the "
	    "published ones", found);
	for (i = 0; i < ncells; i++)
		FZ_CHECK(hv_sys_state(s, i) == 0 || !hv_sys_determined(s, i),
		    "suppressed cell %zu is determined", i);
done:
	hv_sys_free(s);
	return 0;
}
