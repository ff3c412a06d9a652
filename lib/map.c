/*
 * map.c: open addressing with linear probing over 4-byte slots that hold
 * entry numbers; keys live in an arena of 1 MiB chunks (no malloc per
 * key), so a map of 1.7 million person ids costs about 40 MB.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"

#define CHUNK	(1u << 20)	/* arena chunk; a longer key gets its own */

struct entry {
	uint32_t	 hash;
	uint32_t	 len;
	const char	*key;
};

struct hv_map {
	uint32_t	*slots;		/* 0: empty, else entry number + 1 */
	size_t		 cap;		/* a power of two */
	struct entry	*entries;
	long		*values;
	size_t		 count, entries_cap;
	char	       **chunks;	/* the arena */
	size_t		 nchunks, chunks_cap, used;	/* used: in the last */
};

static uint32_t
fnv1a(const void *key, size_t len)
{
	const unsigned char *p = key;
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 16777619u;
	}
	return h;
}

struct hv_map *
hv_map_new(void)
{
	struct hv_map *m = calloc(1, sizeof(*m));

	if (m == NULL)
		return NULL;
	m->cap = 64;
	if ((m->slots = calloc(m->cap, sizeof(*m->slots))) == NULL) {
		free(m);
		return NULL;
	}
	return m;
}

void
hv_map_free(struct hv_map *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nchunks; i++)
		free(m->chunks[i]);
	free(m->chunks);
	free(m->slots);
	free(m->entries);
	free(m->values);
	free(m);
}

/* The slot for key: the one holding it, or the empty one it would go in. */
static uint32_t *
find(const struct hv_map *m, const void *key, size_t len, uint32_t h)
{
	size_t i = h & (m->cap - 1);
	const struct entry *en;
	uint32_t *s;

	for (;;) {
		s = &m->slots[i];
		if (*s == 0)
			return s;
		en = &m->entries[*s - 1];
		if (en->hash == h && en->len == len &&
		    memcmp(en->key, key, len) == 0)
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static int
rehash(struct hv_map *m)
{
	uint32_t *old = m->slots;
	size_t i, ncap = m->cap * 2, j;

	if ((m->slots = calloc(ncap, sizeof(*m->slots))) == NULL) {
		m->slots = old;
		return -1;
	}
	m->cap = ncap;
	for (i = 0; i < m->count; i++) {
		j = m->entries[i].hash & (ncap - 1);
		while (m->slots[j] != 0)
			j = (j + 1) & (ncap - 1);
		m->slots[j] = (uint32_t)(i + 1);
	}
	free(old);
	return 0;
}

/* A copy of the key in the arena. */
static const char *
keep(struct hv_map *m, const void *key, size_t len)
{
	size_t size = len + 1 > CHUNK ? len + 1 : CHUNK;
	char **c, *p;

	if (m->nchunks == 0 || m->used + len + 1 > CHUNK ||
	    len + 1 > CHUNK) {
		if (m->nchunks == m->chunks_cap) {
			size_t ncap = m->chunks_cap > 0 ? m->chunks_cap * 2 : 8;

			if ((c = realloc(m->chunks, ncap * sizeof(*c))) == NULL)
				return NULL;
			m->chunks = c;
			m->chunks_cap = ncap;
		}
		if ((p = malloc(size)) == NULL)
			return NULL;
		m->chunks[m->nchunks++] = p;
		m->used = 0;
	}
	p = m->chunks[m->nchunks - 1] + m->used;
	memcpy(p, key, len);
	p[len] = '\0';
	m->used += len + 1;
	return p;
}

long
hv_map_get(const struct hv_map *m, const void *key, size_t len)
{
	uint32_t *s = find(m, key, len, fnv1a(key, len));

	return *s == 0 ? -1 : m->values[*s - 1];
}

long
hv_map_put(struct hv_map *m, const void *key, size_t len, long value)
{
	uint32_t h = fnv1a(key, len), *s = find(m, key, len, h);
	struct entry *en;
	const char *k;
	long *v;

	if (*s != 0)
		return m->values[*s - 1];
	if (m->count + 1 >= UINT32_MAX)
		return -2;
	if (m->count == m->entries_cap) {
		size_t ncap = m->entries_cap > 0 ? m->entries_cap * 2 : 64;

		if ((en = realloc(m->entries, ncap * sizeof(*en))) == NULL)
			return -2;
		m->entries = en;
		if ((v = realloc(m->values, ncap * sizeof(*v))) == NULL)
			return -2;
		m->values = v;
		m->entries_cap = ncap;
	}
	if ((k = keep(m, key, len)) == NULL)
		return -2;
	en = &m->entries[m->count];
	en->hash = h;
	en->len = (uint32_t)len;
	en->key = k;
	m->values[m->count] = value;
	*s = (uint32_t)++m->count;
	if (m->count * 4 > m->cap * 3 && rehash(m) == -1)
		return -2;
	return value;
}

size_t
hv_map_count(const struct hv_map *m)
{
	return m->count;
}
