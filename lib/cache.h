/*
 * cache.h: answers of a web API kept on disk, keyed by the request's
 * URL, for ssb-get.  An entry is one file named by a 128-bit hash of the
 * URL: a first line of JSON ({"url": ..., "fetched": ..., "updated":
 * ...}) and then the answer's bytes.  Entries are written whole (a
 * temporary file renamed) and only after the caller has checked the
 * answer; an entry whose first line does not parse or names another URL
 * is not one (hv_cache_get says so, and removes it).
 *
 * Ownership: hv_cache_open() returns a cache the caller frees with
 * hv_cache_close(); an entry's strings belong to the caller
 * (hv_cache_entry_free()).
 */
#ifndef HV_CACHE_H
#define HV_CACHE_H

#include <stddef.h>
#include <time.h>

#include "error.h"

struct hv_cache;

struct hv_cache_entry {
	char	*body;
	size_t	 len;
	time_t	 fetched;	/* when the answer came */
	char	 updated[40];	/* the table's "updated" then, or "" */
};

/* The cache in dir, or (dir NULL) ${XDG_CACHE_HOME:-$HOME/.cache}/
 * hvstat/ssb, made (mode 0700) if need be.  NULL with the reason in *e
 * (HV_ERR_IO) when it cannot be made. */
struct hv_cache *hv_cache_open(const char *dir, struct hv_err *e);
void	hv_cache_close(struct hv_cache *c);

/* The cache's folder, and a file in it for other state (the times of
 * the last requests). */
const char *hv_cache_dir(const struct hv_cache *c);
const char *hv_cache_path(const struct hv_cache *c, const char *name);

/* The entry for url into *out: 1 found, 0 none (or a damaged one, now
 * removed), -1 out of memory. */
int	hv_cache_get(struct hv_cache *c, const char *url,
	    struct hv_cache_entry *out, struct hv_err *e);

/* Keep body as the answer to url, fetched at fetched, for a table last
 * updated at updated (may be ""). */
int	hv_cache_put(struct hv_cache *c, const char *url, const char *body,
	    size_t len, time_t fetched, const char *updated, struct hv_err *e);

/* Remove the entry for url, if there is one. */
void	hv_cache_drop(struct hv_cache *c, const char *url);

void	hv_cache_entry_free(struct hv_cache_entry *en);

/* A time as ISO 8601 UTC ("2026-12-02T07:00:00Z") into buf. */
const char *hv_cache_iso(time_t t, char *buf, size_t sz);

#endif
