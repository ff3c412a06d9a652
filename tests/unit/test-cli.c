/* Unit tests for cli.c, list.c and names.c: option numbers read strictly,
 * comma lists, lists of names for messages. */
#include <string.h>

#include <check.h>

#include "cli.h"
#include "list.h"
#include "names.h"

START_TEST(opt_whole_takes_only_whole_numbers_in_range)
{
	struct hv_err e;
	long long v;

	ck_assert_int_eq(hv_opt_whole("--round", "10", 0, 10, &v, &e), 0);
	ck_assert_int_eq(v, 10);
	ck_assert_int_eq(hv_opt_whole("--round", "0", 0, 10, &v, &e), 0);
	ck_assert_int_eq(v, 0);
	/* once cast to an int, 2.7 was 2 */
	ck_assert_int_eq(hv_opt_whole("--round", "2.7", 0, 10, &v, &e), -1);
	ck_assert_str_eq(e.msg, "--round: '2.7' is not a whole number from 0 "
	    "to 10");
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	/* once "1 or more periods" */
	ck_assert_int_eq(hv_opt_whole("--window", "1e10", 1, 100, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "11", 0, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "-1", 0, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "-1", -5, 10, &v, &e), 0);
	ck_assert_int_eq(v, -1);
	ck_assert_int_eq(hv_opt_whole("--w", "", 0, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", " 3", 0, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "3 ", 0, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "-", -5, 10, &v, &e), -1);
	ck_assert_int_eq(hv_opt_whole("--w", "99999999999999999999", 0,
	    10, &v, &e), -1);
}
END_TEST

START_TEST(opt_size_reads_suffixes)
{
	struct hv_err e;
	size_t v;

	ck_assert_int_eq(hv_opt_size("--b", "4096", 64, 1 << 30, &v, &e), 0);
	ck_assert_uint_eq(v, 4096);
	ck_assert_int_eq(hv_opt_size("--b", "64K", 64, 1 << 30, &v, &e), 0);
	ck_assert_uint_eq(v, 65536);
	ck_assert_int_eq(hv_opt_size("--b", "1m", 64, 1 << 30, &v, &e), 0);
	ck_assert_uint_eq(v, 1 << 20);
	ck_assert_int_eq(hv_opt_size("--b", "1G", 64, 1 << 30, &v, &e), 0);
	ck_assert_uint_eq(v, 1 << 30);
	ck_assert_int_eq(hv_opt_size("--b", "2G", 64, 1 << 30, &v, &e), -1);
	ck_assert_str_eq(e.msg, "--b: '2G' is not a size from 64 to 1G bytes "
	    "(a whole number, K, M or G after)");
	ck_assert_int_eq(hv_opt_size("--b", "10", 64, 1 << 30, &v, &e), -1);
	ck_assert_int_eq(hv_opt_size("--b", "K", 64, 1 << 30, &v, &e), -1);
	ck_assert_int_eq(hv_opt_size("--b", "1.5M", 64, 1 << 30, &v, &e), -1);
	ck_assert_int_eq(hv_opt_size("--b", "1T", 64, 1 << 30, &v, &e), -1);
}
END_TEST

START_TEST(opt_wxh_and_number)
{
	struct hv_err e;
	double d;
	int w, h;

	ck_assert_int_eq(hv_opt_wxh("--size", "900x500", 100, 10000, &w, &h,
	    &e), 0);
	ck_assert_int_eq(w, 900);
	ck_assert_int_eq(h, 500);
	ck_assert_int_eq(hv_opt_wxh("--size", "900x", 100, 10000, &w, &h, &e),
	    -1);
	ck_assert_int_eq(hv_opt_wxh("--size", "50x500", 100, 10000, &w, &h,
	    &e), -1);
	ck_assert_int_eq(hv_opt_wxh("--size", "900x500x", 100, 10000, &w, &h,
	    &e), -1);
	ck_assert_int_eq(hv_opt_number("--multiply", "52", &d, &e), 0);
	ck_assert_double_eq(d, 52);
	ck_assert_int_eq(hv_opt_number("--multiply", "1,5", &d, &e), 0);
	ck_assert_double_eq(d, 1.5);
	ck_assert_int_eq(hv_opt_number("--multiply", "..", &d, &e), -1);
	ck_assert_str_eq(e.msg, "--multiply: a number is needed");
	ck_assert_int_eq(hv_opt_number("--divide", "x", &d, &e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
}
END_TEST

START_TEST(lists_split_and_join)
{
	const char *p;
	char item[8], buf[24];
	int n = 0;

	for (p = "a,bb,,ccccccccccc"; (p = hv_list_next(p, item,
	    sizeof(item))) != NULL; n++)
		;
	ck_assert_int_eq(n, 4);
	ck_assert(hv_list_has("BPA,Avlastning", "avlastning"));
	ck_assert(!hv_list_has("BPA,Avlastning", "Avl"));
	ck_assert(!hv_list_has(NULL, "x"));
	buf[0] = '\0';
	hv_list_append(buf, sizeof(buf), "; ", "alpha");
	hv_list_append(buf, sizeof(buf), "; ", "beta");
	ck_assert_str_eq(buf, "alpha; beta");
	/* what does not fit is not cut: "..." once, then nothing */
	hv_list_append(buf, sizeof(buf), "; ", "gamma-delta");
	ck_assert_str_eq(buf, "alpha; beta; ...");
	hv_list_append(buf, sizeof(buf), "; ", "e");
	ck_assert_str_eq(buf, "alpha; beta; ...");
}
END_TEST

enum colour { RED, GREEN };

static const struct hv_name colours[] = {
	{ "red",	RED,	0 },
	{ "r",		RED,	1 },
	{ "green",	GREEN,	0 },
	{ NULL,		0,	0 },
};

START_TEST(names_both_ways)
{
	struct hv_err e;
	char buf[64];
	int v;

	ck_assert_int_eq(hv_name_find(colours, "GREEN", &v), 0);
	ck_assert_int_eq(v, GREEN);
	ck_assert_int_eq(hv_name_find(colours, "r", &v), 0);
	ck_assert_int_eq(v, RED);
	ck_assert_str_eq(hv_name_of(colours, RED), "red");
	ck_assert_str_eq(hv_name_of(colours, 7), "");
	ck_assert_str_eq(hv_name_list(colours, ", ", buf, sizeof(buf)),
	    "red, green");
	ck_assert_int_eq(hv_name_arg(colours, "--colour", "colour", "blue", &v,
	    &e), -1);
	ck_assert_str_eq(e.msg, "--colour: unknown colour 'blue' (red, green)");
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("cli");

	tcase_add_test(tc, opt_whole_takes_only_whole_numbers_in_range);
	tcase_add_test(tc, opt_size_reads_suffixes);
	tcase_add_test(tc, opt_wxh_and_number);
	tcase_add_test(tc, lists_split_and_join);
	tcase_add_test(tc, names_both_ways);
	suite_add_tcase(s, tc);
	return s;
}
