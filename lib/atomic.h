/*
 * atomic.h: write an output file so that it appears whole or not at all.
 *
 * For a regular file (new, existing, or the target of a symbolic link)
 * the data goes to a temporary file in the same folder, renamed over the
 * target only by hv_atomic_commit(), with the replaced file's mode,
 * owner and group; on failure, on hv_atomic_abort() and on SIGINT,
 * SIGTERM or SIGHUP the temporary file is removed and the target left as
 * it was.  The file gets a new inode: hard links to it keep the old
 * content.  A device, FIFO or terminal (/dev/stdout) is written
 * directly; a directory or a symbolic link to nothing is an error.  A
 * path of NULL or "-" means standard output.
 *
 * Ownership: commit and abort both free the handle.
 */
#ifndef HV_ATOMIC_H
#define HV_ATOMIC_H

#include <stdio.h>

#include "error.h"

struct hv_atomic;

struct hv_atomic *hv_atomic_open(const char *path, struct hv_err *e);

/* The same for a program that writes the file itself (gnuplot): there is
 * always a temporary file; for a device it is in TMPDIR and copied to
 * the device by commit.  NULL or "-" is a usage error: name a file. */
struct hv_atomic *hv_atomic_open_file(const char *path, struct hv_err *e);
FILE	*hv_atomic_fp(struct hv_atomic *a);

/* The temporary file's path, for a program that writes it itself (NULL
 * when written directly). */
const char *hv_atomic_tmp_path(const struct hv_atomic *a);

/* Flush, sync and rename into place.  Returns 0, or -1 (file removed). */
int	 hv_atomic_commit(struct hv_atomic *a, struct hv_err *e);
void	 hv_atomic_abort(struct hv_atomic *a);

#endif
