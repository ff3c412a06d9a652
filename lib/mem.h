/* mem.h: the one way lib/ grows an array. */
#ifndef HV_MEM_H
#define HV_MEM_H

#include <stddef.h>

/*
 * Make the array *bufp of *cap elements of size bytes hold at least need
 * elements, doubling its capacity (from 16) as often as it takes; bufp is
 * the address of the array's pointer.  Returns 0, or -1 when out of memory
 * or the size overflows, with the array as it was.
 */
int	hv_grow(void *bufp, size_t *cap, size_t need, size_t size);

#endif
