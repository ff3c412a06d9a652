/* Unit tests for table.c: the five writers, both styles, the wide pivot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "helpers.h"
#include "table.h"

/* R5-like long table: unit, period, value, status, diff_pct. */
static const struct {
	const char *unit, *period;
	double v;
	const char *status;
	double pct;
} long_rows[] = {
	{ "Levanger",	"2020",	19841,	NULL,	6.0108 },
	{ "Levanger",	"2019",	17938,	NULL,	-3.5850 },
	{ "Stj\xC3\xB8rdal", "2019", 0, ":", 0 },
	{ "Stj\xC3\xB8rdal", "2020", -1656, NULL, -108.848 },
};

static struct hv_table *
long_cols(void)
{
	struct hv_colspec spec[] = {
		{ "unit",	HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL, NULL },
		{ "period",	HV_ROLE_PERIOD,	0, -1, 0, 0, 0, NULL, NULL },
		{ "value",	HV_ROLE_VALUE,	1, -1, 0, 0, 1, "Kroner", NULL },
		{ "status",	HV_ROLE_STATUS,	0, -1, 0, 0, 0, NULL, NULL },
		{ "diff_pct",	HV_ROLE_EXTRA,	1, 1, 0, 1, 1, "Avvik, %", NULL },
	};
	struct hv_table *t = hv_table_new();
	size_t i;

	for (i = 0; i < 5; i++)
		ck_assert_int_eq(hv_table_add_col(t, &spec[i]), (int)i);
	return t;
}

/* Row i of long_rows at the end of t. */
static void
long_row(struct hv_table *t, size_t i)
{
	long r = hv_table_add_row(t);

	hv_table_set_text(t, (size_t)r, 0, long_rows[i].unit);
	hv_table_set_text(t, (size_t)r, 1, long_rows[i].period);
	if (long_rows[i].status == NULL) {
		hv_table_set_num(t, (size_t)r, 2, long_rows[i].v);
		hv_table_set_num(t, (size_t)r, 4, long_rows[i].pct);
	}
	hv_table_set_text(t, (size_t)r, 3, long_rows[i].status);
}

static struct hv_table *
make_long(void)
{
	struct hv_table *t = long_cols();
	size_t i;

	for (i = 0; i < 4; i++)
		long_row(t, i);
	return t;
}

static char *
render(const struct hv_table *t, enum hv_format f, enum hv_numstyle st,
    int wide)
{
	struct hv_out_opts o = { f, st, wide, 0, NULL };

	return ut_table_text(t, &o);
}

static const struct {
	enum hv_format	 format;
	enum hv_numstyle style;
	int		 wide;
	const char	*want;
} cases[] = {
	{ HV_FMT_CSV, HV_NUMSTYLE_C, 0,
	    "unit,period,value,status,diff_pct\n"
	    "Levanger,2020,19841,,6.0\n"
	    "Levanger,2019,17938,,-3.6\n"
	    "Stj\xC3\xB8rdal,2019,,:,\n"
	    "Stj\xC3\xB8rdal,2020,-1656,,-108.8\n" },
	/* Norwegian CSV is as Norwegian Excel opens it: a BOM, ';', a
	 * decimal comma, no digit groups and no " %" */
	{ HV_FMT_CSV, HV_NUMSTYLE_NB, 0,
	    "\xEF\xBB\xBFunit;period;value;status;diff_pct\n"
	    "Levanger;2020;19841;;6,0\n"
	    "Levanger;2019;17938;;-3,6\n"
	    "Stj\xC3\xB8rdal;2019;;:;\n"
	    "Stj\xC3\xB8rdal;2020;-1656;;-108,8\n" },
	{ HV_FMT_TSV, HV_NUMSTYLE_C, 0,
	    "unit\tperiod\tvalue\tstatus\tdiff_pct\n"
	    "Levanger\t2020\t19841\t\t6.0\n"
	    "Levanger\t2019\t17938\t\t-3.6\n"
	    "Stj\xC3\xB8rdal\t2019\t\t:\t\n"
	    "Stj\xC3\xB8rdal\t2020\t-1656\t\t-108.8\n" },
	{ HV_FMT_MD, HV_NUMSTYLE_NB, 1,
	    "| unit | measure | 2019 | 2020 |\n"
	    "|---|---|---:|---:|\n"
	    "| Levanger | Kroner | 17 938 | 19 841 |\n"
	    "| Levanger | Avvik, % | -3,6 % | 6,0 % |\n"
	    "| Stj\xC3\xB8rdal | Kroner | : | -1 656 |\n"
	    "| Stj\xC3\xB8rdal | Avvik, % |  | -108,8 % |\n" },
	{ HV_FMT_TABLE, HV_NUMSTYLE_NB, 1,
	    "unit      measure     2019      2020\n"
	    "Levanger  Kroner    17 938    19 841\n"
	    "Levanger  Avvik, %  -3,6 %     6,0 %\n"
	    "Stj\xC3\xB8rdal  Kroner         :    -1 656\n"
	    "Stj\xC3\xB8rdal  Avvik, %          -108,8 %\n" },
	{ HV_FMT_JSON, HV_NUMSTYLE_C, 1,
	    "[\n"
	    "{\"unit\":\"Levanger\",\"measure\":\"Kroner\",\"2019\":17938,"
	    "\"2020\":19841},\n"
	    "{\"unit\":\"Levanger\",\"measure\":\"Avvik, %\",\"2019\":-3.6,"
	    "\"2020\":6},\n"
	    "{\"unit\":\"Stj\xC3\xB8rdal\",\"measure\":\"Kroner\",\"2019\":"
	    "\":\",\"2020\":-1656},\n"
	    "{\"unit\":\"Stj\xC3\xB8rdal\",\"measure\":\"Avvik, %\",\"2019\":"
	    "null,\"2020\":-108.8}\n"
	    "]\n" },
	{ HV_FMT_JSON, HV_NUMSTYLE_NB, 0,
	    "[\n"
	    "{\"unit\":\"Levanger\",\"period\":\"2020\",\"value\":19841,"
	    "\"status\":null,\"diff_pct\":6},\n"
	    "{\"unit\":\"Levanger\",\"period\":\"2019\",\"value\":17938,"
	    "\"status\":null,\"diff_pct\":-3.6},\n"
	    "{\"unit\":\"Stj\xC3\xB8rdal\",\"period\":\"2019\",\"value\":"
	    "null,\"status\":\":\",\"diff_pct\":null},\n"
	    "{\"unit\":\"Stj\xC3\xB8rdal\",\"period\":\"2020\",\"value\":"
	    "-1656,\"status\":null,\"diff_pct\":-108.8}\n"
	    "]\n" },
};

START_TEST(table_writes_every_format)
{
	struct hv_table *t = make_long();
	char *got = render(t, cases[_i].format, cases[_i].style,
	    cases[_i].wide);

	ck_assert_msg(strcmp(got, cases[_i].want) == 0, "got:\n%s\nwant:\n%s",
	    got, cases[_i].want);
	free(got);
	hv_table_free(t);
}
END_TEST

START_TEST(table_csv_quotes_only_what_needs_it)
{
	struct hv_colspec spec = { "a,b", HV_ROLE_KEY, 0, -1, 0, 0, 0, NULL , NULL };
	struct hv_table *t = hv_table_new();
	char *got;
	long r;

	hv_table_add_col(t, &spec);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "say \"hi\"\nthere");
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "plain text; with semicolon");
	got = render(t, HV_FMT_CSV, HV_NUMSTYLE_C, 0);
	ck_assert_str_eq(got, "\"a,b\"\n\"say \"\"hi\"\"\nthere\"\n"
	    "plain text; with semicolon\n");
	free(got);
	got = render(t, HV_FMT_MD, HV_NUMSTYLE_C, 0);
	ck_assert_str_eq(got, "| a,b |\n|---|\n| say \"hi\" there |\n"
	    "| plain text; with semicolon |\n");
	free(got);
	got = render(t, HV_FMT_TSV, HV_NUMSTYLE_C, 0);
	ck_assert_str_eq(got, "a,b\nsay \"hi\"\\nthere\n"
	    "plain text; with semicolon\n");
	free(got);
	hv_table_free(t);
}
END_TEST

START_TEST(table_wide_sorts_periods_and_keeps_series_order)
{
	struct hv_colspec spec[] = {
		{ "s",		HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL , NULL },
		{ "period",	HV_ROLE_PERIOD,	0, -1, 0, 0, 0, NULL , NULL },
		{ "value",	HV_ROLE_VALUE,	1, -1, 0, 0, 1, NULL , NULL },
	};
	static const char *rows[][3] = {
		{ "b", "2024K1", "1" }, { "b", "2023K4", "2" },
		{ "a", "2023K4", "3" },
	};
	struct hv_table *t = hv_table_new();
	size_t i;
	char *got;
	long r;

	for (i = 0; i < 3; i++)
		hv_table_add_col(t, &spec[i]);
	for (i = 0; i < 3; i++) {
		r = hv_table_add_row(t);
		hv_table_set_text(t, (size_t)r, 0, rows[i][0]);
		hv_table_set_text(t, (size_t)r, 1, rows[i][1]);
		hv_table_set_num(t, (size_t)r, 2, atof(rows[i][2]));
	}
	got = render(t, HV_FMT_CSV, HV_NUMSTYLE_C, 1);
	ck_assert_str_eq(got, "s,2023K4,2024K1\nb,2,1\na,3,\n");
	free(got);
	hv_table_free(t);
}
END_TEST

/* The human formats round by what a number is, the machine formats keep
 * every digit; a cell's own kind wins over its column's, and survives
 * the pivot. */
START_TEST(table_human_formats_round_by_kind)
{
	struct hv_colspec spec[] = {
		{ "s",		HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL, NULL },
		{ "period",	HV_ROLE_PERIOD,	0, -1, 0, 0, 0, NULL, NULL },
		{ "value",	HV_ROLE_VALUE,	1, -1, HV_KIND_GIVEN, 0, 1,
		    NULL, NULL },
		{ "n",		HV_ROLE_EXTRA,	1, -1, HV_KIND_COUNT, 0, 0,
		    NULL, NULL },
		{ "pct",	HV_ROLE_EXTRA,	1, -1, HV_KIND_RATE, 1, 0,
		    NULL, NULL },
		{ "r2",		HV_ROLE_EXTRA,	1, -1, HV_KIND_FRACTION, 0, 0,
		    NULL, NULL },
		{ "set",	HV_ROLE_EXTRA,	1, 2, HV_KIND_COUNT, 0, 0,
		    NULL, NULL },
	};
	struct hv_table *t = hv_table_new();
	char *got;
	size_t i;
	long r;

	for (i = 0; i < sizeof(spec) / sizeof(spec[0]); i++)
		hv_table_add_col(t, &spec[i]);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "a");
	hv_table_set_text(t, (size_t)r, 1, "2024");
	hv_table_set_num(t, (size_t)r, 2, 0.3 - 0.1);	/* 0.19999999999999998 */
	hv_table_set_num(t, (size_t)r, 3, 797);
	hv_table_set_num(t, (size_t)r, 4, 1.254705144291092);
	hv_table_set_num(t, (size_t)r, 5, 0.98765);
	hv_table_set_num(t, (size_t)r, 6, 2.5);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "b");
	hv_table_set_text(t, (size_t)r, 1, "2024");
	hv_table_set_num(t, (size_t)r, 2, 2248.0 / 7.8);
	hv_table_set_kind(t, (size_t)r, 2, HV_KIND_RATE);
	hv_table_set_num(t, (size_t)r, 3, 2248.4);
	got = render(t, HV_FMT_MD, HV_NUMSTYLE_NB, 0);
	ck_assert_str_eq(got, "| s | period | value | n | pct | r2 | set |\n"
	    "|---|---|---:|---:|---:|---:|---:|\n"
	    "| a | 2024 | 0,2 | 797 | 1,3 % | 0,988 | 2,50 |\n"
	    "| b | 2024 | 288,2 | 2 248 |  |  |  |\n");
	free(got);
	got = render(t, HV_FMT_CSV, HV_NUMSTYLE_C, 0);
	ck_assert_str_eq(got, "s,period,value,n,pct,r2,set\n"
	    "a,2024,0.19999999999999998,797,1.254705144291092,0.98765,2.50\n"
	    "b,2024,288.20512820512823,2248.4,,,\n");
	free(got);
	got = render(t, HV_FMT_MD, HV_NUMSTYLE_C, 1);
	ck_assert_str_eq(got, "| s | 2024 |\n|---|---:|\n| a | 0.2 |\n"
	    "| b | 288.2 |\n");
	free(got);
	hv_table_free(t);
}
END_TEST

START_TEST(table_wide_refuses_a_period_twice_in_a_series)
{
	struct hv_colspec spec[] = {
		{ "s",		HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL , NULL },
		{ "period",	HV_ROLE_PERIOD,	0, -1, 0, 0, 0, NULL , NULL },
		{ "value",	HV_ROLE_VALUE,	1, -1, 0, 0, 1, NULL , NULL },
	};
	struct hv_table *t = hv_table_new();
	struct hv_err e;
	size_t i;
	long r;

	for (i = 0; i < 3; i++)
		hv_table_add_col(t, &spec[i]);
	for (i = 0; i < 2; i++) {
		r = hv_table_add_row(t);
		hv_table_set_text(t, (size_t)r, 0, "a");
		hv_table_set_text(t, (size_t)r, 1, "2020");
	}
	ck_assert_ptr_null(hv_table_wide(t, &e));
	ck_assert_str_eq(e.msg, "--wide: period '2020' appears twice in one "
	    "series");
	hv_table_free(t);
}
END_TEST

START_TEST(table_emit_leaves_no_file_on_failure)
{
	struct hv_colspec spec = { "a", HV_ROLE_KEY, 0, -1, 0, 0, 0, NULL , NULL };
	struct hv_out_opts o = { HV_FMT_CSV, HV_NUMSTYLE_C, 1, 0, NULL };
	struct hv_table *t = hv_table_new();
	char dir[] = "/tmp/hvtest.XXXXXX", path[64];
	struct hv_err e;
	FILE *fp;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/out.csv", dir);
	fp = fopen(path, "w");
	fputs("old\n", fp);
	fclose(fp);
	hv_table_add_col(t, &spec);
	/* --wide without a period column fails before anything is written */
	ck_assert_int_eq(hv_table_emit(t, path, &o, &e), -1);
	fp = fopen(path, "r");
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(fgetc(fp), 'o');	/* the old file is untouched */
	fclose(fp);
	o.wide = 0;
	ck_assert_int_eq(hv_table_emit(t, path, &o, &e), 0);
	fp = fopen(path, "r");
	ck_assert_int_eq(fgetc(fp), 'a');
	fclose(fp);
	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0);	/* no temporary file was left */
	hv_table_free(t);
}
END_TEST

/* The file a stream writes of the first nrows of long_rows, handed
 * over two at a time (the table emptied each time). */
static char *
streamed(size_t nrows, const struct hv_out_opts *o)
{
	struct hv_table *part = long_cols();
	char dir[] = "/tmp/hvtest.XXXXXX", path[64], *text;
	struct hv_table_out *w;
	struct hv_err e;
	size_t r;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/out", dir);
	w = hv_table_out_open(part, path, o, &e);
	ck_assert_msg(w != NULL, "%s", e.msg);
	for (r = 0; r < nrows; r++) {
		long_row(part, r);
		if (r % 2 == 1)
			ck_assert_int_eq(hv_table_out_rows(w, part, &e), 0);
	}
	ck_assert_int_eq(hv_table_out_rows(w, part, &e), 0);
	ck_assert_int_eq(hv_table_out_close(w, &e), 0);
	text = ut_read_file(path);
	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0);
	hv_table_free(part);
	return text;
}

START_TEST(table_out_streams_what_emit_writes)
{
	static const enum hv_format formats[] = { HV_FMT_CSV, HV_FMT_TSV,
	    HV_FMT_MD, HV_FMT_JSON, HV_FMT_HTML };
	struct hv_out_opts o = { formats[_i], HV_NUMSTYLE_NB, 0, 0, NULL };
	struct hv_table *t = make_long(), *none = long_cols();
	char *whole, *parts;
	size_t n;

	for (n = 3; n <= 4; n++) {
		if (n == 4) {
			whole = ut_table_text(t, &o);
		} else {
			struct hv_table *three = long_cols();

			long_row(three, 0);
			long_row(three, 1);
			long_row(three, 2);
			whole = ut_table_text(three, &o);
			hv_table_free(three);
		}
		parts = streamed(n, &o);
		ck_assert_str_eq(parts, whole);
		free(whole);
		free(parts);
	}
	/* no rows: the header alone, or an empty array */
	whole = ut_table_text(none, &o);
	parts = streamed(0, &o);
	ck_assert_str_eq(parts, whole);
	if (formats[_i] == HV_FMT_JSON)
		ck_assert_str_eq(parts, "[]\n");
	free(whole);
	free(parts);
	hv_table_free(t);
	hv_table_free(none);
}
END_TEST

START_TEST(table_out_refuses_what_needs_every_row)
{
	struct hv_out_opts o = { HV_FMT_TABLE, HV_NUMSTYLE_C, 0, 0, NULL };
	struct hv_table *t = make_long();
	struct hv_err e;

	ck_assert(!hv_table_streams(&o));
	ck_assert_ptr_null(hv_table_out_open(t, NULL, &o, &e));
	o.format = HV_FMT_CSV;
	o.wide = 1;
	ck_assert(!hv_table_streams(&o));
	ck_assert_ptr_null(hv_table_out_open(t, NULL, &o, &e));
	hv_table_free(t);
}
END_TEST

START_TEST(table_json_escapes_strings)
{
	struct hv_colspec spec = { "a\"b", HV_ROLE_EXTRA, 0, -1, 0, 0, 0, NULL,
	    NULL };
	struct hv_out_opts o = { HV_FMT_JSON, HV_NUMSTYLE_C, 0, 0, NULL };
	struct hv_table *t = hv_table_new();
	char *got;

	hv_table_add_col(t, &spec);
	hv_table_add_row(t);
	hv_table_set_text(t, 0, 0, "x\\y\n\t\x01\"\xC3\xB8");
	got = ut_table_text(t, &o);
	ck_assert_str_eq(got, "[\n{\"a\\\"b\":\"x\\\\y\\n\\t\\u0001\\\"\xC3\xB8\"}\n]\n");
	free(got);
	hv_table_free(t);
}
END_TEST

/* Notes: a marker on the cell in the human formats, each note once in
 * the legend (numbered as the pivot meets them), nothing in CSV; a
 * marked row apart; both through --wide. */
START_TEST(table_notes_and_marked_rows)
{
	struct hv_out_opts md = { HV_FMT_MD, HV_NUMSTYLE_NB, 1, 0, NULL };
	struct hv_out_opts csv = { HV_FMT_CSV, HV_NUMSTYLE_C, 0, 0, NULL };
	struct hv_out_opts html = { HV_FMT_HTML, HV_NUMSTYLE_C, 0, 0, NULL };
	struct hv_table *t = make_long();
	char *got;

	ck_assert_int_eq(hv_table_set_note(t, 2, 2, "skjult"), 0);
	ck_assert_int_eq(hv_table_set_note(t, 3, 2, "negativ"), 0);
	ck_assert_int_eq(hv_table_set_note(t, 1, 2, "negativ"), 0);
	ck_assert_int_eq(hv_table_mark_row(t, 0), 0);
	got = ut_table_text(t, &md);
	ck_assert_str_eq(got,
	    "| unit | measure | 2019 | 2020 |\n"
	    "|---|---|---:|---:|\n"
	    "| **Levanger** | **Kroner** | 17 938\xC2\xB9 | 19 841 |\n"
	    "| **Levanger** | **Avvik, %** | -3,6 % | 6,0 % |\n"
	    "| Stj\xC3\xB8rdal | Kroner | :\xC2\xB2 | -1 656\xC2\xB9 |\n"
	    "| Stj\xC3\xB8rdal | Avvik, % |  | -108,8 % |\n"
	    "\n\xC2\xB9 negativ\n\n\xC2\xB2 skjult\n");
	free(got);
	got = ut_table_text(t, &csv);
	ck_assert_ptr_null(strstr(got, "\xC2"));
	ck_assert_ptr_null(strstr(got, "negativ"));
	free(got);
	got = ut_table_text(t, &html);
	ck_assert_ptr_nonnull(strstr(got, "<tr class=\"focus\"><td><strong>"
	    "Levanger</strong></td>"));
	ck_assert_ptr_nonnull(strstr(got, "</table>\n<p class=\"notes\">"
	    "\xC2\xB9 skjult<br>\n\xC2\xB2 negativ</p>\n"));
	free(got);
	hv_table_free(t);
}
END_TEST

START_TEST(table_html_escapes_and_aligns)
{
	struct hv_colspec spec[] = {
		{ "navn",	HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL , NULL },
		{ "verdi",	HV_ROLE_VALUE,	1, -1, 0, 0, 1, NULL , NULL },
	};
	struct hv_table *t = hv_table_new();
	char *got;
	long r;

	hv_table_add_col(t, &spec[0]);
	hv_table_add_col(t, &spec[1]);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "<b>\"A&B\"</b>");
	hv_table_set_num(t, (size_t)r, 1, 1125);
	got = render(t, HV_FMT_HTML, HV_NUMSTYLE_NB, 0);
	ck_assert_str_eq(got, "<table>\n<thead>\n<tr><th>navn</th>"
	    "<th class=\"num\">verdi</th></tr>\n</thead>\n<tbody>\n"
	    "<tr><td>&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</td>"
	    "<td class=\"num\">1 125</td></tr>\n</tbody>\n</table>\n");
	free(got);
	hv_table_free(t);
}
END_TEST

START_TEST(table_labels_nb_translate_only_the_toolkits_words)
{
	static const struct hv_word recipients = { "recipients", "Mottakere",
	    NULL, NULL };
	static const struct hv_word kroner = { "kr", "Kroner", NULL, NULL };
	struct hv_colspec spec[] = {
		{ "category",	HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL, NULL },
		{ "measure",	HV_ROLE_KEY,	0, -1, 0, 0, 0, NULL, NULL },
		{ "value",	HV_ROLE_VALUE,	1, -1, 0, 0, 1, NULL, NULL },
		{ "kr",		HV_ROLE_EXTRA,	1, -1, 0, 0, 0, NULL, &kroner },
	};
	struct hv_out_opts o = { HV_FMT_CSV, HV_NUMSTYLE_NB, 0, HV_LANG_NB, NULL };
	struct hv_table *t = hv_table_new();
	struct hv_err e;
	char *out;
	size_t len, i;
	FILE *fp = open_memstream(&out, &len);
	long r;

	for (i = 0; i < 4; i++)
		hv_table_add_col(t, &spec[i]);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "value");	/* data, yet a word */
	hv_table_set_word(t, (size_t)r, 1, &recipients);
	hv_table_set_num(t, (size_t)r, 2, 1125);
	r = hv_table_add_row(t);
	hv_table_set_text(t, (size_t)r, 0, "Hjemmesykepleie");
	hv_table_set_text(t, (size_t)r, 1, "bed-days");	/* data */
	hv_table_set_num(t, (size_t)r, 2, 7660);
	ck_assert_int_eq(hv_table_write(t, fp, &o, &e), 0);
	fclose(fp);
	/* a key cell that happens to be one of the shared words is
	 * translated: the price of one switch; an engine's word is
	 * translated where the engine set it, not where data spells it */
	ck_assert_str_eq(out, "\xEF\xBB\xBF" "Kategori;M\xC3\xA5l;Verdi;Kroner\n"
	    "Verdi;Mottakere;1125;\nHjemmesykepleie;bed-days;7660;\n");
	free(out);
	/* and in English, the names */
	o.lang = HV_LANG_EN;
	fp = open_memstream(&out, &len);
	ck_assert_int_eq(hv_table_write(t, fp, &o, &e), 0);
	fclose(fp);
	ck_assert_str_eq(out, "\xEF\xBB\xBF" "category;measure;value;kr\n"
	    "value;recipients;1125;\nHjemmesykepleie;bed-days;7660;\n");
	free(out);
	ck_assert_str_eq(hv_word_of("Levanger", HV_LANG_NB), "Levanger");
	ck_assert_str_eq(hv_word_of("sex", HV_LANG_NB), "Kj\xC3\xB8nn");
	ck_assert_str_eq(hv_word_of("sex", HV_LANG_EN), "sex");
	hv_table_free(t);
}
END_TEST

START_TEST(format_and_style_names_parse)
{
	struct hv_err e;
	int v;

	ck_assert_int_eq(hv_name_find(hv_formats, "md", &v), 0);
	ck_assert_int_eq(v, HV_FMT_MD);
	ck_assert_int_eq(hv_name_find(hv_formats, "markdown", &v), 0);
	ck_assert_int_eq(v, HV_FMT_MD);
	ck_assert_int_eq(hv_name_find(hv_formats, "json", &v), 0);
	ck_assert_int_eq(v, HV_FMT_JSON);
	ck_assert_int_eq(hv_name_find(hv_formats, "xlsx", &v), 0);
	ck_assert_int_eq(v, HV_FMT_XLSX);
	ck_assert_int_eq(hv_name_find(hv_formats, "xls", &v), -1);
	ck_assert_int_eq(hv_name_find(hv_numstyles, "nb", &v), 0);
	ck_assert_int_eq(v, HV_NUMSTYLE_NB);
	ck_assert_int_eq(hv_name_find(hv_numstyles, "en", &v), -1);
	ck_assert_int_eq(hv_name_arg(hv_formats, "--format", "format", "xls",
	    &v, &e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	ck_assert_str_eq(e.msg, "--format: unknown format 'xls' (csv, tsv, "
	    "md, table, json, html, xlsx)");
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

/* One quoting rule for CSV text made in memory (PX, xlsx) as for the
 * writers: quoted for a comma, a quote, a line break or blanks at an
 * end; the rest as it is. */
START_TEST(csv_field_quotes_as_the_writers_do)
{
	static const char *const in[] = { "Levanger", "", "Verdal, Nord",
	    "si \"ja\"", " BPA", "BPA\t", "to\nlinjer", "1 026" };
	char *buf = NULL;
	size_t len = 0, cap = 0, i;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		if (i > 0)
			ck_assert_int_eq(hv_csv_field(&buf, &len, &cap, "|"), 0);
		ck_assert_int_eq(hv_csv_field(&buf, &len, &cap, in[i]), 0);
	}
	ck_assert_str_eq(buf, "Levanger||\"Verdal, Nord\"|\"si \"\"ja\"\"\"|"
	    "\" BPA\"|\"BPA\t\"|\"to\nlinjer\"|1 026");
	ck_assert_uint_eq(len, strlen(buf));
	free(buf);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("table");
	TCase *tc = tcase_create("table");

	tcase_add_loop_test(tc, table_writes_every_format, 0, N(cases));
	tcase_add_test(tc, table_csv_quotes_only_what_needs_it);
	tcase_add_test(tc, table_wide_sorts_periods_and_keeps_series_order);
	tcase_add_test(tc, table_human_formats_round_by_kind);
	tcase_add_test(tc, table_wide_refuses_a_period_twice_in_a_series);
	tcase_add_test(tc, table_emit_leaves_no_file_on_failure);
	tcase_add_test(tc, table_html_escapes_and_aligns);
	tcase_add_test(tc, table_notes_and_marked_rows);
	tcase_add_loop_test(tc, table_out_streams_what_emit_writes, 0, 5);
	tcase_add_test(tc, table_out_refuses_what_needs_every_row);
	tcase_add_test(tc, table_json_escapes_strings);
	tcase_add_test(tc, table_labels_nb_translate_only_the_toolkits_words);
	tcase_add_test(tc, format_and_style_names_parse);
	tcase_add_test(tc, csv_field_quotes_as_the_writers_do);
	suite_add_tcase(s, tc);
	return s;
}
