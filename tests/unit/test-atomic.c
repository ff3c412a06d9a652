/* Unit tests for atomic.c, map.c, mem.c and utf8.c's ASCII scan: whole
 * files or none; the hash map; growing arrays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <check.h>

#include "atomic.h"
#include "map.h"
#include "mem.h"
#include "utf8.h"

START_TEST(atomic_commit_replaces_and_abort_keeps)
{
	char dir[] = "/tmp/hvatomic.XXXXXX", path[64], buf[16];
	struct hv_atomic *a;
	struct hv_err e;
	struct stat st;
	mode_t mask;
	FILE *fp;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/r.md", dir);

	a = hv_atomic_open(path, &e);
	ck_assert_ptr_nonnull(a);
	fputs("first\n", hv_atomic_fp(a));
	ck_assert_int_eq(stat(path, &st), -1);	/* not there before commit */
	ck_assert_int_eq(hv_atomic_commit(a, &e), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	mask = umask(0);
	umask(mask);
	ck_assert_int_eq(st.st_mode & 0777, 0666 & ~mask);

	a = hv_atomic_open(path, &e);
	fputs("second, cut short", hv_atomic_fp(a));
	hv_atomic_abort(a);
	fp = fopen(path, "r");
	ck_assert_ptr_nonnull(fgets(buf, sizeof(buf), fp));
	ck_assert_str_eq(buf, "first\n");
	fclose(fp);

	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0);	/* no temporary file left */
}
END_TEST

START_TEST(atomic_open_fails_in_a_missing_folder)
{
	struct hv_err e;

	ck_assert_ptr_null(hv_atomic_open("/nonexistent/x.csv", &e));
	ck_assert_str_eq(e.msg, "/nonexistent/x.csv: No such file or "
	    "directory");
}
END_TEST

/* Write "text" to path through hv_atomic_open: its commit's result. */
static int
write_text(const char *path, const char *text, struct hv_err *e)
{
	struct hv_atomic *a = hv_atomic_open(path, e);

	if (a == NULL)
		return -1;
	fputs(text, hv_atomic_fp(a));
	return hv_atomic_commit(a, e);
}

static char *
read_text(const char *path, char *buf, size_t sz)
{
	FILE *fp = fopen(path, "r");
	size_t n;

	ck_assert_ptr_nonnull(fp);
	n = fread(buf, 1, sz - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* What -o names decides how it is written: a file keeps its mode, a
 * link is followed and stays a link, a FIFO and a device are written
 * directly, a directory and a link to nothing are errors. */
START_TEST(atomic_writes_what_the_path_is)
{
	char dir[] = "/tmp/hvatomic.XXXXXX", f[64], l[64], d[64], fifo[64],
	    buf[64];
	struct hv_err e;
	struct stat st;
	pid_t pid;
	int status;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(f, sizeof(f), "%s/f", dir);
	snprintf(l, sizeof(l), "%s/l", dir);
	snprintf(d, sizeof(d), "%s/d", dir);
	snprintf(fifo, sizeof(fifo), "%s/p", dir);

	ck_assert_int_eq(write_text(f, "old\n", &e), 0);
	ck_assert_int_eq(chmod(f, 0600), 0);
	ck_assert_int_eq(write_text(f, "new\n", &e), 0);
	ck_assert_int_eq(stat(f, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);
	ck_assert_str_eq(read_text(f, buf, sizeof(buf)), "new\n");

	ck_assert_int_eq(symlink("f", l), 0);
	ck_assert_int_eq(write_text(l, "through\n", &e), 0);
	ck_assert_int_eq(lstat(l, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_str_eq(read_text(f, buf, sizeof(buf)), "through\n");
	ck_assert_int_eq(stat(f, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);
	unlink(l);

	ck_assert_int_eq(symlink("nowhere", l), 0);
	ck_assert_int_eq(write_text(l, "x", &e), -1);
	ck_assert_msg(strstr(e.msg, "a symbolic link to nothing") != NULL,
	    "%s", e.msg);
	unlink(l);
	ck_assert_int_eq(mkdir(d, 0700), 0);
	ck_assert_int_eq(write_text(d, "x", &e), -1);
	ck_assert_msg(strstr(e.msg, "is a directory") != NULL, "%s", e.msg);
	rmdir(d);

	/* a FIFO stays a FIFO: its reader gets the text */
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	if ((pid = fork()) == 0) {
		struct hv_err ce;

		_exit(write_text(fifo, "piped\n", &ce) == 0 ? 0 : 1);
	}
	ck_assert_str_eq(read_text(fifo, buf, sizeof(buf)), "piped\n");
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_int_eq(lstat(fifo, &st), 0);
	ck_assert(S_ISFIFO(st.st_mode));
	unlink(fifo);

	/* a device is written, not replaced, and a full one says so */
	if (stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode)) {
		ck_assert_int_eq(write_text("/dev/full", "x", &e), -1);
		ck_assert_str_eq(e.msg, "/dev/full: No space left on device");
		ck_assert_int_eq(stat("/dev/full", &st), 0);
		ck_assert(S_ISCHR(st.st_mode));
	}
	unlink(f);
	ck_assert_int_eq(rmdir(dir), 0);	/* no temporary file left */
}
END_TEST

/* Stopped by a signal while writing, a program leaves no temporary file
 * and the old file as it was, and still dies of the signal. */
START_TEST(atomic_leaves_nothing_when_stopped)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	char dir[] = "/tmp/hvatomic.XXXXXX", f[64], buf[64];
	struct hv_err e;
	size_t i;
	pid_t pid;
	int status;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(f, sizeof(f), "%s/f", dir);
	ck_assert_int_eq(write_text(f, "old\n", &e), 0);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		if ((pid = fork()) == 0) {
			struct hv_atomic *a = hv_atomic_open(f, &e);

			fputs("half", hv_atomic_fp(a));
			fflush(hv_atomic_fp(a));
			raise(sigs[i]);
			_exit(3);	/* not reached */
		}
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == sigs[i]);
		ck_assert_str_eq(read_text(f, buf, sizeof(buf)), "old\n");
	}
	unlink(f);
	ck_assert_int_eq(rmdir(dir), 0);	/* no temporary file left */
}
END_TEST

/* For a program that writes the file itself, a device gets a copy. */
START_TEST(atomic_file_for_a_device_is_copied)
{
	struct hv_atomic *a;
	struct hv_err e;
	FILE *fp;

	a = hv_atomic_open_file("/dev/null", &e);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(hv_atomic_tmp_path(a));
	fp = fopen(hv_atomic_tmp_path(a), "w");
	fputs("drawn", fp);
	fclose(fp);
	ck_assert_int_eq(hv_atomic_commit(a, &e), 0);
	a = hv_atomic_open_file("/dev/full", &e);
	ck_assert_ptr_nonnull(a);
	fp = fopen(hv_atomic_tmp_path(a), "w");
	fputs("drawn", fp);
	fclose(fp);
	ck_assert_int_eq(hv_atomic_commit(a, &e), -1);
	ck_assert_str_eq(e.msg, "/dev/full: No space left on device");
}
END_TEST

START_TEST(map_stores_and_finds_many_keys)
{
	struct hv_map *m = hv_map_new();
	char key[32];
	long i;

	for (i = 0; i < 100000; i++) {
		snprintf(key, sizeof(key), "P%07ld", i);
		ck_assert_int_eq(hv_map_put(m, key, strlen(key), i), i);
	}
	ck_assert_uint_eq(hv_map_count(m), 100000);
	for (i = 0; i < 100000; i += 7) {
		snprintf(key, sizeof(key), "P%07ld", i);
		ck_assert_int_eq(hv_map_get(m, key, strlen(key)), i);
		ck_assert_int_eq(hv_map_put(m, key, strlen(key), -5), i);
	}
	ck_assert_int_eq(hv_map_get(m, "nope", 4), -1);
	ck_assert_int_eq(hv_map_put(m, "", 0, 7), 7);	/* empty key */
	ck_assert_int_eq(hv_map_get(m, "", 0), 7);
	hv_map_free(m);
}
END_TEST

START_TEST(grow_keeps_what_is_there)
{
	size_t cap = 0, i;
	int *v = NULL;

	ck_assert_int_eq(hv_grow(&v, &cap, 0, sizeof(*v)), 0);
	ck_assert_ptr_null(v);
	for (i = 0; i < 1000; i++) {
		ck_assert_int_eq(hv_grow(&v, &cap, i + 1, sizeof(*v)), 0);
		ck_assert_uint_ge(cap, i + 1);
		v[i] = (int)i;
	}
	for (i = 0; i < 1000; i++)
		ck_assert_int_eq(v[i], (int)i);
	ck_assert_uint_eq(cap, 1024);
	/* a size that overflows fails and leaves the array */
	ck_assert_int_eq(hv_grow(&v, &cap, SIZE_MAX / 2, sizeof(*v)), -1);
	ck_assert_uint_eq(cap, 1024);
	ck_assert_int_eq(v[999], 999);
	free(v);
}
END_TEST

START_TEST(ascii_prefix_stops_at_the_first_high_byte)
{
	unsigned char s[40];
	size_t at;

	memset(s, 'a', sizeof(s));
	ck_assert_uint_eq(hv_utf8_ascii(s, sizeof(s)), sizeof(s));
	ck_assert_uint_eq(hv_utf8_ascii(s, 0), 0);
	/* in and after the eight-byte words, and in the tail */
	for (at = 0; at < sizeof(s); at++) {
		s[at] = 0xC3;
		ck_assert_uint_eq(hv_utf8_ascii(s, sizeof(s)), at);
		ck_assert_uint_eq(hv_utf8_ascii(s, at), at);
		s[at] = 'a';
	}
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("atomic");
	TCase *tc = tcase_create("atomic");

	tcase_add_test(tc, atomic_commit_replaces_and_abort_keeps);
	tcase_add_test(tc, atomic_open_fails_in_a_missing_folder);
	tcase_add_test(tc, atomic_writes_what_the_path_is);
	tcase_add_test(tc, atomic_leaves_nothing_when_stopped);
	tcase_add_test(tc, atomic_file_for_a_device_is_copied);
	tcase_add_test(tc, map_stores_and_finds_many_keys);
	tcase_add_test(tc, grow_keeps_what_is_there);
	tcase_add_test(tc, ascii_prefix_stops_at_the_first_high_byte);
	suite_add_tcase(s, tc);
	return s;
}
