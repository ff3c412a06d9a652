/*
 * pxweb.h: a client of PxWebApi v2 (SSB's statistics bank, and every
 * agency that runs the same API) for ssb-get.
 *
 * A query names a table and, per variable, a selection: value codes or
 * v2's selection expressions (*, 03*, ?, top(n), bottom(n), from(c),
 * to(c), range(a,b)).  Before any data is asked for, the table's metadata
 * is read and the selection resolved against it, so that a query the
 * server would refuse is refused here with the valid names, and so that
 * the number of cells is known: a query over the server's maxDataCells
 * (from /config) or over a safe URL length is split along the variable
 * with most selected values, the parts fetched in order and merged into
 * the one dataset the whole query would have given.  Answers are cached
 * (cache.h) and reused while the table's "updated" is the same.
 *
 * Ownership: hv_px_new() returns a client the caller frees with
 * hv_px_free(); what the functions return belongs to the caller.
 */
#ifndef HV_PXWEB_H
#define HV_PXWEB_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "error.h"
#include "http.h"
#include "table.h"

#define HV_PX_API	"https://data.ssb.no/api/pxwebapi/v2"
#define HV_PX_MAX_URL	2000	/* bytes: SSB answers 404 beyond ~2 100 */

enum hv_px_cache_mode {
	HV_PX_CACHE_USE,	/* reuse while the table's updated holds */
	HV_PX_CACHE_OFFLINE,	/* the cache only, no request */
	HV_PX_CACHE_REFRESH,	/* fetch everything again */
	HV_PX_CACHE_NONE	/* no cache at all */
};

struct hv_px_opts {
	const char		*api;		/* NULL: SSB_API or HV_PX_API */
	const char		*lang;		/* "no" or "en" */
	const char		*cache_dir;	/* NULL: the default */
	enum hv_px_cache_mode	 cache;
	long			 max_age;	/* seconds an entry is used
						   without asking; -1: ask */
	struct hv_http_opts	 http;
	const char		*tool;		/* "ssb-get 0.1.0" */
	double			 max_cells;	/* cells a request, when fewer
						   than the server's; 0 */
};

void	hv_px_opts_init(struct hv_px_opts *o);

/* VAR=CODES as given on the command line. */
struct hv_px_sel {
	const char	*var;		/* code or label */
	const char	*codes;		/* list or expressions */
};

struct hv_px_query {
	const char		*table;
	const struct hv_px_sel	*sel;		/* valueCodes */
	size_t			 nsel;
	const struct hv_px_sel	*codelist;	/* VAR=ID */
	size_t			 ncodelist;
};

struct hv_px;

struct hv_px *hv_px_new(const struct hv_px_opts *o, struct hv_err *e);
void	hv_px_free(struct hv_px *px);

/* The query's data as one JSON-stat 2 dataset, its provenance in
 * extension.hvstat (request URLs, when fetched, the table's updated).
 * NULL with the reason in *e. */
cJSON	*hv_px_data(struct hv_px *px, const struct hv_px_query *q,
	    struct hv_err *e);

/* ds as JSON on one line, atomically to path (NULL or "-": standard
 * output). */
int	hv_px_emit(const cJSON *ds, const char *path, struct hv_err *e);

/* ds as the toolkit's tidy table: per dimension its code and label
 * ("<id>", "<id>_label"), value, status, then where it came from
 * (table_id, table_updated: the same in every row). */
struct hv_table *hv_px_tidy(const cJSON *ds, struct hv_err *e);

/* The table's variables (variable, label, values, may_be_left_out,
 * role, codelists), its title and last update in *title and *updated
 * (the caller frees them). */
struct hv_table *hv_px_info(struct hv_px *px, const char *table,
	    const struct hv_px_query *q, char **title, char **updated,
	    struct hv_err *e);

/* One variable's values (code, label). */
struct hv_table *hv_px_values(struct hv_px *px, const char *table,
	    const char *var, const struct hv_px_query *q, struct hv_err *e);

/* The tables whose text matches (id, title, first, last, updated). */
struct hv_table *hv_px_search(struct hv_px *px, const char *text,
	    struct hv_err *e);

/* GET url (any JSON API: KLASS) through the same limits and cache;
 * *body is the caller's.  0, or -1 with the reason. */
int	hv_px_get_json(struct hv_px *px, const char *url, char **body,
	    size_t *len, struct hv_err *e);

/* The requests sent and answers taken from the cache so far. */
void	hv_px_counts(const struct hv_px *px, unsigned long *requests,
	    unsigned long *cached);

#endif
