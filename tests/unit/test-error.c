/* Unit tests for error.c: messages with a place, and kinds that become
 * exit statuses in one place. */
#include <string.h>

#include <check.h>

#include "error.h"

START_TEST(err_kinds_map_to_exit_statuses)
{
	struct hv_err e;

	ck_assert_int_eq(hv_err_set(&e, "bad %s", "row"), -1);
	ck_assert_int_eq(e.kind, HV_ERR_DATA);
	ck_assert_int_eq(hv_err_exit(&e), 1);
	ck_assert_int_eq(hv_err_usage(&e, "--x: %d", 3), -1);
	ck_assert_str_eq(e.msg, "--x: 3");
	ck_assert_int_eq(hv_err_exit(&e), 2);
	/* out of memory is not a usage error (it was, in hv_iplos_new) */
	ck_assert_int_eq(hv_err_nomem(&e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_NOMEM);
	ck_assert_str_eq(e.msg, "out of memory");
	ck_assert_int_eq(hv_err_exit(&e), 1);
	ck_assert_int_eq(hv_err_io(&e, "a.csv", "read error: %s", "EIO"), -1);
	ck_assert_int_eq(e.kind, HV_ERR_IO);
	ck_assert_str_eq(e.msg, "a.csv: read error: EIO");
	ck_assert_int_eq(hv_err_exit(&e), 1);
}
END_TEST

START_TEST(err_place_and_prefix_keep_the_kind)
{
	struct hv_err e;

	hv_err_at(&e, "f.csv", 12, "invalid %s", "date");
	ck_assert_str_eq(e.msg, "f.csv:12: invalid date");
	hv_err_at(&e, "f.csv", 0, "empty");
	ck_assert_str_eq(e.msg, "f.csv: empty");
	hv_err_prefix(&e, "ctx");
	ck_assert_str_eq(e.msg, "ctx: f.csv: empty");
	ck_assert_int_eq(e.kind, HV_ERR_DATA);
	hv_err_set(&e, "invalid date '2021-02-29'");
	hv_err_option(&e, "--on");
	ck_assert_str_eq(e.msg, "--on: invalid date '2021-02-29'");
	ck_assert_int_eq(hv_err_exit(&e), 2);
}
END_TEST

START_TEST(err_quote_cuts_whole_utf8_sequences)
{
	char buf[10];

	ck_assert_str_eq(hv_err_quote("abc", 3, buf, sizeof(buf)), "abc");
	/* six bytes fit; the seventh starts an ø that must not be split */
	ck_assert_str_eq(hv_err_quote("abcde\xC3\xB8xyz", 10, buf,
	    sizeof(buf)), "abcde...");
}
END_TEST

START_TEST(notes_grow_and_free)
{
	struct hv_notes n;
	int i;

	memset(&n, 0, sizeof(n));
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(hv_notes_add(&n, "line %d", i), 0);
	ck_assert_uint_eq(n.n, 100);
	ck_assert_str_eq(n.line[99], "line 99");
	hv_notes_free(&n);
	ck_assert_uint_eq(n.n, 0);
	ck_assert_ptr_null(n.line);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("error");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, err_kinds_map_to_exit_statuses);
	tcase_add_test(tc, err_place_and_prefix_keep_the_kind);
	tcase_add_test(tc, err_quote_cuts_whole_utf8_sequences);
	tcase_add_test(tc, notes_grow_and_free);
	suite_add_tcase(s, tc);
	return s;
}
