/* mem.h: the one way lib/ grows an array, and sorts one. */
#ifndef HV_MEM_H
#define HV_MEM_H

#include <stddef.h>
#include <stdlib.h>

int	hv_grow_to(void *bufp, size_t *cap, size_t need, size_t size);

/*
 * Make the array *bufp of *cap elements of size bytes hold at least need
 * elements, doubling its capacity (from 16) as often as it takes; bufp is
 * the address of the array's pointer.  Returns 0, or -1 when out of memory
 * or the size overflows, with the array as it was.  Inline because the
 * reader asks it for every field, and the array is almost always big
 * enough.
 */
static inline int
hv_grow(void *bufp, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	return hv_grow_to(bufp, cap, need, size);
}

/* As hv_grow, doubling from one element instead of 16: for arrays of
 * which there are many, most of them small (trend's points per series: a
 * million one-row series would hold 15 million empty 48-byte points,
 * 720 MB). */
int	hv_grow_tight(void *bufp, size_t *cap, size_t need, size_t size);

/* qsort(), but an array of fewer than two elements is left alone: an
 * empty one may be NULL, which qsort() must not be given (C11 7.22.5). */
static inline void
hv_sort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

#endif
