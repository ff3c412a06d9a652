/*
 * trend-int.h: what trend's engine shares between trend-read.c (series
 * read from long or wide tables) and trend.c (the measures, the result).
 */
#ifndef HV_TREND_INT_H
#define HV_TREND_INT_H

#include "map.h"
#include "trend.h"

enum measure {
	M_CHANGE, M_CHANGE_PCT, M_INDEX, M_BASE_CHANGE, M_BASE_CHANGE_PCT,
	M_CAGR_PCT, M_MOVING_AVG, M_FITTED, M_PROJECTED, M_SLOPE, M_R2,
	M_COUNT
};

struct point {
	struct hv_period p;
	double		 v;
	int		 has_v;		/* a value (SSB's "-" is 0) */
	char		 status[4];	/* the SSB symbol of a missing value */
	unsigned long	 line;
	size_t		 file;
	int		 projected;
	double		 d[M_COUNT];
	unsigned	 has_d;		/* bit m: d[m] is set */
};

struct series {
	char		*name;		/* the keys joined with ", " */
	char	       **keys;
	struct point	*pt;
	size_t		 n, cap;
	int		 derive;	/* gets the measures */
};

struct hv_trend {
	struct hv_trend_opts o;
	int		 selected[M_COUNT];
	char		 window_text[16];
	char	       **keynames;
	size_t		 nkeys;
	enum hv_period_kind kind;
	struct series	*s;
	size_t		 ns, scap;
	struct hv_map	*smap;		/* hv_map_key of the keys -> series */
	char		*kbuf;		/* that key */
	size_t		 kcap;
	char	       **colname;	/* HV_PERIOD_COLUMN: the columns' names */
	size_t		 ncolname, colname_cap;
	struct hv_map	*colmap;	/* a name -> its index in colname */
	char	       **files;
	size_t		 nfiles, files_cap;
	struct hv_period base, project;
	int		 finished;	/* hv_trend_finish() done */
};

/* The series with these key texts (t->nkeys of them), made when new: its
 * index, or -1 when out of memory. */
long	hv_trend_series_for(struct hv_trend *t, const char **keys);
/* A new point at the end of s, zeroed; NULL when out of memory. */
struct point *hv_trend_add_point(struct series *s);
/* A period as written: a column that is no period by its name. */
const char *hv_trend_period_text(const struct hv_trend *t,
	    const struct hv_period *p, char *buf, size_t sz);

#endif
