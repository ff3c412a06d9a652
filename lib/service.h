/*
 * service.h: IPLOS service types and the report categories they count in.
 *
 * The canonical services are fixed (their codes, FinnKode 9151 numbers and
 * Norwegian names); which code of an extract is which service, and which
 * services count in which report category, is a map: built in, printed by
 * hv_catmap_table() (iplos-sum --print-map), replaceable by a file of the
 * same form (CSV with columns code, service, category; one row per code
 * and category, an empty category for a code that counts in none), or
 * added to by a file of aliases (columns code and service only: the
 * file's codes count where the built-in map counts their service).
 *
 * The built-in map knows each service by its canonical code, its FinnKode
 * number (with leading zeros or not: 08.01 is 8.01), its official name
 * and the older names EPJ systems still write (hjemmesykepleie,
 * omsorgslønn, ...).  Every map matches a code exactly first, then in
 * its loose form (hv_utf8_loose: case, blanks, dashes, punctuation at
 * the ends), then as a number and a name that agree ("15 - Helsetjenester
 * i hjemmet").
 *
 * Ownership: hv_catmap_*() return maps the caller frees with
 * hv_catmap_free().
 */
#ifndef HV_SERVICE_H
#define HV_SERVICE_H

#include <stddef.h>

#include "error.h"
#include "table.h"

enum hv_service_kind {
	HV_SERVICE_HOME,	/* hjemmebasert: counts in Hjemmetjenester */
	HV_SERVICE_INSTITUTION,	/* in an institution */
	HV_SERVICE_OTHER,	/* velferdsteknologi */
	HV_SERVICE_COERCION	/* use of coercion: never a service to count */
};

struct hv_service {
	const char	*code;		/* canonical: "hjemmesykepleie" */
	const char	*finnkode;	/* FinnKode 9151 number, or NULL */
	const char	*name;		/* Norwegian name */
	enum hv_service_kind kind;
	int		 day_based;	/* a stay: bed-days are counted */
	int		 hours;		/* hours per week are registered
					   (Helsedirektoratet: 1, 2, 3, 4,
					   7, 9, 11, 15, 17, 22) */
};

/* The canonical services, hv_service_count() of them. */
const struct hv_service *hv_service_list(void);
size_t	hv_service_count(void);

struct hv_catmap;

/* The built-in map. */
struct hv_catmap *hv_catmap_default(struct hv_err *e);

/* A map read from a file in either form above.  Two codes of one loose
 * form but different services, or a code of the aliases that the
 * built-in map knows as another service, are errors. */
struct hv_catmap *hv_catmap_load(const char *path, struct hv_err *e);

/* The map as a table (code, service, category), to print. */
struct hv_table *hv_catmap_table(const struct hv_catmap *m);

/* The entry of an extract code (len bytes) in the map, or -1 when the
 * map does not know the code. */
long	hv_catmap_code(const struct hv_catmap *m, const char *code,
	    size_t len);

/* The entry of a code as it is written in the map, or -1 (the fast
 * path: no loose form). */
long	hv_catmap_exact(const struct hv_catmap *m, const char *code,
	    size_t len);

/* Entry i's service index; *cats and *ncats get the categories its code
 * counts in (a code, not its service, has categories, so that an EPJ's
 * own codes for one service can count apart). */
int	hv_catmap_entry(const struct hv_catmap *m, size_t i,
	    const size_t **cats, size_t *ncats);

/* The number of entries (codes) of the map. */
size_t	hv_catmap_nentries(const struct hv_catmap *m);

/* The categories, in the map's order. */
size_t	hv_catmap_ncategories(const struct hv_catmap *m);
const char *hv_catmap_category(const struct hv_catmap *m, size_t i);

/* Index of the category named name (case-insensitive), or -1. */
int	hv_catmap_find_category(const struct hv_catmap *m, const char *name);

void	hv_catmap_free(struct hv_catmap *m);

#endif
