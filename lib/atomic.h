/*
 * atomic.h: write an output file so that it appears whole or not at all.
 * The data goes to a temporary file in the same folder, renamed over the
 * target only by hv_atomic_commit(); on failure or hv_atomic_abort() the
 * temporary file is removed and an existing target is left untouched.
 * A path of NULL or "-" means standard output, written directly.
 *
 * Ownership: commit and abort both free the handle.
 */
#ifndef HV_ATOMIC_H
#define HV_ATOMIC_H

#include <stdio.h>

#include "error.h"

struct hv_atomic;

struct hv_atomic *hv_atomic_open(const char *path, struct hv_err *e);
FILE	*hv_atomic_fp(struct hv_atomic *a);

/* The temporary file's path, for a program that writes it itself (NULL
 * for standard output). */
const char *hv_atomic_tmp_path(const struct hv_atomic *a);

/* Flush, sync and rename into place.  Returns 0, or -1 (file removed). */
int	 hv_atomic_commit(struct hv_atomic *a, struct hv_err *e);
void	 hv_atomic_abort(struct hv_atomic *a);

#endif
