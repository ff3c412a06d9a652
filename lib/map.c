/* map.c: open addressing with linear probing; FNV-1a hashes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"

struct slot {
	char		*key;		/* NULL: empty */
	size_t		 len;
	uint64_t	 hash;
	long		 value;
};

struct hv_map {
	struct slot	*slots;
	size_t		 cap;		/* a power of two */
	size_t		 count;
};

static uint64_t
fnv1a(const void *key, size_t len)
{
	const unsigned char *p = key;
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
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
	m->slots = calloc(m->cap, sizeof(*m->slots));
	if (m->slots == NULL) {
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
	for (i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	free(m);
}

static struct slot *
find(const struct hv_map *m, const void *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);
	struct slot *s;

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static int
rehash(struct hv_map *m)
{
	struct slot *old = m->slots, *s;
	size_t oldcap = m->cap, i;

	m->slots = calloc(oldcap * 2, sizeof(*m->slots));
	if (m->slots == NULL) {
		m->slots = old;
		return -1;
	}
	m->cap = oldcap * 2;
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = find(m, old[i].key, old[i].len, old[i].hash);
		*s = old[i];
	}
	free(old);
	return 0;
}

long
hv_map_get(const struct hv_map *m, const void *key, size_t len)
{
	struct slot *s = find(m, key, len, fnv1a(key, len));

	return s->key == NULL ? -1 : s->value;
}

long
hv_map_put(struct hv_map *m, const void *key, size_t len, long value)
{
	uint64_t h = fnv1a(key, len);
	struct slot *s = find(m, key, len, h);

	if (s->key != NULL)
		return s->value;
	if ((m->count + 1) * 4 > m->cap * 3) {
		if (rehash(m) == -1)
			return -2;
		s = find(m, key, len, h);
	}
	/* one byte more so that empty keys get a non-NULL pointer */
	if ((s->key = malloc(len + 1)) == NULL)
		return -2;
	memcpy(s->key, key, len);
	s->key[len] = '\0';
	s->len = len;
	s->hash = h;
	s->value = value;
	m->count++;
	return value;
}

size_t
hv_map_count(const struct hv_map *m)
{
	return m->count;
}
