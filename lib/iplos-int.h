/*
 * iplos-int.h: what the files of iplos-sum's engine share, and nothing
 * outside them sees.  A row travels through them in this order:
 *
 *   iplos-run.c     reads the file (one thread, or blocks read by several)
 *   iplos-row.c     checks each row into a struct xrec, in its part's list
 *   iplos-count.c   counts the lists into the parts' cells and bitsets
 *   iplos-report.c  adds up what was wrong with the rows, for the report
 *   iplos-table.c   merges the parts once (hv_iplos_finish), then makes
 *                   the cube per unit, window and measure, suppresses
 *                   and writes the table
 *
 * iplos.c holds the API and the options, iplos-columns.c the column
 * mapping.
 */
#ifndef HV_IPLOS_INT_H
#define HV_IPLOS_INT_H

#include <pthread.h>
#include <stdint.h>

#include "bits.h"
#include "iplos.h"
#include "population.h"
#include "map.h"
#include "mem.h"
#include "service.h"

/* The canonical columns of an extract (docs/iplos-format.md). */
enum col {
	C_PERSON, C_BIRTH, C_SEX, C_DISTRICT, C_SERVICE, C_DECISION, C_START,
	C_END, C_HOURS, NCOLS
};

/* Why a row is invalid; the texts are in iplos-report.c.  A date
 * column has one reason per hv_date_fault (but HV_DATE_OK), from its
 * first: R_START + HV_DATE_NO_DAY - 1 is a start_date of no such day. */
#define NFAULTS	5

enum reason {
	R_PERSON, R_BIRTH, R_BIRTH_FUTURE, R_SEX, R_SERVICE,
	R_DECISION, R_START = R_DECISION + NFAULTS, R_END = R_START + NFAULTS,
	R_NO_START = R_END + NFAULTS, R_END_NO_START, R_END_BEFORE,
	R_HOURS, R_HOURS_RANGE,
	R_HOURS_IGNORED,	/* not invalid: hours of a service without */
	NREASONS
};

#define FIRST_LINES 5	/* line numbers a report names per reason */

struct reason_count {
	unsigned long	 count;
	unsigned long	 lines[FIRST_LINES];
};

/*
 * The values that made rows invalid (an unknown service, a date of no
 * such day), each with its reason and the persons who hold it
 * (fingerprints of their ids, up to UNKNOWN_HELD): a value is named in a
 * message only when enough persons hold it, since a value one person
 * holds may be theirs (a person id in the wrong column).
 */
#define UNKNOWN_VALUES	64
#define UNKNOWN_HELD	64

struct unknown_value {
	uint64_t	 hash;		/* of the whole value */
	char		 text[48];	/* its start, for the message */
	unsigned long	 rows;
	uint8_t		 reason;	/* enum reason */
	uint32_t	 nheld;
	uint64_t	 held[UNKNOWN_HELD];
};

struct unknowns {
	size_t		 n;
	unsigned long	 other_rows;	/* of values beyond the first n */
	struct unknown_value v[UNKNOWN_VALUES];
};

/* Columns whose identity numbers are counted one by one; the rest
 * together in the last. */
#define SCAN_COLS	256

/* What the scan of every field for identity numbers found (ident.h):
 * per column, fields that might be one (ten digits or an exponent form)
 * and fields that are. */
struct ident_scan {
	unsigned long	 maybe[SCAN_COLS], national[SCAN_COLS];
};

/* Growing array of whole numbers: the waiting days of a cell. */
struct ivec {
	int		*v;
	size_t		 n, cap;
};

static inline int
ivec_push(struct ivec *v, int x)
{
	if (hv_grow(&v->v, &v->cap, v->n + 1, sizeof(*v->v)) == -1)
		return -1;
	v->v[v->n++] = x;
	return 0;
}

/* What is counted of one group (unit, window, age group, sex, district). */
struct cell {
	uint32_t	 recipients, users, waiting, bed_persons,
			 wait_persons, before;
	int64_t		 hours;		/* in millionths: the same sum in
					   any order, with any threads */
	double		 bed_days;
	struct ivec	 waits;
};

#define MICRO	1e6

/* A person's attributes, in one cache line's eighth. */
struct attr {
	int16_t		 birth;
	uint8_t		 sex;
	uint8_t		 pad;
	uint32_t	 district;
};

struct stay {
	uint32_t	 person;
	uint32_t	 unit;
	int32_t		 start, end;	/* days; end not included */
};

/* Days since 1970-01-01 (before it negative); none: */
#define NO_DAY		INT32_MIN

/* Where a row is: its block of the file and its line in the block. */
#define LINE_BITS	40

static inline uint64_t
at_of(size_t block, unsigned long line)
{
	return (uint64_t)block << LINE_BITS | (uint64_t)line;
}

/*
 * A valid row that can count, as counting needs it.  Small, because with
 * threads the rows of a block wait in memory for the rows before them
 * (a person's first row gives their attributes, so each part counts its
 * rows in the order of the file).
 */
struct xrec {
	uint32_t	 hash;		/* of the person id */
	uint32_t	 person_off;	/* the id, in the list's ids */
	uint32_t	 person_len;
	uint32_t	 district;
	uint32_t	 entry;		/* in the category map */
	int32_t		 decision, start, end;	/* or NO_DAY */
	int16_t		 birth;
	int16_t		 service;
	uint8_t		 sex;		/* 0 mann, 1 kvinne, 2 uoppgitt */
	uint8_t		 has_hours;
	int8_t		 repeat;	/* -1 not known yet, 0 first, 1 repeat */
	double		 hours;
	uint64_t	 fingerprint;	/* of the whole row, when repeats count */
	uint64_t	 at;
};

/* The rows of one part waiting to be counted, and their person ids. */
struct xlist {
	struct xrec	*v;
	size_t		 n, cap;
	char		*ids;
	size_t		 ids_len, ids_cap;
};

enum seen_kind { SEEN_RECIPIENTS, SEEN_USERS, SEEN_WAITING, SEEN_STARTED,
    SEEN_BEFORE, NSEEN };

/*
 * The persons whose id hashes to one part, and all that is counted of
 * them.  With threads each part is counted by one thread, so nothing in
 * it is shared; the cells of the parts are added up at the end.
 */
struct part {
	struct hv_map	*persons;
	size_t		 npersons, pcap;
	struct attr	*attr;
	struct hv_bits	 disagree;
	unsigned long	 ndisagree;
	/* per unit: who is counted already, bit person * nwin + window, so
	 * that one row's windows share a cache line */
	struct hv_bits	*seen[NSEEN];
	/* cells, one array per district */
	struct cell    **cells;
	size_t		 ncells, cells_cap;
	struct stay	*stays;
	size_t		 nstays, stays_cap;
	struct hv_fpset	 fps;
	unsigned long	 repeats;
	uint64_t	 repeat_at[FIRST_LINES];
	int		 sex_unknown;	/* a person counted of sex uoppgitt */
};

/* What reading one block found, besides its rows. */
struct blocksum {
	unsigned long	 rows, invalid;
	unsigned long	 line_end;	/* the line after its last */
	struct reason_count reasons[NREASONS];
	struct unknowns	 unknown;	/* of the service column */
	struct unknowns	 bad;		/* of the others */
	struct ident_scan ident;
	int		 failed;
	struct hv_err	 err;
};

#define HV_UNIT_STAYS	0x1	/* a day-based service: bed-days */
#define HV_UNIT_HOURS	0x2	/* hours per week are registered */

struct hv_iplos {
	struct hv_iplos_opts o;
	struct hv_catmap *map;
	size_t		 nunits;
	unsigned char	*out_unit;	/* units written */
	unsigned char	*unit_has;	/* HV_UNIT_*: what its services
					   have; a measure of what none
					   has is not applicable (".") */
	size_t		*out_order;
	size_t		 nout;
	int		*unit_of_service;	/* --by service */
	size_t		 nwin;
	long		 span_first, span_last;
	size_t		 nage, nsex;
	size_t		 district_cells;	/* cells per district */
	int		 need_fp;	/* repeats matter: hours, waiting days */
	int		 finished;	/* hv_iplos_finish() done */

	struct part	*part;
	size_t		 nparts;

	/* districts are shared by the parts: behind the lock */
	pthread_mutex_t	 lock;
	struct hv_map	*districts;
	char	       **district_names;
	size_t		 ndistricts, district_names_cap;
	size_t		*district_rank;	/* position in name order */
	size_t		*district_by_rank;

	char		*colname[NCOLS];	/* --columns's headers */

	/* --population: the inhabitants of each window, age group (and
	 * all ages) and sex (and both), pop_n[pop_at(w, a, s)], and
	 * whether the file gives it (POP_*) */
	struct hv_pop	*pop;
	double		*pop_n;
	unsigned char	*pop_has;
	char		 rate_name[48], rate_nb[48];
	struct hv_word	 rate_word;

	/* the current input */
	const char	*file;
	int		 col[NCOLS];
	unsigned long	*line_base;	/* per block: the line before it */

	unsigned long	 rows, invalid, skipped;
	struct reason_count reasons[NREASONS];
	struct unknowns	 unknown, bad;
	struct ident_scan ident;
	struct hv_notes	 report;
};

/* The age groups (KOSTRA's), their first ages, and group AGE_GROUPS
 * for all ages. */
#define AGE_GROUPS	4
static const int age_first[AGE_GROUPS + 1] = { 0, 67, 80, 90, 0 };

static inline int
age_last(int g)
{
	return g + 1 < AGE_GROUPS ? age_first[g + 1] - 1 : HV_POP_AGE_MAX;
}

#define POP_SEXES	4	/* mann, kvinne, uoppgitt, both */
#define POP_OK		0
#define POP_NO_YEAR	1	/* the file has no figure: ".." */
#define POP_NONE	2	/* no population of that group: "." */

static inline size_t
pop_at(size_t w, size_t a, size_t s)
{
	return (w * (AGE_GROUPS + 1) + a) * POP_SEXES + s;
}

#define BATCH 64	/* rows whose cache misses overlap */

/* The categories row x counts in. */
static inline size_t
cats_of(const struct hv_iplos *ip, const struct xrec *x, const size_t **cats)
{
	size_t n;

	hv_catmap_entry(ip->map, x->entry, cats, &n);
	return n;
}

/* What one output measure reads from a cell. */
enum outm {
	O_RECIPIENTS, O_BED_DAYS, O_HOURS, O_USERS, O_WAITING, O_WAIT_N,
	O_WAIT_MEAN, O_WAIT_MEDIAN, O_WAIT_P90, O_WAIT_MAX, O_BEFORE, NOUTM
};

/* What a run's audit found (iplos-sum --audit). */
struct hv_audit {
	size_t		 systems, cells, primary, secondary, determined;
};

struct hv_cube;

/* iplos-disclose.c: suppress count measure m of window w in the cubes
 * of every unit written, cubes[(o * nwin + w) * NOUTM + m] for written
 * unit o, as one linked system.  With audit, the audit's findings go to
 * each cube's determined cells and its counts into *sum.  -1 when out of
 * memory. */
int	hv_iplos_suppress(const struct hv_iplos *ip, struct hv_cube *cubes,
	    size_t w, int m, int audit, struct hv_audit *sum);

/* iplos.c */
const char *hv_iplos_unit_name(const struct hv_iplos *ip, size_t u);

/* iplos-columns.c: read --columns into ip->colname (usage errors, and a
 * file that cannot be read); find the columns of r, every missing one
 * in one error. */
int	hv_iplos_columns_parse(struct hv_iplos *ip, struct hv_err *e);
int	hv_iplos_find_columns(struct hv_iplos *ip, struct hv_reader *r,
	    struct hv_err *e);

/* What one reader (a thread) has met: districts, by their index in ip,
 * and the service values that are no code of the map exactly (an EPJ's
 * "Helsetjenester i hjemmet"), by their entry + 1 (0: unknown), so that
 * each is looked up in its loose form once. */
struct row_cache {
	struct hv_map	*districts;
	struct hv_map	*services;
};

/* At most this many service values are kept (a column of ids mapped as
 * the service would be one a row). */
#define SERVICE_CACHE_MAX	4096

int	hv_iplos_row_cache_init(struct row_cache *c);
void	hv_iplos_row_cache_free(struct row_cache *c);

/* iplos-row.c: check n rows of block block into the lists of their
 * parts (one list per part), counting what is wrong in bs, with the
 * reader's cache.  -1 when out of memory. */
int	hv_iplos_parse_rows(struct hv_iplos *ip, const struct hv_row *rows,
	    size_t n, size_t block, struct blocksum *bs, struct row_cache *cache,
	    struct xlist *lists);
void	hv_iplos_xlists_free(struct xlist *l, size_t n);

/* iplos-count.c: count the rows of list l in part pt (and empty l); the
 * bed-days of pt's stays, once all rows are counted; a part's memory. */
int	hv_iplos_count_list(const struct hv_iplos *ip, struct part *pt,
	    struct xlist *l);
int	hv_iplos_count_bed_days(const struct hv_iplos *ip, struct part *pt);
int	hv_iplos_part_init(const struct hv_iplos *ip, struct part *pt);
void	hv_iplos_part_free(const struct hv_iplos *ip, struct part *pt);

/* iplos-run.c: read the rest of r, in one thread or, when the file is
 * cut into nblocks at starts, in ip->nparts. */
int	hv_iplos_read_sequential(struct hv_iplos *ip, struct hv_reader *r,
	    struct hv_err *e);
int	hv_iplos_read_parallel(struct hv_iplos *ip, struct hv_reader *r,
	    const long long *starts, size_t nblocks, struct hv_err *e);

/* iplos-report.c: add what block b found to the file's counts (its line
 * numbers from 1, but the first block's from the file's start); the
 * report lines of the file just read; persons whose rows disagree. */
/* 64-bit FNV-1a of the len bytes at s, going on from h (start with
 * HV_IPLOS_FNV_START), then a separator when sep: the fingerprint of a
 * person id, an unknown value, a row's fields. */
#define HV_IPLOS_FNV_START	14695981039346656037ULL

static inline uint64_t
hv_iplos_fnv(uint64_t h, const char *s, size_t len, int sep)
{
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	if (sep) {
		h ^= 0x1f;
		h *= 1099511628211ULL;
	}
	return h;
}

/* A value that made a row invalid for reason, held by the person of
 * fingerprint person; the values of two reports together. */
void	hv_iplos_unknown_add(struct unknowns *u, enum reason reason,
	    const char *s, size_t len, uint64_t person);
void	hv_iplos_unknown_merge(struct unknowns *to, const struct unknowns *from);

/* Stop the file when a column holds identity numbers (after the scan of
 * every field): 0, or -1 with the column named in e. */
int	hv_iplos_check_identity(const struct hv_iplos *ip,
	    const struct hv_reader *r, struct hv_err *e);

/* The number of distinct persons a value from the data must belong to
 * before a message may show it: the threshold of suppression, else 5. */
static inline unsigned long
hv_iplos_shown_from(const struct hv_iplos *ip)
{
	return ip->o.suppress > 0 ? ip->o.suppress : 5;
}

void	hv_iplos_merge_blocksum(struct hv_iplos *ip, const struct blocksum *bs,
	    size_t b);
int	hv_iplos_report_file(struct hv_iplos *ip,
	    unsigned long disagree_before);
unsigned long hv_iplos_disagreeing(const struct hv_iplos *ip);

#endif
