/* atomic.c: temporary file, then rename. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"

struct hv_atomic {
	FILE	*fp;
	char	*path;		/* NULL for standard output */
	char	*tmp;
};

struct hv_atomic *
hv_atomic_open(const char *path, struct hv_err *e)
{
	struct hv_atomic *a;
	const char *slash;
	size_t dirlen;
	mode_t mask;
	int fd;

	if ((a = calloc(1, sizeof(*a))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	if (path == NULL || strcmp(path, "-") == 0) {
		a->fp = stdout;
		return a;
	}
	/* ".name.XXXXXX" beside the target, so rename() stays in one
	 * file system */
	slash = strrchr(path, '/');
	dirlen = slash != NULL ? (size_t)(slash - path + 1) : 0;
	a->path = strdup(path);
	a->tmp = malloc(strlen(path) + 9);
	if (a->path == NULL || a->tmp == NULL) {
		hv_err_nomem(e);
		goto fail;
	}
	memcpy(a->tmp, path, dirlen);
	strcpy(a->tmp + dirlen, ".");
	strcat(a->tmp, path + dirlen);
	strcat(a->tmp, ".XXXXXX");
	if ((fd = mkstemp(a->tmp)) == -1) {
		hv_err_io(e, path, "%s", strerror(errno));
		goto fail;
	}
	/* mkstemp makes 0600; give the file the mode a new file gets */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		hv_err_io(e, path, "%s", strerror(errno));
		close(fd);
		unlink(a->tmp);
		goto fail;
	}
	return a;
fail:
	free(a->path);
	free(a->tmp);
	free(a);
	return NULL;
}

FILE *
hv_atomic_fp(struct hv_atomic *a)
{
	return a->fp;
}

const char *
hv_atomic_tmp_path(const struct hv_atomic *a)
{
	return a->tmp;
}

int
hv_atomic_commit(struct hv_atomic *a, struct hv_err *e)
{
	int rc = 0;

	if (a->path == NULL) {
		if (fflush(a->fp) == EOF || ferror(a->fp))
			rc = hv_err_io(e, "standard output", "%s",
			    strerror(errno));
		free(a);
		return rc;
	}
	if (fflush(a->fp) == EOF || ferror(a->fp) || fsync(fileno(a->fp)) == -1)
		rc = hv_err_io(e, a->path, "%s", strerror(errno));
	if (fclose(a->fp) == EOF && rc == 0)
		rc = hv_err_io(e, a->path, "%s", strerror(errno));
	if (rc == 0 && rename(a->tmp, a->path) == -1)
		rc = hv_err_io(e, a->path, "%s", strerror(errno));
	if (rc == -1)
		unlink(a->tmp);
	free(a->path);
	free(a->tmp);
	free(a);
	return rc;
}

void
hv_atomic_abort(struct hv_atomic *a)
{
	if (a == NULL)
		return;
	if (a->path != NULL) {
		fclose(a->fp);
		unlink(a->tmp);
	}
	free(a->path);
	free(a->tmp);
	free(a);
}
