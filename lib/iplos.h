/*
 * iplos.h: summary tables from an individual-level IPLOS extract (one row
 * per service period; docs/iplos-format.md): recipients on a date or in a
 * period, bed-days, hours, waiting lists and waiting times, by report
 * category or service and optionally by age group, sex and district,
 * with small-count suppression.
 *
 * Person ids never leave this module: messages name line numbers only.
 * Memory grows with distinct persons and with the cells of the result;
 * bed-days also keep 16 bytes per institution stay inside the periods
 * asked about, to count each day of overlapping stays once.
 *
 * Use: hv_iplos_new(), hv_iplos_add() per input, hv_iplos_finish(),
 * hv_iplos_table();
 * hv_iplos_free() frees the summary, the caller frees the table.
 */
#ifndef HV_IPLOS_H
#define HV_IPLOS_H

#include <stddef.h>

#include "error.h"
#include "names.h"
#include "reader.h"
#include "table.h"

enum hv_iplos_measure {
	HV_IPLOS_RECIPIENTS,	/* distinct persons served */
	HV_IPLOS_BED_DAYS,	/* liggedøgn in institution stays */
	HV_IPLOS_HOURS,		/* hours per week on a date */
	HV_IPLOS_USERS,		/* distinct persons with those hours */
	HV_IPLOS_WAITING,	/* decided, not started, on a date */
	HV_IPLOS_WAITING_DAYS,	/* decision to start, services started */
	HV_IPLOS_NMEASURES
};

/* The measures' names, for --measure. */
extern const struct hv_name hv_iplos_measures[];

#define HV_IPLOS_BY_AGE		0x1
#define HV_IPLOS_BY_SEX		0x2
#define HV_IPLOS_BY_DISTRICT	0x4
#define HV_IPLOS_BY_SERVICE	0x8

/* A date or a period asked about: days first..last (days since
 * 1970-01-01, both included), its label in the output, and the year in
 * which ages are taken. */
struct hv_iplos_window {
	char	label[32];
	long	first, last;
	int	year;
};

#define HV_IPLOS_MAX_COLUMNS	16

struct hv_iplos_opts {
	const char	*map;		/* category map file; NULL: built in */
	/* --columns: "person_id=Pasient,start_date=Fra", or "@FILE" of
	 * such pairs one a line; a column given twice is an error */
	const char	*columns[HV_IPLOS_MAX_COLUMNS];
	size_t		 ncolumns;
	unsigned	 measures;	/* 1 << enum hv_iplos_measure */
	struct hv_iplos_window *windows;
	size_t		 nwindows, windows_cap;
	unsigned	 by;		/* HV_IPLOS_BY_* */
	unsigned	 across;	/* one HV_IPLOS_BY_* of by: its groups
					   as columns (a crosstab), or 0 */
	int		 label_year;	/* --period-label year: windows
					   called by their year */
	const char	*population;	/* --population FILE: recipients per
					   inhabitant too */
	const char	*region;	/* --region: the population file's */
	unsigned long	 per;		/* --per N: per N inhabitants; 0:
					   1000 */
	const char	*only;		/* categories to write, comma list */
	unsigned long	 suppress;	/* 0 or the threshold N */
	int		 skip_invalid;
	int		 this_year;	/* birth years after it are invalid */
	unsigned	 threads;	/* 1 .. HV_IPLOS_MAX_THREADS; 0: one
					   per processor */
	size_t		 block_size;	/* bytes a thread reads at a time;
					   0: HV_IPLOS_BLOCK_SIZE */
};

#define HV_IPLOS_MAX_THREADS	8
#define HV_IPLOS_BLOCK_SIZE	((size_t)1 << 20)
#define HV_IPLOS_MIN_BLOCK	((size_t)64)
#define HV_IPLOS_MAX_BLOCK	((size_t)1 << 30)

/* --by district takes at most this many districts (Oslo has 15 bydeler;
 * a column of more is an identifier or an address): the cells of each
 * are dense (category, age group, sex), and suppressing a table of them
 * took 14 s at 1 000 and more than 300 s at 20 000 (docs/performance.md). */
#define HV_IPLOS_MAX_DISTRICTS	1000

/* --per: at most per this many inhabitants (a typing error beyond) */
#define HV_IPLOS_MAX_PER	1000000

struct hv_iplos;

void	hv_iplos_opts_init(struct hv_iplos_opts *o);

/* Parse option arguments into o (errors are usage errors): */
int	hv_iplos_parse_measures(struct hv_iplos_opts *o, const char *list,
	    struct hv_err *e);
int	hv_iplos_parse_by(struct hv_iplos_opts *o, const char *list,
	    struct hv_err *e);
int	hv_iplos_parse_across(struct hv_iplos_opts *o, const char *name,
	    struct hv_err *e);
/* --period-label period (the default) or year. */
int	hv_iplos_parse_period_label(struct hv_iplos_opts *o, const char *name,
	    struct hv_err *e);
/* --columns LIST or @FILE, repeatable: kept (the list or file is read
 * by hv_iplos_new). */
int	hv_iplos_add_columns(struct hv_iplos_opts *o, const char *arg,
	    struct hv_err *e);
/* --on DATE, --during PERIOD, --from/--to DATE, --on-each MM-DD with
 * --years Y1-Y2: each adds windows to o->windows (the caller frees it). */
int	hv_iplos_add_on(struct hv_iplos_opts *o, const char *date,
	    struct hv_err *e);
int	hv_iplos_add_during(struct hv_iplos_opts *o, const char *period,
	    struct hv_err *e);
int	hv_iplos_add_range(struct hv_iplos_opts *o, const char *from,
	    const char *to, struct hv_err *e);
int	hv_iplos_add_each(struct hv_iplos_opts *o, const char *mmdd,
	    const char *years, struct hv_err *e);
/* --during-each year|half-year|quarter|month|day with --years Y1-Y2, or
 * with from and to (periods or dates on the kind's bounds): a window per
 * period. */
int	hv_iplos_add_during_each(struct hv_iplos_opts *o, const char *kind,
	    const char *years, const char *from, const char *to,
	    struct hv_err *e);

/* Check the options and load the map.  NULL with the reason in *e: a
 * usage error, or a map file that cannot be read (its kind says which).
 * The engine copies the windows; o's strings must outlive it. */
struct hv_iplos *hv_iplos_new(const struct hv_iplos_opts *o,
	    struct hv_err *e);

/* The reader options an extract is opened with for ip: with blocks
 * smaller than a read, the reader reads no more than a block at a time,
 * so that what it has read for the header is not more than the first
 * block and the file can still be cut. */
void	hv_iplos_reader_opts(const struct hv_iplos *ip,
	    struct hv_reader_opts *in);

/* Read an extract.  Returns 0, or -1 with the reason in *e: a file that
 * cannot be read, or invalid rows without --skip-invalid (the report
 * lines say which, see below). */
int	hv_iplos_add(struct hv_iplos *ip, struct hv_reader *r,
	    struct hv_err *e);

/* The data-quality report: invalid rows per reason (count and first
 * lines), rows left out, repeated rows; each file's lines are added as it
 * is read.  Never a person id. */
const struct hv_notes *hv_iplos_report(const struct hv_iplos *ip);

/* After the last hv_iplos_add(): count the bed-days and add up what the
 * threads counted.  Runs once (a second call does nothing); no
 * hv_iplos_add() after it.  Returns 0, or -1 when out of memory. */
int	hv_iplos_finish(struct hv_iplos *ip, struct hv_err *e);

/* The summary as a tidy table, after hv_iplos_finish(); it changes
 * nothing, so a second call gives the same table.  With suppression and
 * audit not NULL, the audit's lines are added to *audit: per window and
 * measure the cells, the suppressions and the suppressed cells that a
 * combination of published cells gives (none, when the promise holds),
 * and a line per suppressed cell.  With warnings not NULL, lines about
 * figures that cannot be right are added to *warnings (with
 * --population, more recipients than inhabitants: the wrong region or
 * year).  With across, the groups of that
 * breakdown are columns, the periods rows.  NULL with the reason in *e. */
struct hv_table *hv_iplos_table(const struct hv_iplos *ip,
	    struct hv_notes *audit, struct hv_notes *warnings,
	    struct hv_err *e);

void	hv_iplos_free(struct hv_iplos *ip);

#endif
