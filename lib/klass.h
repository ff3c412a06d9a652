/*
 * klass.h: SSB's classification server KLASS (data.ssb.no/api/klass/v1)
 * for ssb-get: a classification's code changes, in the form
 * kostra-compare --codes reads, and a correspondence between two
 * classifications at a date (municipalities to KOSTRA groups), in the
 * form kostra-compare --group-members reads.  The requests go through
 * the PxWebApi client's limits and cache.
 */
#ifndef HV_KLASS_H
#define HV_KLASS_H

#include "error.h"
#include "pxweb.h"
#include "table.h"

#define HV_KLASS_API	"https://data.ssb.no/api/klass/v1"

/* The changes of classification id (131: municipalities) from the date
 * from to the date to (NULL: today): old, new, from, kind, old_name,
 * new_name. */
struct hv_table *hv_klass_changes(struct hv_px *px, const char *api,
	    const char *id, const char *from, const char *to,
	    struct hv_err *e);

/* The correspondence "SOURCE:TARGET" (131:112) at date: source,
 * source_name, target, target_name. */
struct hv_table *hv_klass_correspondence(struct hv_px *px, const char *api,
	    const char *pair, const char *date, struct hv_err *e);

/* Is s a date as KLASS takes it (YYYY-MM-DD)? */
int	hv_klass_date(const char *s);

#endif
