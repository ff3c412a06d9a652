/*
 * num.h: numbers as they appear in Norwegian tables and SSB files, and
 * the two ways the toolkit prints them.  No allocation.
 */
#ifndef HV_NUM_H
#define HV_NUM_H

#include <stddef.h>

#include "error.h"

/* Why a cell holds no number (SSB's standard symbols), or HV_SYM_NONE. */
enum hv_sym {
	HV_SYM_NONE,		/* a number */
	HV_SYM_EMPTY,		/* empty cell: missing, no reason given */
	HV_SYM_NA,		/* "."   not applicable, cannot occur */
	HV_SYM_MISSING,		/* ".."  data not available */
	HV_SYM_NOT_YET,		/* "..." not yet available */
	HV_SYM_CONFIDENTIAL,	/* ":"   suppressed, confidential */
	HV_SYM_NIL		/* "-"   nothing to report: the value is 0 */
};

/* Flags of a parsed number. */
#define HV_NUM_PERCENT		0x1	/* written with a trailing % */
#define HV_NUM_PROVISIONAL	0x2	/* written with SSB's trailing * */

struct hv_num {
	double		v;	/* the value; 0 for HV_SYM_NIL, 0 when missing */
	enum hv_sym	sym;
	int		flags;
};

/* Output styles. */
enum hv_numstyle {
	HV_NUMSTYLE_C,		/* 1125, -2669, 21.7: machine style */
	HV_NUMSTYLE_NB,		/* 1 125, -2 669, 21,7: Norwegian, for people */
	HV_NUMSTYLE_NB_SHEET	/* 1125, -2669, 21,7: Norwegian for a
				   spreadsheet, which reads a space in a
				   number as text */
};

/*
 * Parse the len bytes at s (not necessarily NUL-terminated) into *n.
 * Leading and trailing blanks are ignored.  Accepted:
 *   1125   1 125   1\u00a0125   1\u202f125   (groups of three digits)
 *   21,7   21.7    -2 669   \u2212 2669   +5   1e3
 *   21,7 %   21,7%            (HV_NUM_PERCENT; the value stays 21.7)
 *   17938*                    (HV_NUM_PROVISIONAL)
 *   ""  "."  ".."  "..."  ":" (missing: n->sym says why, n->v is 0)
 *   "-"                       (SSB's nil: n->v is 0, n->sym HV_SYM_NIL)
 * Returns 0, or -1 with "invalid number '...'" and the reason in *e.
 */
int	 hv_num_parse(const char *s, size_t len, struct hv_num *n,
	    struct hv_err *e);

/*
 * The fast path of hv_num_parse for the common "12", "12.5", "12,5": up
 * to 15 digits, at most one decimal mark with digits on both sides.
 * Returns 1 with *v set to the value hv_num_parse gives (the digits as a
 * whole number over a power of ten, one correctly rounded division, as
 * strtod), or 0 when s is not of this form (then ask hv_num_parse).
 * tests/unit/test-num.c holds the two to agree on every input.
 */
int	 hv_num_simple(const char *s, size_t len, double *v);

/* The len bytes at s as a whole number from min to max into *v: decimal
 * digits only, a '-' before them when min < 0 (no blanks, groups or
 * exponent: the strict form options take).  Returns 0 or -1. */
int	 hv_num_whole(const char *s, size_t len, long long min, long long max,
	    long long *v);

/* Nonzero when the number carries no value (every symbol but NONE, NIL). */
int	 hv_num_missing(const struct hv_num *n);

/* The symbol as SSB writes it ("..", ":"), "" for NONE and EMPTY. */
const char *hv_sym_str(enum hv_sym sym);

/* The symbol written as s ("..", ":", "-", ...), or HV_SYM_NONE if s is
 * no symbol. */
enum hv_sym hv_sym_parse(const char *s);

/* v rounded to the given number of decimals, half away from zero, after
 * discarding binary noise beyond 12 significant digits (so that 0.215
 * becomes 0.22, as a person rounding the printed figure would), or
 * beyond the whole digits and one more when there are more than eleven
 * (2123456789013 stays itself). */
double	 hv_num_round(double v, int decimals);

/* The decimals v needs, at most max: 0 for 21050, 2 for 20.85, max for
 * 1/3 (binary noise dropped as hv_num_round drops it). */
int	 hv_num_decimals(double v, int max);

/* From here on a double holds no more whole digits than this: numbers
 * this large are written in exponent form. */
#define HV_NUM_EXP_FROM	1e16
/* Numbers this small (and not 0) are written in exponent form when
 * printed as they are (1.5e-12); from HV_NUM_EXACT_FROM on the shortest
 * digits are found in integer arithmetic, below it with printf. */
#define HV_NUM_EXP_BELOW	1e-9
#define HV_NUM_EXACT_FROM	1e-4

/*
 * Write v into buf (size sz, always NUL-terminated) in the given style:
 * decimals >= 0 rounds (hv_num_round) and prints exactly that many
 * decimals; decimals < 0 prints the shortest decimal that reads back as
 * v (strtod gives v again), the nearest to v of that length: 0.1, not
 * 0.1000000000000000055511; -33.333333333333336.  From HV_NUM_EXP_FROM
 * on, either way, and below HV_NUM_EXP_BELOW when printed as it is,
 * the shortest of printf's exponent forms that reads back as v (1e+200;
 * 1,5e+20 in Norwegian style), so that every number written reads
 * back.  Negative zero prints as 0; infinity and
 * NaN as nothing (missing, as in JSON).  Returns buf.
 */
char	*hv_num_fmt(char *buf, size_t sz, double v, int decimals,
	    enum hv_numstyle style);

#endif
