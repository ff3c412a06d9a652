/* Unit tests for atomic.c and map.c: whole files or none; the hash map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <check.h>

#include "atomic.h"
#include "map.h"

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

Suite *
make_suite(void)
{
	Suite *s = suite_create("atomic");
	TCase *tc = tcase_create("atomic");

	tcase_add_test(tc, atomic_commit_replaces_and_abort_keeps);
	tcase_add_test(tc, atomic_open_fails_in_a_missing_folder);
	tcase_add_test(tc, map_stores_and_finds_many_keys);
	suite_add_tcase(s, tc);
	return s;
}
