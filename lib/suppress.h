/*
 * suppress.h: small-count suppression ("prikking") of a table of counts
 * or sums broken down by up to four dimensions, with its totals.
 *
 * A cube has, per dimension d, size[d] values and one more index,
 * size[d], for the total over that dimension; every combination is a
 * cell.  The rule (docs/iplos-format.md):
 *   primary:   a cell whose persons count is from 1 to threshold - 1;
 *   secondary: along every line (the cells that differ in one dimension
 *              only, with their total) holding exactly one suppressed
 *              cell, the smallest other non-zero cell is suppressed too,
 *              until no line changes, so that no suppressed cell can be
 *              computed from its line.
 * Ownership: hv_cube_init() allocates, hv_cube_free() frees.
 */
#ifndef HV_SUPPRESS_H
#define HV_SUPPRESS_H

#include <stddef.h>

#define HV_CUBE_MAXDIMS 4

struct hv_cube {
	size_t		 ndims;
	size_t		 size[HV_CUBE_MAXDIMS];
	size_t		 ncells;
	double		*value;
	unsigned long	*persons;	/* persons behind each cell */
	unsigned char	*suppressed;
};

/* A zeroed cube.  Returns 0 or -1 when out of memory. */
int	hv_cube_init(struct hv_cube *c, size_t ndims, const size_t *size);
void	hv_cube_free(struct hv_cube *c);

/* The cell at the coordinates (coord[d] == size[d] is the total). */
size_t	hv_cube_index(const struct hv_cube *c, const size_t *coord);

/* Suppress as above; additive 0 skips the secondary rule (means,
 * medians: no line adds up).  Returns the number of cells suppressed. */
size_t	hv_suppress(struct hv_cube *c, unsigned long threshold, int additive);

#endif
