/*
 * atomic.c: an output file whole or not at all (atomic.h).
 *
 * What -o names decides how it is written: a regular file (or a symbolic
 * link to one) is replaced by a temporary file beside it, renamed over
 * it, with the old file's mode, owner and group; a new name is created
 * so; a device, a FIFO or a terminal (/dev/stdout, /dev/full) is written
 * directly, since renaming over it would turn it into a plain file; a
 * directory or a link to nothing is an error.
 *
 * A temporary file is removed when the program is stopped by SIGINT,
 * SIGTERM or SIGHUP: the handlers are installed while one exists, and
 * then the signal is raised again with its old disposition.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"

struct hv_atomic {
	FILE	*fp;
	char	*path;		/* the target as given; NULL: stdout */
	char	*target;	/* the file renamed over: the link's target */
	char	*tmp;		/* NULL when written directly */
	int	 copy;		/* tmp in TMPDIR, copied to a device at the end */
};

/* --- removing temporary files on a signal ---------------------------- */

#define MAX_TMP 4
static const int caught[] = { SIGINT, SIGTERM, SIGHUP };
#define NCAUGHT (sizeof(caught) / sizeof(caught[0]))

static char *volatile pending[MAX_TMP];	/* the temporary files there */
static struct sigaction before[NCAUGHT];
static int installed;

static void
on_signal(int sig)
{
	size_t i;

	for (i = 0; i < MAX_TMP; i++)
		if (pending[i] != NULL)
			unlink(pending[i]);
	/* die of the signal, as the program would have */
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
remember(char *tmp)
{
	struct sigaction sa;
	size_t i;
	sigset_t all, old;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	for (i = 0; i < MAX_TMP && pending[i] != NULL; i++)
		;
	if (i < MAX_TMP)
		pending[i] = tmp;
	if (!installed) {
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		for (i = 0; i < NCAUGHT; i++) {
			sigaction(caught[i], NULL, &before[i]);
			/* a signal the caller ignores stays ignored */
			if (before[i].sa_handler != SIG_IGN)
				sigaction(caught[i], &sa, NULL);
		}
		installed = 1;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static void
forget(const char *tmp)
{
	size_t i, left = 0;
	sigset_t all, old;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	for (i = 0; i < MAX_TMP; i++) {
		if (pending[i] == tmp)
			pending[i] = NULL;
		left += pending[i] != NULL;
	}
	if (installed && left == 0) {
		for (i = 0; i < NCAUGHT; i++)
			if (before[i].sa_handler != SIG_IGN)
				sigaction(caught[i], &before[i], NULL);
		installed = 0;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* --- opening ------------------------------------------------------------ */

static void
free_atomic(struct hv_atomic *a)
{
	free(a->path);
	free(a->target);
	free(a->tmp);
	free(a);
}

/* A temporary file ".name.XXXXXX" beside target (so that rename() stays
 * in one file system), or in TMPDIR for a copy; open on a->fp. */
static int
open_tmp(struct hv_atomic *a, const struct stat *old, struct hv_err *e)
{
	const char *slash, *dir;
	size_t dirlen;
	mode_t mask;
	int fd;

	if (a->copy) {
		dir = getenv("TMPDIR");
		if (dir == NULL || *dir == '\0')
			dir = "/tmp";
		if ((a->tmp = malloc(strlen(dir) + 20)) == NULL)
			return hv_err_nomem(e);
		strcpy(a->tmp, dir);
		strcat(a->tmp, "/.hvstat.XXXXXX");
	} else {
		slash = strrchr(a->target, '/');
		dirlen = slash != NULL ? (size_t)(slash - a->target + 1) : 0;
		if ((a->tmp = malloc(strlen(a->target) + 9)) == NULL)
			return hv_err_nomem(e);
		memcpy(a->tmp, a->target, dirlen);
		strcpy(a->tmp + dirlen, ".");
		strcat(a->tmp, a->target + dirlen);
		strcat(a->tmp, ".XXXXXX");
	}
	if ((fd = mkstemp(a->tmp)) == -1) {
		hv_err_io(e, a->path, "%s", strerror(errno));
		free(a->tmp);
		a->tmp = NULL;
		return -1;
	}
	remember(a->tmp);
	if (old != NULL && !a->copy) {
		/* the replaced file's mode, owner and group (as far as this
		 * process may give them) */
		if (fchown(fd, old->st_uid, old->st_gid) == -1)
			(void)fchown(fd, (uid_t)-1, old->st_gid);
		fchmod(fd, old->st_mode & 07777);
	} else {
		/* mkstemp makes 0600; give the mode a new file gets */
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		hv_err_io(e, a->path, "%s", strerror(errno));
		close(fd);
		unlink(a->tmp);
		forget(a->tmp);
		return -1;
	}
	return 0;
}

static struct hv_atomic *
open_output(const char *path, int need_file, struct hv_err *e)
{
	struct hv_atomic *a;
	struct stat lst, st;
	char resolved[PATH_MAX];
	int fd;

	if ((a = calloc(1, sizeof(*a))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	if (path == NULL || strcmp(path, "-") == 0) {
		if (need_file) {
			hv_err_usage(e, "-o: name a file");
			goto fail;
		}
		a->fp = stdout;
		return a;
	}
	if ((a->path = strdup(path)) == NULL)
		goto oom;
	if (lstat(path, &lst) == -1) {
		if (errno != ENOENT) {
			hv_err_io(e, path, "%s", strerror(errno));
			goto fail;
		}
		/* a new file */
		if ((a->target = strdup(path)) == NULL)
			goto oom;
		if (open_tmp(a, NULL, e) == -1)
			goto fail;
		return a;
	}
	if (stat(path, &st) == -1) {
		if (errno == ENOENT)
			hv_err_io(e, path, "a symbolic link to nothing");
		else
			hv_err_io(e, path, "%s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		hv_err_io(e, path, "is a directory");
		goto fail;
	}
	if (S_ISREG(st.st_mode)) {
		/* through a link, the file it points to is replaced */
		if (S_ISLNK(lst.st_mode)) {
			if (realpath(path, resolved) == NULL) {
				hv_err_io(e, path, "%s", strerror(errno));
				goto fail;
			}
			a->target = strdup(resolved);
		} else {
			a->target = strdup(path);
		}
		if (a->target == NULL)
			goto oom;
		if (open_tmp(a, &st, e) == -1)
			goto fail;
		return a;
	}
	/* a device, a FIFO, a socket, a terminal: written directly, or,
	 * for a program that needs a file of its own, copied at the end */
	if (need_file) {
		a->copy = 1;
		if ((a->target = strdup(path)) == NULL)
			goto oom;
		if (open_tmp(a, NULL, e) == -1)
			goto fail;
		return a;
	}
	if ((fd = open(path, O_WRONLY | O_NOCTTY)) == -1 ||
	    (a->fp = fdopen(fd, "w")) == NULL) {
		hv_err_io(e, path, "%s", strerror(errno));
		if (fd != -1)
			close(fd);
		goto fail;
	}
	return a;
oom:
	hv_err_nomem(e);
fail:
	free_atomic(a);
	return NULL;
}

struct hv_atomic *
hv_atomic_open(const char *path, struct hv_err *e)
{
	return open_output(path, 0, e);
}

struct hv_atomic *
hv_atomic_open_file(const char *path, struct hv_err *e)
{
	return open_output(path, 1, e);
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

/* --- closing ------------------------------------------------------------ */

/* Copy the temporary file to the device it stands for. */
static int
copy_out(struct hv_atomic *a, struct hv_err *e)
{
	char buf[65536];
	FILE *in, *out;
	size_t n;
	int rc = 0;

	if ((in = fopen(a->tmp, "rb")) == NULL)
		return hv_err_io(e, a->path, "%s", strerror(errno));
	if ((out = fopen(a->target, "wb")) == NULL) {
		fclose(in);
		return hv_err_io(e, a->path, "%s", strerror(errno));
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			break;
	if (ferror(in))
		rc = hv_err_io(e, a->tmp, "%s", strerror(errno));
	if ((fflush(out) == EOF || ferror(out)) && rc == 0)
		rc = hv_err_io(e, a->path, "%s", strerror(errno));
	if (fclose(out) == EOF && rc == 0)
		rc = hv_err_io(e, a->path, "%s", strerror(errno));
	fclose(in);
	return rc;
}

int
hv_atomic_commit(struct hv_atomic *a, struct hv_err *e)
{
	const char *name = a->path != NULL ? a->path : "standard output";
	int rc = 0;

	if (a->tmp == NULL) {
		/* written directly: stdout, a device, a FIFO */
		errno = 0;
		if (fflush(a->fp) == EOF || ferror(a->fp))
			rc = hv_err_io(e, name, "%s", errno != 0 ?
			    strerror(errno) : "write error");
		if (a->fp != stdout && fclose(a->fp) == EOF && rc == 0)
			rc = hv_err_io(e, name, "%s", strerror(errno));
		free_atomic(a);
		return rc;
	}
	errno = 0;
	if (a->fp != NULL && (fflush(a->fp) == EOF || ferror(a->fp) ||
	    fsync(fileno(a->fp)) == -1))
		rc = hv_err_io(e, name, "%s", errno != 0 ? strerror(errno) :
		    "write error");
	if (a->fp != NULL && fclose(a->fp) == EOF && rc == 0)
		rc = hv_err_io(e, name, "%s", strerror(errno));
	a->fp = NULL;
	if (rc == 0 && a->copy)
		rc = copy_out(a, e);
	else if (rc == 0 && rename(a->tmp, a->target) == -1)
		rc = hv_err_io(e, name, "%s", strerror(errno));
	if (rc == -1 || a->copy)
		unlink(a->tmp);
	forget(a->tmp);
	free_atomic(a);
	return rc;
}

void
hv_atomic_abort(struct hv_atomic *a)
{
	if (a == NULL)
		return;
	if (a->fp != NULL && a->fp != stdout)
		fclose(a->fp);
	if (a->tmp != NULL) {
		unlink(a->tmp);
		forget(a->tmp);
	}
	free_atomic(a);
}
