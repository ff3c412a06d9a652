/* bits.c: a paged bitset and a set of fingerprints. */
#include <stdlib.h>
#include <string.h>

#include "bits.h"
#include "mem.h"

int
hv_bits_page(struct hv_bits *b, size_t pg)
{
	size_t n = b->npages;

	if (pg >= b->npages) {
		if (hv_grow(&b->page, &n, pg + 1, sizeof(*b->page)) == -1)
			return -1;
		memset(b->page + b->npages, 0, (n - b->npages) *
		    sizeof(*b->page));
		b->npages = n;
	}
	if (b->page[pg] == NULL && (b->page[pg] = calloc(HV_BITS_PAGE / 64,
	    sizeof(uint64_t))) == NULL)
		return -1;
	return 0;
}

int
hv_bits_get(const struct hv_bits *b, size_t i)
{
	const uint64_t *w = hv_bits_word(b, i);

	return w != NULL && (*w >> (i % 64) & 1);
}

const uint64_t *
hv_bits_word(const struct hv_bits *b, size_t i)
{
	size_t pg = i / HV_BITS_PAGE;

	if (pg >= b->npages || b->page[pg] == NULL)
		return NULL;
	return &b->page[pg][i % HV_BITS_PAGE / 64];
}

void
hv_bits_free(struct hv_bits *b)
{
	size_t i;

	for (i = 0; i < b->npages; i++)
		free(b->page[i]);
	free(b->page);
	b->page = NULL;
	b->npages = 0;
}

/* Put h in slots (cap a power of two) that are not full. */
static void
fp_put(uint64_t *slot, size_t cap, uint64_t h)
{
	size_t i;

	for (i = h & (cap - 1); slot[i] != 0; i = (i + 1) & (cap - 1))
		;
	slot[i] = h;
}

int
hv_fpset_add(struct hv_fpset *s, uint64_t h)
{
	uint64_t *slot;
	size_t i, cap;

	if (h == 0)
		h = 1;
	/* at most 3/4 full, so that a probe ends soon */
	if ((s->count + 1) * 4 > s->cap * 3) {
		cap = s->cap > 0 ? s->cap * 2 : 1024;
		if (cap < s->cap || (slot = calloc(cap, sizeof(*slot))) == NULL)
			return -1;
		for (i = 0; i < s->cap; i++)
			if (s->slot[i] != 0)
				fp_put(slot, cap, s->slot[i]);
		free(s->slot);
		s->slot = slot;
		s->cap = cap;
	}
	for (i = h & (s->cap - 1); s->slot[i] != 0; i = (i + 1) & (s->cap - 1))
		if (s->slot[i] == h)
			return 0;
	s->slot[i] = h;
	s->count++;
	return 1;
}

void
hv_fpset_free(struct hv_fpset *s)
{
	free(s->slot);
	s->slot = NULL;
	s->cap = s->count = 0;
}
