/*
 * kostra-int.h: what the files of kostra-compare's engine share:
 * kostra-read.c reads SSB's formats into observations, kostra-codes.c
 * follows region codes across reforms, kostra.c compares.
 */
#ifndef HV_KOSTRA_INT_H
#define HV_KOSTRA_INT_H

#include "error.h"
#include "kostra.h"
#include "map.h"
#include "period.h"
#include "region.h"

struct obs {
	char		*unit, *label, *variable;
	struct hv_period p;
	double		 v;
	int		 has_v;
	char		 status[8];
	char		*file;
	unsigned long	 line;
	const struct hv_region_change *end;	/* the merge or split that
						   ended its series, or NULL */
	int		 gone;		/* left out: a code that did not exist
					   that year, or a figure --combine
					   replaced */
	char		*computed;	/* --combine: the codes it was computed
					   from, or NULL */
	char		*dims;		/* --dump: its value of each of the
					   set's dims, NUL after each */
	int		 count;		/* a count of persons or things, by
					   its variable or column (no figure
					   per inhabitant, no kroner) */
};

/* No KOSTRA figure is larger (a national sum in kroner is about 10^12):
 * a figure past it is refused, so that no difference, mean, percentage
 * or gap (times a population) the comparison computes can overflow. */
#define HV_KOSTRA_MAX_FIGURE	1e15

struct obsset {
	struct obs	*o;
	size_t		 n, cap;
	const char	*only;		/* --variable: the figures of other
					   variables are not kept (NULL: all) */
	char	       **var;		/* every variable read, in order of
					   appearance, kept or not */
	unsigned char	*var_count;	/* var[i] names a count (obs.count) */
	size_t		 nvar, var_cap, var_count_cap;
	struct hv_map	*var_map;	/* var -> its index */
	const struct obs **by_unit;	/* a side file's figures by unit
					   (kostra.c), or NULL */
	unsigned long	 footnotes;	/* lines of text under a table */
	char	       **dim;		/* --dump of a CSV: its other
					   dimensions' columns (age, kjønn) */
	size_t		 ndim;
	char		 dims_seen[512];	/* every file's dimensions, for
					   a --select that names none */
	char		 left_out[HV_READER_NOTE];	/* what the reader of
					   the last file left out, or "" */
	struct hv_notes	 file_notes;	/* the last file's notes to be shown,
					   and a line counting the others */
	char		 table[32];	/* the first SSB table read, or "" */
	char		 updated[16];	/* its last update (a date) */
};

/* One --select DIM=VALUE: a dimension (a JSON-stat dimension's id or
 * label, a CSV column's header) and the category it must be (its code
 * or label; a CSV cell whole, or the code or the label of a "253 Helse"
 * cell).  Case does not matter. */
struct hv_kostra_sel {
	char		*dim, *value;
	int		 used;		/* a file read has that dimension */
};



struct hv_kostra {
	struct hv_kostra_opts o;
	struct hv_notes	 reading;	/* what reading the files found */
	struct hv_kostra_sel *sel;	/* --select, parsed */
	size_t		 nsel;
	struct obsset	 data, pop, need;
	struct hv_regions *regions;
	char	       **unknown;	/* codes warned about */
	size_t		 nunknown, unknown_cap;
	struct hv_map	*unknown_map;	/* those codes -> their index */
	unsigned long	 ngone;		/* figures of codes that did not exist */
	char		**member;	/* --group-members: municipality codes */
	char		**member_group;	/* and their groups (EKG09) */
	size_t		  nmember;
	struct hv_map	*member_map;	/* member -> its index */
	char		 gone_example[32];
	int		 combined;	/* hv_kostra_combine() done */
	struct hv_notes	 report;
};

/* kostra-read.c */
/* "5037 Levanger" into its code and label; a cell without a code is
 * both. */
void	hv_kostra_split_region(const char *cell, char *code, size_t csz,
	    const char **label);
/* --select's argument into *sel (*n of them): DIM=VALUE pairs, split at
 * a comma only where a pair follows ("funksjon=253 Helse, pleie" is one).
 * -1 with a usage error in *e for a pair without '=' or out of memory. */
int	hv_kostra_select_parse(const char *arg, struct hv_kostra_sel **sel,
	    size_t *n, struct hv_err *e);
void	hv_kostra_select_free(struct hv_kostra_sel *sel, size_t n);
/* The figures of path (JSON-stat or CSV, found by itself) into set, the
 * rows or cells sel picks.  For the figures compared every dimension
 * must be one category (chosen by sel or the only one), else an error
 * names it, its first values and the --select that chooses one. */
int	hv_kostra_load(const struct hv_reader_opts *in,
	    struct hv_kostra_sel *sel, size_t nsel, const char *path,
	    struct obsset *set, struct hv_err *e);
/* A --select that named no dimension of the files read: an error in *e
 * listing theirs (-1), else 0. */
int	hv_kostra_select_unused(const struct hv_kostra_sel *sel, size_t nsel,
	    const struct obsset *set, struct hv_err *e);
void	hv_kostra_obsset_free(struct obsset *s);
/* Is var the variable --variable want names (its code, or its code and
 * label "var07 Netto driftsutgifter")?  Case does not matter. */
int	hv_kostra_variable_matches(const char *var, const char *want);

/* kostra-codes.c: the code changes of path (NULL: the built-in ones)
 * into k; every figure of s under the code of its series (data: the
 * figures compared, whose reforms are reported); --combine's computed
 * figures, once; the flag of a figure's reform in lang into buf (empty
 * when none); the report's line on figures left out.  -1 when out of
 * memory, or with the reason in *e. */
int	hv_kostra_codes_load(struct hv_kostra *k, const char *path,
	    struct hv_err *e);
int	hv_kostra_series(struct hv_kostra *k, struct obsset *s, int data);
int	hv_kostra_combine(struct hv_kostra *k, struct hv_err *e);
const char *hv_kostra_region_flag(const struct hv_kostra *k,
	    const struct obs *o, enum hv_lang lang, char *buf, size_t sz);
int	hv_kostra_codes_report(struct hv_kostra *k);

/* --group-members FILE: which KOSTRA group each municipality is in (a CSV
 * of columns source and target, as ssb-get --klass-correspondence 131:112
 * writes it, or municipality and group). */
int	hv_kostra_members_load(struct hv_kostra *k, const char *path,
	    struct hv_err *e);

/* The group of municipality code, or NULL. */
const char *hv_kostra_group_of(const struct hv_kostra *k, const char *code);

#endif
