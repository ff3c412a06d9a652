/*
 * map.h: a hash map from byte strings to small integers (usually an index
 * into the caller's array).  The map copies its keys and frees them in
 * hv_map_free().
 */
#ifndef HV_MAP_H
#define HV_MAP_H

#include <stddef.h>

struct hv_map;

struct hv_map *hv_map_new(void);
void	hv_map_free(struct hv_map *m);

/* The value stored for key (len bytes), or -1 when absent. */
long	hv_map_get(const struct hv_map *m, const void *key, size_t len);

/* Store value for key unless the key is there.  Returns the value the key
 * now has (the old one if it was there), or -2 when out of memory. */
long	hv_map_put(struct hv_map *m, const void *key, size_t len, long value);

/* Number of keys. */
size_t	hv_map_count(const struct hv_map *m);

#endif
