/* Unit tests for atomic.c, map.c, mem.c and utf8.c's ASCII scan: whole
 * files or none; the hash map; growing arrays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
	tcase_add_test(tc, map_stores_and_finds_many_keys);
	tcase_add_test(tc, grow_keeps_what_is_there);
	tcase_add_test(tc, ascii_prefix_stops_at_the_first_high_byte);
	suite_add_tcase(s, tc);
	return s;
}
