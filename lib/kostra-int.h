/*
 * kostra-int.h: what the files of kostra-compare's engine share:
 * kostra-read.c reads SSB's formats into observations, kostra-codes.c
 * follows region codes across reforms, kostra.c compares.
 */
#ifndef HV_KOSTRA_INT_H
#define HV_KOSTRA_INT_H

#include "error.h"
#include "kostra.h"
#include "period.h"

struct obs {
	char		*unit, *label, *variable;
	struct hv_period p;
	double		 v;
	int		 has_v;
	char		 status[8];
	char		*file;
	unsigned long	 line;
};

struct obsset {
	struct obs	*o;
	size_t		 n, cap;
};

struct change {
	char	*old, *new;
	int	 from;
};

struct hv_kostra {
	struct hv_kostra_opts o;
	struct obsset	 data, pop, need;
	struct change	*codes;
	size_t		 ncodes, codes_cap;
	struct hv_notes	 report;
};

/* kostra-read.c */
/* "K-5037" is SSB's aggregated time-series code for 5037: "5037". */
const char *hv_kostra_plain_code(const char *code);
/* "5037 Levanger" into its code and label; a cell without a code is
 * both. */
void	hv_kostra_split_region(const char *cell, char *code, size_t csz,
	    const char **label);
/* The figures of path (JSON-stat or CSV, found by itself) into set;
 * select picks the categories of JSON-stat's other dimensions. */
int	hv_kostra_load(const struct hv_reader_opts *in, const char *select,
	    const char *path, struct obsset *set, struct hv_err *e);
void	hv_kostra_obsset_free(struct obsset *s);

/* kostra-codes.c: the code changes of path (NULL: the built-in ones)
 * into k; every observation of s under its code of today. */
int	hv_kostra_codes_load(struct hv_kostra *k, const char *path,
	    struct hv_err *e);
void	hv_kostra_current_codes(const struct hv_kostra *k, struct obsset *s);

#endif
