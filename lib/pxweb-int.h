/*
 * pxweb-int.h: what the parts of the PxWebApi client share (pxweb.c: the
 * requests and the cache; pxweb-query.c: metadata, selections, URLs,
 * splitting; pxweb-merge.c: parts into one dataset).  Not for cmd/; the
 * unit tests use it.
 */
#ifndef HV_PXWEB_INT_H
#define HV_PXWEB_INT_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "error.h"
#include "jsonstat.h"
#include "pxweb.h"

#define HV_PX_MAX_PARTS	2000	/* requests one query may take */

/* A variable of a table, from its metadata. */
struct hv_px_var {
	char		 *code;
	char		 *label;
	int		  elimination;	/* may be left out */
	enum hv_jsrole	  role;
	size_t		  n;
	char		**vcode;	/* the values, in the table's order */
	char		**vlabel;
	char		 *codelists;	/* "agg_KommSummer, vs_Fylker", or "" */
};

struct hv_px_meta {
	char		 *table;	/* extension.px.tableid, or the id */
	char		 *title;	/* label */
	char		 *updated;
	size_t		  nvars;
	struct hv_px_var *var;
};

/* The metadata answer (a JSON-stat 2 dataset without values). */
struct hv_px_meta *hv_px_meta_parse(const char *buf, size_t len,
	    const char *name, struct hv_err *e);
void	hv_px_meta_free(struct hv_px_meta *m);

/* The variable named by code or label (ASCII case-insensitive), or -1;
 * when none, the usage error lists the variables, close ones first. */
long	hv_px_find_var(const struct hv_px_meta *m, const char *name,
	    struct hv_err *e);

/* The selection of one variable, resolved against the metadata. */
struct hv_px_pick {
	int		 given;		/* named in the query */
	const char	*expr;		/* its selection as given */
	const char	*codelist;	/* --codelist, or NULL */
	size_t		*idx;		/* positions of the values chosen, in
					   the order the server lists them */
	size_t		 n;
};

/* The query's selections per variable of m into *picks (m->nvars):
 * unknown variables and values, expressions that choose nothing and
 * variables that may not be left out are usage errors naming the valid
 * ones. */
int	hv_px_resolve(const struct hv_px_meta *m, const struct hv_px_query *q,
	    struct hv_px_pick **picks, struct hv_err *e);
void	hv_px_picks_free(struct hv_px_pick *p, size_t n);

/* The cells the selection holds (a variable left out counts once). */
double	hv_px_cells(const struct hv_px_meta *m, const struct hv_px_pick *p,
	    const size_t *lo, const size_t *hi);

/* One request of a split query: per variable the values lo..hi-1 of its
 * pick; listed[v]: as codes (a part), else as given. */
struct hv_px_part {
	size_t		*lo, *hi;
	unsigned char	*listed;
};

struct hv_px_plan {
	struct hv_px_part *part;
	size_t		   n;
	size_t		   nvars;
};

/* The data URL of a part (NULL: the whole query as given) into *buf. */
int	hv_px_data_url(char **buf, size_t *cap, const char *api,
	    const char *table, const char *lang, const struct hv_px_meta *m,
	    const struct hv_px_pick *p, const struct hv_px_part *part);

/* The metadata URL (with the query's codelists). */
int	hv_px_meta_url(char **buf, size_t *cap, const char *api,
	    const char *table, const char *lang, const struct hv_px_query *q);

/* Split the query into requests of at most max_cells cells and max_url
 * bytes of URL each; one part when it needs no split. */
int	hv_px_split(const char *api, const char *table, const char *lang,
	    const struct hv_px_meta *m, const struct hv_px_pick *p,
	    double max_cells, size_t max_url, struct hv_px_plan *plan,
	    struct hv_err *e);
void	hv_px_plan_free(struct hv_px_plan *plan);

/* The answers to a plan's parts (n of them, each checked as JSON-stat)
 * as one dataset, in the order the whole query lists its values.  NULL
 * with the reason when they do not fit together. */
cJSON	*hv_px_merge(cJSON *const *parts, const struct hv_jsonstat *const *js,
	    size_t n, struct hv_err *e);

/* Append s to *buf percent-encoded for a query string (keeping what
 * v2's selections use: , ( ) *). */
int	hv_px_url_put(char **buf, size_t *len, size_t *cap, const char *s,
	    int encode);

#endif
