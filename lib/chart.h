/*
 * chart.h: the reports' figures drawn by gnuplot (an external program),
 * from the toolkit's tidy CSV: line charts (projected points dashed),
 * grouped and stacked bars, horizontal bars for rankings.
 *
 * Data is never code: every string from the data or the options reaches
 * gnuplot as a single-quoted literal (where gnuplot runs no backquote and
 * expands no macro), line breaks made spaces, and the datablock holds
 * numbers only, ended by a terminator no line of it can equal.
 *
 * Use: hv_chart_new(), hv_chart_add() per input, then hv_chart_script()
 * or hv_chart_draw(); hv_chart_free().  A series has one value per x
 * value (a second is an error), unless --per combines the periods of a
 * year, quarter or month into one (their mean, or with --combine sum
 * their sum); --every N keeps every Nth x value and the last.
 */
#ifndef HV_CHART_H
#define HV_CHART_H

#include <stdio.h>

#include "error.h"
#include "names.h"
#include "period.h"
#include "reader.h"

enum hv_chart_kind {
	HV_CHART_LINE,
	HV_CHART_BARS,		/* grouped */
	HV_CHART_STACKED,
	HV_CHART_HBARS		/* one period, one bar per series, ranked */
};

struct hv_chart_opts {
	enum hv_chart_kind kind;
	const char	*title, *subtitle, *xlabel, *ylabel;
	const char	*legend;	/* "auto" (a corner the data leaves
					   free, or below), "top left" ...,
					   "below", "off" */
	int		 width, height;	/* pixels; PDF at 96 per inch */
	int		 by_series;	/* x axis: the series, bars: periods */
	const char	*highlight;	/* the series drawn apart (with
					   --by-series bars: its bars) */
	const char	*period;	/* hbars: which period (default: last) */
	const char	*only;		/* series to draw, comma list, or NULL */
	const char	*keys;		/* columns that name a series, or NULL:
					   those left of the period column */
	const char	*xcol, *ycol;	/* the x and y columns, or NULL: period
					   and value by the toolkit's names */
	const char	*output;	/* .png, .svg or .pdf */
	enum hv_period_kind per;	/* --per: periods combined into
					   years, quarters or months; NONE */
	int		 per_sum;	/* --combine sum: added, not averaged */
	long		 every;		/* --every N: every Nth x value, and
					   the last; 0 or 1 all */
	int		 force;		/* draw beyond HV_CHART_MAX_POINTS */
	int		 values;	/* --values: each point's or bar's value
					   written at it */
	int		 facet;		/* --facet: a panel per series */
};

/* Panels --facet draws at most. */
#define HV_CHART_MAX_FACETS	12

/* Pixels a side, at least and at most. */
#define HV_CHART_MIN_SIZE	100
#define HV_CHART_MAX_SIZE	10000

/* Points (values drawn) at most without --force: gnuplot 5.4 drew
 * 20 000 line points to PNG in 1.0 s, 200 000 in 16 s and a million
 * in 186 s (docs/performance.md).  Series
 * times x values (the datablock's cells) at most, --force or not. */
#define HV_CHART_MAX_POINTS	20000
#define HV_CHART_MAX_CELLS	20000000

/* Largest --every. */
#define HV_CHART_MAX_EVERY	1000000

struct hv_chart;

void	hv_chart_opts_init(struct hv_chart_opts *o);
/* The names of the kinds, for --kind; of --per's periods (values of
 * enum hv_period_kind); of --combine's ways (the value of per_sum). */
extern const struct hv_name hv_chart_kinds[];
extern const struct hv_name hv_chart_pers[];
extern const struct hv_name hv_chart_combines[];

struct hv_chart *hv_chart_new(const struct hv_chart_opts *o,
	    struct hv_err *e);

/* Read series from tidy CSV: keys left of the period column, period,
 * value, and (from trend) projected and fitted. */
int	hv_chart_add(struct hv_chart *c, struct hv_reader *r, struct hv_err *e);

/* The points the chart draws (after --per and --every): values, and
 * fitted values where projected.  Counted once all is read. */
size_t	hv_chart_points(struct hv_chart *c);
size_t	hv_chart_series(const struct hv_chart *c);

/* Write the gnuplot program, its data inline, to fp; output_path is the
 * file gnuplot is to write ("" for none).  More than HV_CHART_MAX_POINTS
 * without --force is a data error that says how many there are and what
 * draws fewer. */
int	hv_chart_script(struct hv_chart *c, FILE *fp, const char *output_path,
	    struct hv_err *e);

/* Is path a file a chart can be: .png, .svg or .pdf (any case)? */
int	hv_chart_output_ok(const char *path);

/* Run gnuplot on the program and write o->output whole or not at all. */
int	hv_chart_draw(struct hv_chart *c, struct hv_err *e);

void	hv_chart_free(struct hv_chart *c);

#endif
