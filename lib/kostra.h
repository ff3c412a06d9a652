/*
 * kostra.h: one municipality against its peers and a reference (its KOSTRA
 * group, the county, the country) on a KOSTRA figure, from SSB's own
 * formats: JSON-stat (PxWeb API), a Statistikkbanken CSV download (long or
 * wide, title line, Latin-1, "5037 Levanger" cells), or the toolkit's
 * tidy CSV.  All give the same result for the same data.
 *
 * Use: hv_kostra_new(), hv_kostra_add() per input, then
 * hv_kostra_table(); hv_kostra_free().  Notes and warnings (flagged
 * values, years borrowed for the population) are report lines.
 */
#ifndef HV_KOSTRA_H
#define HV_KOSTRA_H

#include <stddef.h>

#include "error.h"
#include "reader.h"
#include "table.h"

/* --combine: a merge's successor in the years before the merge. */
enum hv_combine {
	HV_COMBINE_NONE,	/* none: its series starts at the merge */
	HV_COMBINE_SUM,		/* the sum of its predecessors (counts) */
	HV_COMBINE_POPULATION	/* their mean weighted by --population */
};

/* The names of --combine's methods. */
extern const struct hv_name hv_combines[];

struct hv_kostra_opts {
	const char	*focus;		/* --focus UNIT */
	const char	*ref;		/* --ref UNIT */
	const char	*units;		/* --units LIST, or NULL: all */
	const char	*variable;	/* --variable, when several */
	const char	*from, *to;	/* periods, or NULL */
	const char	*select;	/* DIM=VALUE,...: a category of each
					   other dimension (--select) */
	const char	*population;	/* file */
	const char	*need;		/* file */
	const char	*codes;		/* file of code changes; NULL: built
					   in */
	const char	*group_members;	/* file: municipality -> KOSTRA
					   group; the focus's group's
					   members are the peers */
	enum hv_combine	 combine;	/* a merge's successor before it */
	int		 source_only;	/* only hv_kostra_source() will be
					   asked: no --focus needed */
	struct hv_reader_opts in;	/* how CSV inputs are read */
};

struct hv_kostra;

void	hv_kostra_opts_init(struct hv_kostra_opts *o);

/* NULL with the reason in *e: an option that cannot be used or a file
 * that cannot be read (its kind says which). */
struct hv_kostra *hv_kostra_new(const struct hv_kostra_opts *o,
	    struct hv_err *e);

/* Read the figures in path (JSON-stat or CSV, found by itself). */
int	hv_kostra_add(struct hv_kostra *k, const char *path, struct hv_err *e);

/* Any one file as read: a JSON-stat dataset cell by cell (every
 * dimension's code and label, value, status), a CSV as KOSTRA figures
 * with every other dimension's column; the cells or rows select (NULL:
 * all) picks.  NULL with the reason in *e. */
struct hv_table *hv_kostra_dump_file(const char *path,
	    const struct hv_reader_opts *in, const char *select,
	    struct hv_err *e);

/* The comparison, its flags in lang.  NULL with the reason in *e (an
 * unknown unit, several variables and none chosen, ...). */
struct hv_table *hv_kostra_table(struct hv_kostra *k, enum hv_lang lang,
	    struct hv_err *e);

/* Notes and warnings of the last hv_kostra_table(): flagged values, years
 * borrowed for the population. */
const struct hv_notes *hv_kostra_report(const struct hv_kostra *k);

/* The built-in region code changes (old, new, from), to print. */
struct hv_table *hv_kostra_codes_table(void);

/* Where the figures come from, for a table's source line, when the
 * files say ("SSB tabell 12362, oppdatert 2025-06-15" in lang), into
 * buf; NULL when they do not (files without SSB's table id). */
const char *hv_kostra_source(const struct hv_kostra *k, enum hv_lang lang,
	    char *buf, size_t sz);

void	hv_kostra_free(struct hv_kostra *k);

#endif
