/*
 * region.h: Norwegian region codes across reforms, and their names as
 * SSB writes them.  Which code a municipality or a county had in which
 * year, what became of it (renumbered, merged, split, renamed), and the
 * names: "Levanger - Levangke" (a Sami parallel name), "Herøy
 * (Nordland)" (a county to tell two apart), "Levanger (-2017)" (a
 * validity suffix).
 *
 * The built-in tables (region-data.c, made by scripts/region-table from
 * SSB's classification KLASS) hold every change 1972-2026 and the years
 * each code was valid; a set of changes can also be read from a file
 * (kostra-compare --codes: docs/formats.md).
 *
 * Ownership: hv_regions_new() returns a set the caller frees with
 * hv_regions_free(); strings it hands out belong to it.
 */
#ifndef HV_REGION_H
#define HV_REGION_H

#include <stddef.h>

#include "error.h"
#include "names.h"

enum hv_change_kind {
	HV_CHANGE_RENUMBER,	/* one code to one other: the same unit */
	HV_CHANGE_MERGE,	/* several codes into one */
	HV_CHANGE_SPLIT,	/* one code into several */
	HV_CHANGE_NAME		/* the same code, a new name */
};

struct hv_region_change {
	const char	*old, *new;	/* codes */
	int		 year;		/* in force from 1 January */
	enum hv_change_kind kind;
	const char	*old_name, *new_name;
};

struct hv_region_period {
	const char	*code, *name;
	int		 from, to;	/* years valid, both included; to
					   9999: valid still */
};

/* Is code one the built-in tables know, in any year (0301, 50, but not
 * 1000)?  For groups and the country: is it of their form (EKG09)? */
int	hv_region_known(const char *code);

/* The built-in tables. */
extern const struct hv_region_change hv_region_changes[];
extern const size_t hv_region_nchanges;
extern const struct hv_region_period hv_region_periods[];
extern const size_t hv_region_nperiods;

/* The kinds of unit SSB's region codes name. */
enum hv_unit_kind {
	HV_UNIT_OTHER,		/* a code the toolkit does not know */
	HV_UNIT_MUNICIPALITY,	/* four digits: 5037 */
	HV_UNIT_COUNTY,		/* two digits: 50 */
	HV_UNIT_GROUP,		/* a KOSTRA group: EKG09 */
	HV_UNIT_COUNTY_SUM,	/* the municipalities of a county: EKA50 */
	HV_UNIT_COUNTRY		/* the country: EAK, EAKUO (without Oslo) */
};

/* The names of the kinds and of the changes, for messages and tables. */
extern const struct hv_name hv_change_kinds[];

/* The kind of unit a (plain) code names. */
enum hv_unit_kind hv_region_kind(const char *code);

/* A code as SSB writes it in a cell or a query, without its prefix:
 * "K-5037", "KOMMUNE_5037", "K_5037" are "5037"; other codes (EKG09,
 * 5037) are themselves.  The result points into code. */
const char *hv_region_plain_code(const char *code);

/*
 * The short form of a name, into buf: its first parallel name, without
 * a trailing "(...)" (a validity suffix such as "(-2017)" or "(t.o.m.
 * 1971)", or a county such as "(Nordland)").  "Levanger - Levangke" and
 * "Levanger (-2017)" are "Levanger".  Returns buf.
 */
char	*hv_region_short_name(const char *name, char *buf, size_t sz);

/* Does the query name this label: the whole label, any of its parallel
 * names, or either without its "(...)", ASCII case-insensitively
 * (UTF-8 letters compared as bytes)? */
int	hv_region_name_matches(const char *label, const char *query);

struct hv_regions;

/*
 * The built-in changes (path NULL), or those of a file: the toolkit's
 * old,new,from[,kind] CSV, or KLASS's own changes answer as JSON
 * ({"codeChanges": [...]}) or CSV (oldCode, newCode, changeOccurred,
 * ...), as KLASS serves it.  A change's kind, when the file gives none,
 * is found as KLASS's tables find it: one old code in several rows of a
 * date is a split, several rows into one new code a merge, else a
 * renumbering or (the same code) a new name.  NULL with "file:line: ..."
 * in *e for a date that is no date, an unknown kind, or changes that go
 * round in a circle.  Validity always comes from the built-in periods.
 */
struct hv_regions *hv_regions_new(const char *path, struct hv_err *e);
void	hv_regions_free(struct hv_regions *rg);

/* The changes of KLASS's answer to /classifications/ID/changes, the len
 * bytes at buf (name for messages), as hv_regions_new reads them. */
struct hv_regions *hv_regions_from_klass(const char *buf, size_t len,
	    const char *name, struct hv_err *e);

/* The changes of rg as a table: old, new, from (the year), kind,
 * old_name, new_name, in rg's order; the form --codes reads. */
struct hv_table *hv_regions_table(const struct hv_regions *rg);

/* The changes of rg, in the order given. */
size_t	hv_regions_nchanges(const struct hv_regions *rg);
const struct hv_region_change *hv_regions_change(const struct hv_regions *rg,
	    size_t i);

/* Was code valid in year: 1, 0, or -1 when the periods do not know it. */
int	hv_regions_valid(const struct hv_regions *rg, const char *code,
	    int year);

/* The name code had in year (the latest one when year is past them all),
 * or NULL when unknown. */
const char *hv_regions_name(const struct hv_regions *rg, const char *code,
	    int year);

/*
 * The series a figure of code in year belongs to: the code reached by
 * following renumberings and name changes after year, up to the first
 * merge or split, which ends the series (*end, or NULL when none did).
 * A merge that keeps the code (Trondheim 5001 in 2020) ends it too.
 */
const char *hv_regions_series(const struct hv_regions *rg, const char *code,
	    int year, const struct hv_region_change **end);

/* Does the series of code (hv_regions_series) reach back or forward to
 * year: is some code valid in year, code itself or one renumbered into
 * it, of that series?  -1 when the periods do not know code. */
int	hv_regions_exists(const struct hv_regions *rg, const char *code,
	    int year);

/*
 * Every code that code, valid in year from, became by year to, following
 * every change (a split gives several), into out (at most max; the
 * number found is returned even when more than max).
 */
size_t	hv_regions_successors(const struct hv_regions *rg, const char *code,
	    int from, int to, const char **out, size_t max);

/* The codes merged into code in year (the predecessors, code itself
 * among them when it was kept), into out as above. */
size_t	hv_regions_merged(const struct hv_regions *rg, const char *code,
	    int year, const char **out, size_t max);

#endif
