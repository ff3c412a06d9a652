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

/* A point of a series: 48 bytes, its measures apart (a series' d), so
 * that a million points fit in little memory. */
struct point {
	struct hv_period p;
	double		 v;
	unsigned long	 line;
	unsigned	 file;		/* index in hv_trend.files */
	unsigned short	 has_d;		/* bit m: measure m is set */
	unsigned char	 has_v;		/* a value (SSB's "-" is 0) */
	unsigned char	 projected;
	char		 status[4];	/* the SSB symbol of a missing value */
	unsigned	 flag;		/* 1 + its index in hv_trend.flags (a
					   kostra-compare flag read); 0 none */
};

struct series {
	char		*name;		/* the keys joined with ", " */
	char	       **keys;
	struct point	*pt;
	size_t		 n, cap;
	int		 derive;	/* gets the measures */
	int		 scaled;	/* by a fraction: its figures are no
					   longer as given */
	double		*d;		/* point i's measure m at d[i * nslots +
					   slot[m]], for a series derived */
};

struct hv_trend {
	struct hv_trend_opts o;
	int		 selected[M_COUNT];
	int		 slot[M_COUNT];	/* of a measure selected, in series.d */
	int		 round[M_COUNT + 1]; /* --round of measure m, and of
					   the value at M_COUNT; -1: by kind */
	size_t		 nslots;
	char		 window_text[16];
	char	       **keynames;
	size_t		 nkeys;
	long		 label_key;	/* --label-column's key, or -1 */
	enum hv_period_kind kind;
	struct series	*s;
	size_t		 ns, scap;
	struct hv_map	*smap;		/* hv_map_key of the keys -> series */
	char		*kbuf;		/* that key */
	size_t		 kcap;
	char		*last_key;	/* the key of the last series found */
	size_t		 last_len, last_cap;
	long		 last_series;	/* its index, or -1 */
	char	       **colname;	/* HV_PERIOD_COLUMN: the columns' names */
	size_t		 ncolname, colname_cap;
	struct hv_map	*colmap;	/* a name -> its index in colname */
	char	       **files;
	size_t		 nfiles, files_cap;
	char	       **flags;		/* the flag column's texts, each once */
	size_t		 nflags, flags_cap;
	struct hv_map	*flagmap;	/* a text -> its index in flags */
	struct hv_period base, project;
	int		 finished;	/* hv_trend_finish() done */
};

/* The series with these key texts (t->nkeys of them), made when new: its
 * index, or -1 when out of memory. */
long	hv_trend_series_for(struct hv_trend *t, const char **keys);
/* A new point at the end of s, zeroed; NULL when out of memory. */
struct point *hv_trend_add_point(struct series *s);
/* 1 + the index of flag text s in t->flags, added if new; 0 when out of
 * memory. */
unsigned hv_trend_flag(struct hv_trend *t, const char *s);
/* A period as written: a column that is no period by its name. */
const char *hv_trend_period_text(const struct hv_trend *t,
	    const struct hv_period *p, char *buf, size_t sz);

#endif
