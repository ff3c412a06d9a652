/*
 * bits.h: a set of small whole numbers as a bitset that grows in pages,
 * and a set of 64-bit fingerprints.  iplos-sum counts distinct persons
 * with the first (a bit per person and window) and repeated rows with
 * the second.
 *
 * Ownership: zero-initialise; hv_bits_free() and hv_fpset_free() free.
 */
#ifndef HV_BITS_H
#define HV_BITS_H

#include <stddef.h>
#include <stdint.h>

/* Pages of 64 KiB, made when first touched: the set grows with the
 * numbers in it, without the copies and the slack of doubling. */
#define HV_BITS_PAGE	((size_t)1 << 19)	/* bits in a page */

struct hv_bits {
	uint64_t       **page;
	size_t		 npages;
};

/* Make page pg of b: 0, or -1 when out of memory. */
int	hv_bits_page(struct hv_bits *b, size_t pg);

/* Set bit i: 1 if it was clear, 0 if it was set, -1 when out of memory.
 * Inline: iplos-sum sets up to ten bits a row. */
static inline int
hv_bits_set(struct hv_bits *b, size_t i)
{
	size_t pg = i / HV_BITS_PAGE, bit = i % HV_BITS_PAGE;
	uint64_t mask = (uint64_t)1 << (bit % 64), *w;

	if ((pg >= b->npages || b->page[pg] == NULL) &&
	    hv_bits_page(b, pg) == -1)
		return -1;
	w = &b->page[pg][bit / 64];
	if (*w & mask)
		return 0;
	*w |= mask;
	return 1;
}

/* Is bit i set? */
int	hv_bits_get(const struct hv_bits *b, size_t i);

/* The word that holds bit i, NULL if its page is not made yet: for the
 * caller to prefetch (GCC drops the calls of a function that does
 * nothing but prefetch; see map.h). */
const uint64_t *hv_bits_word(const struct hv_bits *b, size_t i);

void	hv_bits_free(struct hv_bits *b);

/* Fingerprints, in open addressing (0 stands for empty, so a
 * fingerprint of 0 is kept as 1). */
struct hv_fpset {
	uint64_t	*slot;
	size_t		 cap, count;
};

/* Add h: 1 when it is new, 0 when it was there, -1 when out of memory. */
int	hv_fpset_add(struct hv_fpset *s, uint64_t h);
void	hv_fpset_free(struct hv_fpset *s);

#endif
