/*
 * Unit tests for trend's engine through its API, and for cell.c: series
 * in memory, the measures, their labels in both languages, the result
 * asked for twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "cell.h"
#include "helpers.h"
#include "trend.h"

/* A trend over the text, finished; NULL and *e when it fails. */
static struct hv_trend *
trend_of(const struct hv_trend_opts *o, const char *text, struct hv_err *e)
{
	struct hv_reader_opts ro;
	struct hv_reader *r;
	struct hv_trend *t;
	FILE *fp;
	int rc;

	if ((t = hv_trend_new(o, e)) == NULL)
		return NULL;
	fp = fmemopen((void *)text, strlen(text), "r");
	ck_assert_ptr_nonnull(fp);
	hv_reader_opts_init(&ro);
	r = hv_reader_open_fp(fp, "t.csv", &ro, e);
	ck_assert_msg(r != NULL, "%s", e->msg);
	rc = hv_trend_add(t, r, e);
	hv_reader_close(r);
	fclose(fp);
	if (rc == -1 || hv_trend_finish(t, e) == -1) {
		hv_trend_free(t);
		return NULL;
	}
	return t;
}

static char *
md_of(const struct hv_trend *t, int wide, enum hv_lang lang)
{
	struct hv_out_opts o = { HV_FMT_MD, HV_NUMSTYLE_C, wide, lang, NULL };
	struct hv_table *tab;
	struct hv_err e;
	char *out;

	tab = hv_trend_table(t, wide, lang, &e);
	ck_assert_msg(tab != NULL, "%s", e.msg);
	out = ut_table_text(tab, &o);
	hv_table_free(tab);
	return out;
}

static const char series[] =
    "series,period,value\nA,2019,100\nA,2020,110\nA,2021,99\n";

START_TEST(trend_labels_follow_the_language)
{
	struct hv_trend_opts o;
	struct hv_trend *t;
	struct hv_err e;
	char *en, *nb;

	hv_trend_opts_init(&o);
	o.base = "2019";
	o.measures = "change,base_change_pct";
	t = trend_of(&o, series, &e);
	ck_assert_msg(t != NULL, "%s", e.msg);
	en = md_of(t, 1, HV_LANG_EN);
	nb = md_of(t, 1, HV_LANG_NB);
	/* once Norwegian whatever --labels said */
	ck_assert_msg(strstr(en, "| Change |  | 10 | -11 |") != NULL, "%s", en);
	ck_assert_msg(strstr(en, "| Change from 2019 in % |  | 10.0 | -1.0 |") !=
	    NULL, "%s", en);
	ck_assert_msg(strstr(nb, "| Endring |  | 10 | -11 |") != NULL, "%s", nb);
	ck_assert_msg(strstr(nb, "| Endring fra 2019 i % |") != NULL, "%s", nb);
	ck_assert_msg(strncmp(nb, "| Serie |", 9) == 0, "%s", nb);
	free(en);
	free(nb);
	hv_trend_free(t);
}
END_TEST

/* hv_trend_table once sorted, added --total, scaled and cleared the
 * measures: a second call counted the total twice. */
START_TEST(trend_table_asked_twice_is_the_same)
{
	static const char two[] = "series,period,value\nA,2019,1\nB,2019,2\n"
	    "A,2020,3\nB,2020,4\n";
	struct hv_trend_opts o;
	struct hv_trend *t;
	struct hv_err e;
	char *a, *b;

	hv_trend_opts_init(&o);
	o.total = "Sum";
	o.multiply = 2;
	t = trend_of(&o, two, &e);
	ck_assert_msg(t != NULL, "%s", e.msg);
	ck_assert_int_eq(hv_trend_finish(t, &e), 0);
	a = md_of(t, 0, HV_LANG_EN);
	b = md_of(t, 0, HV_LANG_EN);
	ck_assert_str_eq(a, b);
	/* the sum of 1 and 2, doubled once */
	ck_assert_msg(strstr(a, "| Sum | 2019 | 6 |") != NULL, "%s", a);
	free(a);
	free(b);
	hv_trend_free(t);
}
END_TEST

START_TEST(trend_errors_have_their_kind_and_place)
{
	struct hv_trend_opts o;
	struct hv_err e;

	hv_trend_opts_init(&o);
	o.measures = "index";
	ck_assert_ptr_null(hv_trend_new(&o, &e));
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	ck_assert_str_eq(e.msg, "--measures: 'index' needs --base");
	hv_trend_opts_init(&o);
	ck_assert_ptr_null(trend_of(&o, "series,period,value\nA,2019,5x4\n",
	    &e));
	ck_assert_int_eq(e.kind, HV_ERR_DATA);
	ck_assert_str_eq(e.msg, "t.csv:2: invalid number '5x4' (unexpected "
	    "character) in column 'value'");
	ck_assert_ptr_null(trend_of(&o, "series,period,value\nA,2019,1\n"
	    "A,2019,2\n", &e));
	ck_assert_str_eq(e.msg, "t.csv:3: series 'A' has period 2019 twice "
	    "(also at t.csv:2)");
}
END_TEST

START_TEST(cells_read_with_their_place)
{
	struct hv_period p;
	struct hv_num n;
	struct hv_err e;

	ck_assert_int_eq(hv_cell_num("f.csv", 3, "2019", "1 125", 5, &n, &e),
	    0);
	ck_assert_double_eq(n.v, 1125);
	ck_assert_int_eq(hv_cell_num("f.csv", 3, "2019", "5x4", 3, &n, &e),
	    -1);
	ck_assert_str_eq(e.msg, "f.csv:3: invalid number '5x4' (unexpected "
	    "character) in column '2019'");
	ck_assert_int_eq(hv_cell_period("f.csv", 4, "\xC3\xA5r", "2024K3", 6,
	    &p, &e), 0);
	ck_assert_int_eq(p.kind, HV_PERIOD_QUARTER);
	ck_assert_int_eq(hv_cell_period("f.csv", 4, "\xC3\xA5r", "22", 2, &p,
	    &e), -1);
	ck_assert_str_eq(e.msg, "f.csv:4: two-digit year '22' (write the year "
	    "with four digits) in column '\xC3\xA5r'");
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("trend");
	TCase *tc = tcase_create("trend");

	tcase_add_test(tc, trend_labels_follow_the_language);
	tcase_add_test(tc, trend_table_asked_twice_is_the_same);
	tcase_add_test(tc, trend_errors_have_their_kind_and_place);
	tcase_add_test(tc, cells_read_with_their_place);
	suite_add_tcase(s, tc);
	return s;
}
