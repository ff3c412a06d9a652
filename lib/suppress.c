/* suppress.c: primary and greedy secondary suppression of a cube. */
#include <stdlib.h>
#include <string.h>

#include "suppress.h"

int
hv_cube_init(struct hv_cube *c, size_t ndims, const size_t *size)
{
	size_t d;

	memset(c, 0, sizeof(*c));
	c->ndims = ndims;
	c->ncells = 1;
	for (d = 0; d < ndims; d++) {
		c->size[d] = size[d];
		c->ncells *= size[d] + 1;
	}
	c->value = calloc(c->ncells, sizeof(*c->value));
	c->persons = calloc(c->ncells, sizeof(*c->persons));
	c->suppressed = calloc(c->ncells, 1);
	if (c->value == NULL || c->persons == NULL || c->suppressed == NULL) {
		hv_cube_free(c);
		return -1;
	}
	return 0;
}

void
hv_cube_free(struct hv_cube *c)
{
	free(c->value);
	free(c->persons);
	free(c->suppressed);
	memset(c, 0, sizeof(*c));
}

size_t
hv_cube_index(const struct hv_cube *c, const size_t *coord)
{
	size_t d, i = 0;

	for (d = 0; d < c->ndims; d++)
		i = i * (c->size[d] + 1) + coord[d];
	return i;
}

/* One line: dimension d free, the others fixed at coord.  Suppresses the
 * smallest other non-zero cell if exactly one is suppressed; returns 1
 * when it did. */
static int
fix_line(struct hv_cube *c, size_t d, size_t *coord)
{
	size_t k, i, nsup = 0, best = 0;
	int found = 0;

	for (k = 0; k <= c->size[d]; k++) {
		coord[d] = k;
		nsup += c->suppressed[hv_cube_index(c, coord)];
	}
	if (nsup != 1)
		return 0;
	for (k = 0; k <= c->size[d]; k++) {
		coord[d] = k;
		i = hv_cube_index(c, coord);
		if (c->suppressed[i] || c->persons[i] == 0)
			continue;
		/* smallest value; on a tie a cell before the total */
		if (!found || c->value[i] < c->value[best]) {
			best = i;
			found = 1;
		}
	}
	if (!found)
		return 0;
	c->suppressed[best] = 1;
	return 1;
}

size_t
hv_suppress(struct hv_cube *c, unsigned long threshold, int additive)
{
	size_t coord[HV_CUBE_MAXDIMS], i, d, o, n = 0, rest;
	int changed;

	for (i = 0; i < c->ncells; i++) {
		if (c->persons[i] >= 1 && c->persons[i] < threshold) {
			c->suppressed[i] = 1;
			n++;
		}
	}
	if (!additive || c->ndims == 0)
		return n;
	do {
		changed = 0;
		for (d = 0; d < c->ndims; d++) {
			/* every fixing of the other dimensions */
			rest = c->ncells / (c->size[d] + 1);
			for (i = 0; i < rest; i++) {
				size_t r = i;

				for (o = c->ndims; o-- > 0;) {
					if (o == d)
						continue;
					coord[o] = r % (c->size[o] + 1);
					r /= c->size[o] + 1;
				}
				if (fix_line(c, d, coord)) {
					changed = 1;
					n++;
				}
			}
		}
	} while (changed);
	return n;
}
