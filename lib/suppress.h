/*
 * suppress.h: small-count suppression ("prikking") that survives
 * arithmetic.  The cells a run publishes are one linear system: each cell
 * is the sum of some of the system's unknowns (the finest groups of
 * persons; a total sums its breakdown, a parent category its members'
 * hours).  A cell whose persons count is from 1 to threshold - 1 is
 * suppressed (primary); then cells are published, the largest first,
 * only when no suppressed cell becomes a linear combination of the
 * published ones, and no suppressed cell becomes one for the single
 * person behind a suppressed cell of one person, who knows their own
 * part; a cell that would give one away is suppressed too (secondary).
 * So no suppressed cell can be computed from one run's published cells
 * with equations (docs/iplos-format.md says what that does not cover).
 *
 * The linear algebra is done modulo the prime 2^61 - 1: a combination
 * over the rationals is one modulo the prime too, so none is missed; a
 * combination found only modulo the prime (with odds of about 1 in 2^61)
 * costs a cell more suppressed, never one given away.
 *
 * Ownership: hv_cube_init() and hv_sys_new() allocate, hv_cube_free()
 * and hv_sys_free() free.
 */
#ifndef HV_SUPPRESS_H
#define HV_SUPPRESS_H

#include <stddef.h>

#define HV_CUBE_MAXDIMS 4

/* A table broken down by up to four dimensions, with its totals: per
 * dimension d, size[d] values and one more index, size[d], for the total
 * over that dimension; every combination is a cell. */
struct hv_cube {
	size_t		 ndims;
	size_t		 size[HV_CUBE_MAXDIMS];
	size_t		 ncells;
	double		*value;
	unsigned long	*persons;	/* persons behind each cell */
	unsigned char	*suppressed;	/* 1 primary, 2 secondary */
	unsigned char	*determined;	/* the audit: a combination of
					   published cells gives the cell */
};

/* A zeroed cube.  Returns 0 or -1 when out of memory. */
int	hv_cube_init(struct hv_cube *c, size_t ndims, const size_t *size);
void	hv_cube_free(struct hv_cube *c);

/* The cell at the coordinates (coord[d] == size[d] is the total). */
size_t	hv_cube_index(const struct hv_cube *c, const size_t *coord);

/* The number of inner cells (no totals): the cube's unknowns. */
size_t	hv_cube_inner(const struct hv_cube *c);

/* The inner cells under cell i, as indexes from 0 to hv_cube_inner()
 * - 1 (row-major), into out (room for hv_cube_inner()); returns how
 * many. */
size_t	hv_cube_under(const struct hv_cube *c, size_t i, size_t *out);

/* --- the linear system ------------------------------------------------ */

struct hv_sys;

/* A system of nvars unknowns, no cells yet.  NULL when out of memory. */
struct hv_sys *hv_sys_new(size_t nvars);
void	hv_sys_free(struct hv_sys *s);

/* Add a published cell: the sum of the n unknowns vars[], value (the
 * larger, the more it is worth publishing), persons behind it.  Returns
 * its index, or -1 when out of memory. */
long	hv_sys_add(struct hv_sys *s, const size_t *vars, size_t n,
	    double value, unsigned long persons);

/* Suppress: primary (persons from 1 to threshold - 1), then secondary as
 * above.  Returns 0, or -1 when out of memory. */
int	hv_sys_suppress(struct hv_sys *s, unsigned long threshold);

/* Cell i: 0 published, 1 primary, 2 secondary. */
int	hv_sys_state(const struct hv_sys *s, size_t i);

/* The audit, done apart from the suppression, by elimination over every
 * published cell: the number of suppressed cells that are a linear
 * combination of the published ones (0 when the promise holds), and
 * whether cell i is one.  -1 when out of memory. */
long	hv_sys_audit(struct hv_sys *s);
int	hv_sys_determined(const struct hv_sys *s, size_t i);

/* The counts: cells, primary, secondary. */
void	hv_sys_counts(const struct hv_sys *s, size_t *cells, size_t *primary,
	    size_t *secondary);

#endif
