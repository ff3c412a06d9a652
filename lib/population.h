/*
 * population.h: the inhabitants of one region by age, sex and year, as
 * SSB's table 07459 gives them (Befolkning, etter region, kjønn, alder og
 * år), for figures per inhabitant.  Read from JSON-stat (the API), PX, or
 * a CSV or xlsx download in Statistikkbanken's layouts (long, or a column
 * per year such as "Persons 2021"); with or without sex; single years of
 * age ("80 år", code 080), groups ("67-79 år") or none.  SSB's year is
 * the population on 1 January of that year.
 *
 * Ownership: hv_pop_load() returns a table the caller frees with
 * hv_pop_free(); the strings it gives belong to it.
 */
#ifndef HV_POPULATION_H
#define HV_POPULATION_H

#include "error.h"
#include "reader.h"

/* The oldest age: "105 years or older" is 105 to this. */
#define HV_POP_AGE_MAX	200

enum hv_pop_sex { HV_POP_MEN, HV_POP_WOMEN, HV_POP_ALL };

struct hv_pop;

/*
 * Load path; region (a code, 5037 or K-5037, or a name) picks one when
 * the file has several (NULL: it must have one).  NULL with the reason
 * in *e: a file that cannot be read, a column or dimension that is none
 * of region, age, sex, year and persons and has more than one value, an
 * age or sex that does not read, no such region, several without
 * region, or a year given twice.
 */
struct hv_pop *hv_pop_load(const char *path, const char *region,
	    const struct hv_reader_opts *in, struct hv_err *e);

/*
 * The inhabitants of year of ages lo to hi (hi HV_POP_AGE_MAX: and
 * older) and sex into *n: 0; 1 when the file has no figure of that year
 * (or of some age or sex in it); -1 when its ages or sexes cannot give
 * that group, the reason in *e ("its group 60-69 crosses 67").
 */
int	hv_pop_count(const struct hv_pop *p, int year, int lo, int hi,
	    enum hv_pop_sex sex, double *n, struct hv_err *e);

/* Where the figures come from, for the output: "SSB 07459, 3001 Halden"
 * when the file's title names SSB's table, else "07459.csv, 3001
 * Halden"; and the title ("07459: Befolkning, etter region, ...", or
 * ""). */
const char *hv_pop_source(const struct hv_pop *p);
const char *hv_pop_title(const struct hv_pop *p);

/* The rows of other contents than persons (births, moves: the
 * statistikkvariabel column of a download of several) left out. */
unsigned long hv_pop_left_out(const struct hv_pop *p);

/* The file's first and last year. */
void	hv_pop_years(const struct hv_pop *p, int *first, int *last);

void	hv_pop_free(struct hv_pop *p);

#endif
