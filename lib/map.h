/*
 * map.h: a hash map from byte strings to small integers (usually an index
 * into the caller's array), from 0 to HV_MAP_MAX_VALUE.  The map copies
 * its keys and frees them in hv_map_free().
 */
#ifndef HV_MAP_H
#define HV_MAP_H

#include <stddef.h>
#include <stdint.h>

#define HV_MAP_MAX_VALUE	((1L << 27) - 1)	/* 134 million */

struct hv_map;

struct hv_map *hv_map_new(void);
void	hv_map_free(struct hv_map *m);

/* The value stored for key (len bytes), or -1 when absent. */
long	hv_map_get(const struct hv_map *m, const void *key, size_t len);

/* Store value (0 .. HV_MAP_MAX_VALUE) for key unless the key is there.
 * Returns the value the key now has (the old one if it was there), or -2
 * when out of memory or the value is out of range. */
long	hv_map_put(struct hv_map *m, const void *key, size_t len, long value);

/* For look-ups in batches: the hash of a key, where the look-up of a hash
 * starts (to prefetch), and hv_map_put with the hash already made.  A
 * caller that prefetches the slots of a batch of keys before putting them
 * lets their cache misses overlap.  (The caller prefetches: GCC takes a
 * function that only prefetches for one without effects, and drops its
 * calls.) */
uint32_t hv_map_hash(const void *key, size_t len);
const void *hv_map_slot(const struct hv_map *m, uint32_t hash);

/* Slots in a 64-byte cache line: hv_map_slot(m, hash + HV_MAP_LINE_SLOTS)
 * is where a probe from hash goes on in the next line. */
#define HV_MAP_LINE_SLOTS	4
long	hv_map_put_hashed(struct hv_map *m, const void *key, size_t len,
	    uint32_t hash, long value);

/* A key of n text parts: the parts joined by the unit separator 0x1F
 * (which text does not hold), so that ("a b", "c") and ("a", "b c") are
 * two keys; a NULL part is empty.  NUL-terminated.  Into *buf, grown as needed
 * (capacity *cap); returns the key's length, or -1 when out of memory. */
long	hv_map_key(char **buf, size_t *cap, const char *const *parts,
	    size_t n);

/* Number of keys (a NULL map, one never made, has none). */
size_t	hv_map_count(const struct hv_map *m);

#endif
