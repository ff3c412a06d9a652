/*
 * Unit tests for kostra-compare's and chart's engines through their
 * APIs, on the fixtures ($FIXTURES): every format gives the same
 * comparison, old region codes meet new ones, the flags, the dump; and a
 * chart's program, where text from the data is only ever a literal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "chart.h"
#include "helpers.h"
#include "kostra.h"

static char *
fixture(const char *name)
{
	static char path[1024];
	const char *dir = getenv("FIXTURES");

	snprintf(path, sizeof(path), "%s/%s", dir != NULL ? dir : "fixtures",
	    name);
	return path;
}


/* The comparison of file as CSV, or NULL with *e. */
static char *
compare(const char *file, const char *ref, const char *units,
    const char *codes, enum hv_lang lang, struct hv_err *e)
{
	struct hv_kostra_opts o;
	struct hv_kostra *k;
	struct hv_table *t;
	char *out = NULL;

	hv_kostra_opts_init(&o);
	o.focus = "Levanger";
	o.ref = ref;
	o.units = units;
	o.codes = codes;
	if ((k = hv_kostra_new(&o, e)) == NULL)
		return NULL;
	if (hv_kostra_add(k, fixture(file), e) == 0 &&
	    (t = hv_kostra_table(k, lang, e)) != NULL) {
		out = ut_table_text(t, NULL);
		hv_table_free(t);
	}
	hv_kostra_free(k);
	return out;
}

/* JSON-stat, Statistikkbanken's CSV (Latin-1, long with a BOM) and the
 * tidy CSV are one dataset: one comparison. */
START_TEST(every_format_gives_the_same_comparison)
{
	static const char *files[] = { "kostra/12362-pleie-og-omsorg-tidy.csv",
	    "kostra/12362-pleie-og-omsorg-latin1.csv",
	    "kostra/12362-pleie-og-omsorg-long-bom.csv" };
	struct hv_err e;
	char *json, *other;
	size_t i;

	json = compare("kostra/12362-pleie-og-omsorg.json", "EKG09", NULL, NULL,
	    HV_LANG_EN, &e);
	ck_assert_msg(json != NULL, "%s", e.msg);
	/* others_mean 2022: Verdal, Stjørdal, Steinkjer, Malvik and Melhus,
	 * (19397 + 21109 + 21640 + 22836 + 21395) / 5 = 21275.4 */
	ck_assert_msg(strstr(json, "5037,Levanger,2022,21050,,-2669,-11.3,5,6,"
	    "21275,\n") != NULL, "%s", json);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		other = compare(files[i], "EKG09", NULL, NULL, HV_LANG_EN, &e);
		ck_assert_msg(other != NULL, "%s: %s", files[i], e.msg);
		ck_assert_msg(strcmp(json, other) == 0, "%s", files[i]);
		free(other);
	}
	free(json);
}
END_TEST

START_TEST(flags_in_both_languages)
{
	struct hv_err e;
	char *en, *nb;

	en = compare("kostra/12362-pleie-og-omsorg.json", "EKG09", NULL, NULL,
	    HV_LANG_EN, &e);
	nb = compare("kostra/12362-pleie-og-omsorg.json", "EKG09", NULL, NULL,
	    HV_LANG_NB, &e);
	ck_assert_ptr_nonnull(en);
	ck_assert_ptr_nonnull(nb);
	ck_assert_msg(strstr(en, ",KOSTRA group redrawn 2020\n") != NULL &&
	    strstr(en, "negative value") != NULL, "%s", en);
	ck_assert_msg(strstr(nb, ",kostragruppe endret 2020\n") != NULL &&
	    strstr(nb, "negativ verdi") != NULL, "%s", nb);
	free(en);
	free(nb);
}
END_TEST

/* The rules of the comparison, on R5: the focus first; a flagged value
 * unranked and not counted in rank_of; the reference no difference from
 * itself; the mean of the others, without the focus. */
START_TEST(comparison_rules)
{
	struct hv_err e;
	char *out, *verdal;

	out = compare("kostra/12362-pleie-og-omsorg.json", "EKG09", NULL,
	    NULL, HV_LANG_EN, &e);
	ck_assert_msg(out != NULL, "%s", e.msg);
	ck_assert_msg(strncmp(strchr(out, '\n') + 1, "5037,Levanger,2019,",
	    19) == 0, "%s", out);
	/* Stjørdal 2020, -1 656: no rank; Levanger first of the five left */
	ck_assert_msg(strstr(out, "\n5035,Stj\xC3\xB8rdal,2020,-1656,,-20372,"
	    "-108.8,,,") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "\n5037,Levanger,2020,19841,,1125,6.0,1,5,")
	    != NULL, "%s", out);
	/* the group against itself: empty, not 0 and 0.0 % */
	ck_assert_msg(strstr(out, "\nEKG09,Kostragruppe 09,2022,23719,,,,,,")
	    != NULL, "%s", out);
	free(out);
	/* one peer: the mean of the others is that peer's value */
	verdal = compare("kostra/12362-pleie-og-omsorg.json", "EKG09",
	    "Verdal", NULL, HV_LANG_EN, &e);
	ck_assert_msg(verdal != NULL, "%s", e.msg);
	ck_assert_msg(strstr(verdal, "\n5037,Levanger,2022,21050,,-2669,-11.3,"
	    "1,2,19397,\n") != NULL, "%s", verdal);
	free(verdal);
}
END_TEST

/* Levanger's old code 1719 (to 2017) and 5037 are one series. */
START_TEST(old_codes_meet_new_ones)
{
	struct hv_err e;
	char *out;

	out = compare("kostra/gamle-kommunenummer.csv", "Landet", "Levanger",
	    NULL, HV_LANG_EN, &e);
	ck_assert_msg(out != NULL, "%s", e.msg);
	ck_assert_msg(strstr(out, "\n5037,Levanger,2016,15902,") != NULL &&
	    strstr(out, "\n1719,") == NULL, "%s", out);
	free(out);
	/* codes of one's own replace the built-in changes */
	out = compare("kostra/gamle-kommunenummer.csv", "Landet", "1719",
	    fixture("trend/empty.csv"), HV_LANG_EN, &e);
	ck_assert_ptr_null(out);
	ck_assert_msg(strstr(e.msg, "empty file") != NULL, "%s", e.msg);
}
END_TEST

START_TEST(unknown_units_and_variables_are_named)
{
	struct hv_err e;

	ck_assert_ptr_null(compare("kostra/12362-pleie-og-omsorg.json",
	    "EKG09", "Lev", NULL, HV_LANG_EN, &e));
	ck_assert_msg(strstr(e.msg, "--units: no unit 'Lev' in the data "
	    "(close: 5037 Levanger)") != NULL, "%s", e.msg);
	ck_assert_ptr_null(compare("kostra/two-variables.csv", "EKG09", NULL,
	    NULL, HV_LANG_EN, &e));
	ck_assert_msg(strstr(e.msg, "choose one with --variable") != NULL,
	    "%s", e.msg);
	ck_assert_ptr_null(compare("kostra/bad-truncated.json", "EKG09", NULL,
	    NULL, HV_LANG_EN, &e));
	ck_assert_msg(strstr(e.msg, "malformed JSON") != NULL, "%s", e.msg);
}
END_TEST

START_TEST(dump_and_codes_tables)
{
	struct hv_reader_opts in;
	struct hv_table *t;
	struct hv_err e;
	char *out;

	hv_reader_opts_init(&in);
	t = hv_kostra_dump_file(fixture("kostra/12362-pleie-og-omsorg-tidy.csv"),
	    &in, NULL, &e);
	ck_assert_msg(t != NULL, "%s", e.msg);
	out = ut_table_text(t, NULL);
	ck_assert_msg(strncmp(out, "unit,label,variable,period,value,status\n"
	    "5037,Levanger,,2019,17938,\n", 66) == 0, "%s", out);
	free(out);
	hv_table_free(t);
	ck_assert_ptr_nonnull(t = hv_kostra_codes_table());
	out = ut_table_text(t, NULL);
	ck_assert(strstr(out, "1719,5037,2018,renumber,Levanger,Levanger\n") !=
	    NULL);
	ck_assert(strstr(out, "0220,3025,2020,merge,Asker,Asker\n") != NULL);
	free(out);
	hv_table_free(t);
}
END_TEST

/* A CSV's other dimensions: kept by --dump, chosen by --select (by the
 * cell, its code or its label; pairs split where a pair follows, so a
 * label may hold a comma), refused when left open or chosen twice over. */
START_TEST(csv_dimensions_and_select)
{
	static const struct { const char *select; const char *want; } ok[] = {
		{ "funksjon=253", "61234" },
		{ "funksjon=254,art=AGD2", "18045" },
		{ "Funksjon=helse- og omsorgstjenester til hjemmeboende,"
		    "art=agd2 netto driftsutgifter", "18045" },
	};
	static const struct { const char *select; const char *msg; } bad[] = {
		{ NULL, "column 'funksjon' has 2 values" },
		{ "funksjon=255", "holds no such value" },
		{ "funksjon=253,kjønn=2", "no dimension 'kjønn'" },
		{ "funksjon", "is no DIM=VALUE" },
		{ "=253", "is no DIM=VALUE" },
	};
	struct hv_kostra_opts o;
	struct hv_kostra *k;
	struct hv_table *t;
	struct hv_err e;
	size_t i;
	char *out;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		hv_kostra_opts_init(&o);
		o.focus = "Levanger";
		o.ref = "EKG09";
		o.select = ok[i].select;
		ck_assert_ptr_nonnull(k = hv_kostra_new(&o, &e));
		ck_assert_int_eq(hv_kostra_add(k,
		    fixture("kostra/12362-funksjon-long.csv"), &e), 0);
		t = hv_kostra_table(k, HV_LANG_EN, &e);
		ck_assert_msg(t != NULL, "%s: %s", ok[i].select, e.msg);
		out = ut_table_text(t, NULL);
		ck_assert_msg(strstr(out, ok[i].want) != NULL, "%s: %s",
		    ok[i].select, out);
		free(out);
		hv_table_free(t);
		hv_kostra_free(k);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		hv_kostra_opts_init(&o);
		o.focus = "Levanger";
		o.ref = "EKG09";
		o.select = bad[i].select;
		t = NULL;
		if ((k = hv_kostra_new(&o, &e)) != NULL &&
		    hv_kostra_add(k, fixture("kostra/12362-funksjon-long.csv"),
		    &e) == 0)
			t = hv_kostra_table(k, HV_LANG_EN, &e);
		ck_assert_ptr_null(t);
		ck_assert_msg(strstr(e.msg, bad[i].msg) != NULL, "%s: %s",
		    bad[i].select, e.msg);
		hv_kostra_free(k);
	}
	hv_kostra_opts_init(&o);
	t = hv_kostra_dump_file(fixture("kostra/07459-alder-latin1.csv"),
	    &o.in, "alder=80 år", &e);
	ck_assert_msg(t != NULL, "%s", e.msg);
	out = ut_table_text(t, NULL);
	ck_assert_msg(strncmp(out, "unit,label,alder,variable,period,value,"
	    "status\n5037,Levanger,80 år,,2024,241,\n", 74) == 0, "%s", out);
	ck_assert_int_eq(hv_table_nrows(t), 5);
	free(out);
	hv_table_free(t);
}
END_TEST

/* The program of a chart over the hostile fixture: every text a
 * single-quoted literal, a quote a "'" of its own joined to them,
 * nothing else from the data. */
START_TEST(chart_texts_are_literals)
{
	struct hv_chart_opts o;
	struct hv_reader_opts ro;
	struct hv_reader *r;
	struct hv_chart *c;
	struct hv_err e;
	char *out;
	size_t len;
	FILE *fp;

	hv_chart_opts_init(&o);
	o.title = "It's `x`";
	ck_assert_ptr_nonnull(c = hv_chart_new(&o, &e));
	hv_reader_opts_init(&ro);
	ck_assert_ptr_nonnull(r = hv_reader_open(fixture("chart/hostile.csv"),
	    &ro, &e));
	ck_assert_msg(hv_chart_add(c, r, &e) == 0, "%s", e.msg);
	hv_reader_close(r);
	fp = open_memstream(&out, &len);
	ck_assert_int_eq(hv_chart_script(c, fp, "x.png", &e), 0);
	fclose(fp);
	ck_assert_msg(strstr(out, "set title 'It' . \"'\" . 's `x`'") != NULL,
	    "%s", out);
	ck_assert_msg(strstr(out, "'system(\"touch pwned-system\")'") != NULL,
	    "%s", out);
	ck_assert_msg(strstr(out, "'`touch pwned-backquote`'") != NULL, "%s",
	    out);
	free(out);
	hv_chart_free(c);
	ck_assert_ptr_null(c = (o.legend = "middle", hv_chart_new(&o, &e)));
	ck_assert_str_eq(e.msg, "--legend: unknown place 'middle' (auto, "
	    "top left, top right, bottom left, bottom right, below, outside, "
	    "off)");
	ck_assert(hv_chart_output_ok("a.SVG") && !hv_chart_output_ok("a.gif"));
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("kostra");
	TCase *tc = tcase_create("kostra");

	tcase_add_test(tc, every_format_gives_the_same_comparison);
	tcase_add_test(tc, flags_in_both_languages);
	tcase_add_test(tc, comparison_rules);
	tcase_add_test(tc, old_codes_meet_new_ones);
	tcase_add_test(tc, unknown_units_and_variables_are_named);
	tcase_add_test(tc, dump_and_codes_tables);
	tcase_add_test(tc, csv_dimensions_and_select);
	tcase_add_test(tc, chart_texts_are_literals);
	suite_add_tcase(s, tc);
	return s;
}
