/*
 * jsonstat.h: a JSON-stat dataset (2.0, or 1.x inside {"dataset": ...})
 * as SSB's PxWeb API returns it, read with cJSON into dimensions and
 * cells.  Accepts what the format allows and SSB does: any key order,
 * category index as an object, an array or absent (one category), value
 * as an array or a sparse object (cells not given are missing), status as
 * a string, an array of one or of every cell, or an object.
 *
 * Ownership: hv_jsonstat_load() returns a dataset the caller frees with
 * hv_jsonstat_free(); every string belongs to it.
 */
#ifndef HV_JSONSTAT_H
#define HV_JSONSTAT_H

#include <stddef.h>

#include "error.h"
#include "input.h"
#include "table.h"

enum hv_jsrole {
	HV_JS_ROLE_NONE,
	HV_JS_ROLE_TIME,
	HV_JS_ROLE_GEO,
	HV_JS_ROLE_METRIC
};

struct hv_jsdim {
	char		 *id;
	char		 *label;
	enum hv_jsrole	  role;
	size_t		  size;
	char		**code;		/* in index order */
	char		**catlabel;	/* the label, or the code */
};

struct hv_jsonstat {
	char		 *label;
	char		 *updated;	/* "updated", or "" */
	char		 *table_id;	/* SSB's extension.px.tableid, or "" */
	size_t		  ndims;
	struct hv_jsdim	 *dim;
	size_t		  ncells;	/* the product of the sizes */
	double		 *value;
	unsigned char	 *has_value;
	char		**text;		/* a value given as a string, or NULL */
	char		**status;	/* per cell, or NULL */
	char		**note;		/* the table's notes (JSON-stat's
					   "note"; PX's NOTE, NOTEX, VALUENOTE) */
	unsigned char	 *note_shown;	/* note[i] is to be shown with the
					   figures (SSB's noteMandatory, PX's
					   NOTEX) */
	size_t		  nnote;
};

/* Read the JSON-stat file at path ("-": standard input).  NULL with the
 * reason in *e: malformed JSON (with line and byte), or a dataset whose
 * parts do not fit together. */
struct hv_jsonstat *hv_jsonstat_load(const char *path, struct hv_err *e);

/* As hv_jsonstat_load, the rest of an input (in keeps its stream). */
struct hv_jsonstat *hv_jsonstat_read(struct hv_input *in, struct hv_err *e);

/* As hv_jsonstat_load, the len bytes at buf (an answer from the web);
 * file names them in messages. */
struct hv_jsonstat *hv_jsonstat_parse(const char *buf, size_t len,
	    const char *file, struct hv_err *e);

/* The position of each dimension of cell i, row-major (the last
 * dimension varies fastest), into pos[ndims]. */
void	hv_jsonstat_pos(const struct hv_jsonstat *js, size_t i, size_t *pos);

/* Every cell as a tidy table: per dimension its code and its label (as
 * "<id>" and "<id>_label"), then value and status; only the cells whose
 * position is pick[d] in each dimension d where pick[d] >= 0 (pick NULL:
 * all).  NULL when out of memory. */
struct hv_table *hv_jsonstat_table(const struct hv_jsonstat *js,
	    const long *pick);

/* As hv_jsonstat_table, with nextra more columns after status, named by
 * names, holding values[] in every row (where the data came from). */
struct hv_table *hv_jsonstat_table_extra(const struct hv_jsonstat *js,
	    const long *pick, const char *const *names,
	    const char *const *values, size_t nextra);

void	hv_jsonstat_free(struct hv_jsonstat *js);

#endif
