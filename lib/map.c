/*
 * map.c: open addressing with linear probing over 16-byte slots that hold
 * the key's hash, its value and, for a key of up to 8 bytes, the key
 * itself: a look-up of a short id (a pseudonym, a code) touches one cache
 * line.  Longer keys live in an arena of 1 MiB chunks (no malloc per
 * key).  For 1.7 million person ids the table grows to 2^21 slots:
 * 32 MB.
 */
/* madvise(MADV_HUGEPAGE) is Linux's, outside POSIX */
#define _DEFAULT_SOURCE

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "map.h"
#include "mem.h"

#define CHUNK		(1u << 20)	/* arena chunk; a longer key gets its own */
#define INLINE_KEY	8		/* keys this short stay in the slot */
#define LONG_KEY	15		/* len field of a key in the arena */

struct slot {
	uint32_t	 hash;
	uint32_t	 used:1;
	uint32_t	 len:4;		/* 0-8 inline, LONG_KEY in the arena */
	uint32_t	 value:27;	/* 0 .. HV_MAP_MAX_VALUE */
	union {
		char		 bytes[INLINE_KEY];
		const char	*ptr;	/* a uint32_t length, then the key */
	} key;
};

_Static_assert(sizeof(struct slot) * HV_MAP_LINE_SLOTS == 64,
    "HV_MAP_LINE_SLOTS slots fill a cache line");

struct hv_map {
	struct slot	*slots;
	size_t		 cap;		/* a power of two */
	size_t		 count;
	char	       **chunks;	/* the arena */
	size_t		 nchunks, chunks_cap, used;	/* used: in the last */
};

/*
 * Eight bytes at a time, each word mixed in by a multiply, then
 * MurmurHash3's 64-bit finaliser, whose top and bottom bits both depend
 * on every byte: the low bits pick the slot, the top ones a thread's part
 * (iplos.c).  FNV-1a, a byte at a time, took twice as long in
 * iplos-sum's profile.
 */
uint32_t
hv_map_hash(const void *key, size_t len)
{
	const unsigned char *p = key;
	uint64_t h = 0x9E3779B97F4A7C15u ^ len, w;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDu;
		h ^= h >> 29;
	}
	/* the rest: the last eight bytes again, if there are eight */
	if (i < len && len >= 8) {
		memcpy(&w, p + len - 8, 8);
	} else {
		for (w = 0; i < len; i++)
			w |= (uint64_t)p[i] << (8 * (i % 8));
	}
	h = (h ^ w) * 0xFF51AFD7ED558CCDu;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53u;
	h ^= h >> 33;
	return (uint32_t)(h ^ h >> 32);
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
	free(m);
}

static int
same_key(const struct slot *s, const void *key, size_t len)
{
	const unsigned char *k = key;
	uint32_t n;
	size_t i;

	/* a short key by hand: memcmp's call costs more than the bytes */
	if (s->len != LONG_KEY) {
		if (s->len != len)
			return 0;
		for (i = 0; i < len; i++)
			if ((unsigned char)s->key.bytes[i] != k[i])
				return 0;
		return 1;
	}
	memcpy(&n, s->key.ptr, sizeof(n));
	return n == len && memcmp(s->key.ptr + sizeof(n), key, len) == 0;
}

/* The slot for key: the one holding it, or the empty one it would go in. */
static struct slot *
find(const struct hv_map *m, const void *key, size_t len, uint32_t h)
{
	size_t i = h & (m->cap - 1);
	struct slot *s;

	for (;;) {
		s = &m->slots[i];
		if (!s->used || (s->hash == h && same_key(s, key, len)))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

/*
 * Zeroed slots.  A large table is asked to sit on huge pages where the
 * kernel offers them: a look-up lands anywhere in it, and with 4 KiB
 * pages nearly every one would also miss the TLB.
 */
static struct slot *
new_slots(size_t n)
{
	size_t bytes = n * sizeof(struct slot), huge = 2u << 20;
	void *p;

	if (bytes < huge)
		return calloc(n, sizeof(struct slot));
	if (posix_memalign(&p, huge, bytes) != 0)
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE);
#endif
	memset(p, 0, bytes);
	return p;
}

static int
rehash(struct hv_map *m)
{
	struct slot *old = m->slots;
	size_t i, ncap = m->cap * 2, j;

	if ((m->slots = new_slots(ncap)) == NULL) {
		m->slots = old;
		return -1;
	}
	for (i = 0; i < m->cap; i++) {
		if (!old[i].used)
			continue;
		for (j = old[i].hash & (ncap - 1); m->slots[j].used;
		    j = (j + 1) & (ncap - 1))
			;
		m->slots[j] = old[i];
	}
	m->cap = ncap;
	free(old);
	return 0;
}

/* A copy of the key, after its length, in the arena. */
static const char *
keep(struct hv_map *m, const void *key, size_t len)
{
	size_t need = len + sizeof(uint32_t), size = need > CHUNK ? need : CHUNK;
	uint32_t n = (uint32_t)len;
	char *p;

	if (m->nchunks == 0 || m->used + need > CHUNK || need > CHUNK) {
		if (hv_grow(&m->chunks, &m->chunks_cap, m->nchunks + 1,
		    sizeof(*m->chunks)) == -1 || (p = malloc(size)) == NULL)
			return NULL;
		m->chunks[m->nchunks++] = p;
		m->used = 0;
	}
	p = m->chunks[m->nchunks - 1] + m->used;
	memcpy(p, &n, sizeof(n));
	memcpy(p + sizeof(n), key, len);
	m->used += need;
	return p;
}

long
hv_map_get(const struct hv_map *m, const void *key, size_t len)
{
	struct slot *s = find(m, key, len, hv_map_hash(key, len));

	return s->used ? (long)s->value : -1;
}

const void *
hv_map_slot(const struct hv_map *m, uint32_t h)
{
	return &m->slots[h & (m->cap - 1)];
}

long
hv_map_put(struct hv_map *m, const void *key, size_t len, long value)
{
	return hv_map_put_hashed(m, key, len, hv_map_hash(key, len), value);
}

long
hv_map_put_hashed(struct hv_map *m, const void *key, size_t len, uint32_t h,
    long value)
{
	struct slot *s = find(m, key, len, h);
	const char *k;

	if (s->used)
		return (long)s->value;
	if (value < 0 || value > HV_MAP_MAX_VALUE || len > UINT32_MAX)
		return -2;
	/* at most 7/8 full: on the 1.67 million persons of iplos-sum's
	 * benchmark the tables stay at half the size they have at 3/4
	 * (peak 85 MB instead of 132-148 MB), for 4 % more processor time
	 * in longer probe runs and no more wall time (measured) */
	if ((m->count + 1) * 8 > m->cap * 7) {
		if (rehash(m) == -1)
			return -2;
		s = find(m, key, len, h);
	}
	if (len <= INLINE_KEY) {
		memcpy(s->key.bytes, key, len);
		s->len = (uint32_t)len;
	} else {
		if ((k = keep(m, key, len)) == NULL)
			return -2;
		s->key.ptr = k;
		s->len = LONG_KEY;
	}
	s->hash = h;
	s->value = (uint32_t)value;
	s->used = 1;
	m->count++;
	return value;
}

size_t
hv_map_count(const struct hv_map *m)
{
	return m != NULL ? m->count : 0;
}

long
hv_map_key(char **buf, size_t *cap, const char *const *parts, size_t n)
{
	size_t i, len = 0, k;

	for (i = 0; i < n; i++)
		len += (parts[i] != NULL ? strlen(parts[i]) : 0) + 1;
	if (hv_grow(buf, cap, len + 1, 1) == -1)
		return -1;
	for (i = 0, len = 0; i < n; i++) {
		if (i > 0)
			(*buf)[len++] = '\x1f';
		k = parts[i] != NULL ? strlen(parts[i]) : 0;
		memcpy(*buf + len, parts[i] != NULL ? parts[i] : "", k);
		len += k;
	}
	(*buf)[len] = '\0';
	return (long)len;
}
