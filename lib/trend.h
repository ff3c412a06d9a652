/*
 * trend.h: changes over time for any series: change against the previous
 * period, index and change against a base period, annual growth, moving
 * averages, a least-squares trend with projection, scaling and totals.
 *
 * Use: hv_trend_new(), hv_trend_add() once per input, hv_trend_finish(),
 * then hv_trend_emit() to write the result, or hv_trend_table() for it
 * as a table; hv_trend_free() frees the trend, the caller frees the
 * table.  Options are copied; their strings must live
 * until hv_trend_free().
 */
#ifndef HV_TREND_H
#define HV_TREND_H

#include <stddef.h>

#include "error.h"
#include "period.h"
#include "reader.h"
#include "table.h"

struct hv_trend_opts {
	const char	 *period_col;	/* NULL: period, år, year, date, ... */
	const char	 *value_col;	/* NULL: value, verdi */
	const char	 *keys;		/* comma list; NULL: the columns left
					   of the period column */
	int		  wide_in;	/* -1 find out, 0 long, 1 wide */
	const char	 *base;		/* --base period, or NULL */
	int		  window;	/* --window N, or 0 */
	const char	 *project;	/* --project period, or NULL */
	const char	**series;	/* --series names (nseries of them) */
	size_t		  nseries;
	double		  multiply;	/* 1 unless --multiply */
	double		  divide;	/* 1 unless --divide */
	const char	 *as;		/* --as NAME: scaled copy's name */
	const char	 *total;	/* --total LABEL, or NULL */
	const char	 *measures;	/* comma list, or NULL for the default */
	const char	**labels;	/* MEASURE=TEXT (nlabels of them) */
	size_t		  nlabels;
	const char	**rounds;	/* --round arguments, nrounds of
					   them: N (decimals of every
					   column), MEASURE=N ("value" the
					   value), which wins over N; none:
					   by what each is (table.h) */
	size_t		  nrounds;
	const char	 *ignore;	/* columns to leave out, comma list */
	const char	 *label_col;	/* --label-column: the key that names
					   a series; NULL: all keys joined */
	int		  empty_zero;	/* an empty cell adds 0 to --total (a
					   spreadsheet's sum), not missing */
};

/* The largest --round and --window. */
#define HV_TREND_MAX_ROUND	10
#define HV_TREND_MAX_WINDOW	10000

struct hv_trend;

void	hv_trend_opts_init(struct hv_trend_opts *o);

/* Check the options; returns NULL with the reason in *e when they do not
 * fit together (a usage error). */
struct hv_trend *hv_trend_new(const struct hv_trend_opts *o,
	    struct hv_err *e);

/* Read every row of r into the trend's series.  Returns 0, or -1 with
 * "file:line: what is wrong" in *e (a data error). */
int	hv_trend_add(struct hv_trend *t, struct hv_reader *r, struct hv_err *e);

/* After the last hv_trend_add(): sort the series, add --total, scale and
 * derive the measures.  Runs once (a second call does nothing); no
 * hv_trend_add() after it.  Returns 0, or -1 with the reason in *e (a
 * data error: a base period missing from a series, a period twice in one
 * series, ...). */
int	hv_trend_finish(struct hv_trend *t, struct hv_err *e);

/*
 * The result, after hv_trend_finish(); it changes nothing, so a second
 * call gives the same table.  wide 0: tidy long table (keys, period,
 * value, status, then one column per measure).  wide 1: one row per
 * series and measure, labelled in lang, ready for hv_table_wide().
 * Returns NULL with the reason in *e.
 */
struct hv_table *hv_trend_table(const struct hv_trend *t, int wide,
	    enum hv_lang lang, struct hv_err *e);

/* The long result written to path (NULL or "-": standard output) as
 * hv_table_emit() writes it, whole or not at all, but row by row as the
 * rows are made, so that a million of them need no table in memory
 * (with --wide or the aligned table, which need every row first, by
 * hv_trend_table()).  Returns 0, or -1 with the reason in *e. */
int	hv_trend_emit(const struct hv_trend *t, const char *path,
	    const struct hv_out_opts *o, struct hv_err *e);

void	hv_trend_free(struct hv_trend *t);

#endif
