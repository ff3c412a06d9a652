/* mem.c: growing arrays. */
#include <stdint.h>
#include <stdlib.h>

#include "mem.h"

/* Grow *bufp to need elements, doubling from first. */
static int
grow(void *bufp, size_t *cap, size_t need, size_t size, size_t first)
{
	void **buf = bufp;
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap > 0 ? *cap : first;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	if (size > 0 && ncap > SIZE_MAX / size)
		return -1;
	if ((p = realloc(*buf, ncap * size)) == NULL)
		return -1;
	*buf = p;
	*cap = ncap;
	return 0;
}

/* hv_grow's slow way, when the array must grow. */
int
hv_grow_to(void *bufp, size_t *cap, size_t need, size_t size)
{
	return grow(bufp, cap, need, size, 16);
}

int
hv_grow_tight(void *bufp, size_t *cap, size_t need, size_t size)
{
	return grow(bufp, cap, need, size, 1);
}
