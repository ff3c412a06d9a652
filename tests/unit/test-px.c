/* Unit tests for px.c: PX's keywords, strings, languages, symbols, KEYS. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "px.h"

/* Write the len bytes of text to a temporary file and read it as PX. */
static struct hv_jsonstat *
read_text(const char *text, struct hv_err *e)
{
	char path[] = "/tmp/hvpx.XXXXXX";
	struct hv_jsonstat *js;
	struct hv_input in;
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
	ck_assert_int_eq(hv_input_open(&in, path, e), 0);
	js = hv_px_read(&in, e);
	hv_input_close(&in);
	unlink(path);
	return js;
}

START_TEST(px_is_told_by_its_first_keyword)
{
	ck_assert(hv_px_is((const unsigned char *)"CHARSET=\"ANSI\";", 15));
	ck_assert(hv_px_is((const unsigned char *)"AXIS-VERSION=\"2010\";",
	    20));
	ck_assert(hv_px_is((const unsigned char *)"LANGUAGE[no]=", 13));
	ck_assert(hv_px_is((const unsigned char *)"\r\n  MATRIX=\"1\";", 15));
	ck_assert(!hv_px_is((const unsigned char *)"CHARSETX=1", 10));
	ck_assert(!hv_px_is((const unsigned char *)"region;år", 10));
	ck_assert(!hv_px_is((const unsigned char *)"{\"id\":1}", 8));
}
END_TEST

/* Latin-1 text, a title over lines, another language left out, codes
 * beside values, roles, the dots and nil as DATASYMBOL says. */
START_TEST(px_reads_the_dense_form)
{
	const char *text = "CHARSET=\"ANSI\";\r\nLANGUAGE=\"no\";\r\n"
	    "TITLE=\"Folkemengde, \"\r\n\"etter region og \xE5r\";\r\n"
	    "TITLE[en]=\"Population\";\r\n"
	    "STUB=\"region\";\r\nHEADING=\"statistikkvariabel\",\"\xE5r\";\r\n"
	    "CONTVARIABLE=\"statistikkvariabel\";\r\n"
	    "VARIABLECODE(\"region\")=\"Region\";\r\n"
	    "VALUES(\"region\")=\"Levanger\",\"Stj\xF8rdal\";\r\n"
	    "VALUES[en](\"region\")=\"L\",\"S\";\r\n"
	    "CODES(\"region\")=\"5037\",\"5035\";\r\n"
	    "VALUES(\"statistikkvariabel\")=\"Personer\";\r\n"
	    "VALUES(\"\xE5r\")=\"2023\",\"2024\";\r\n"
	    "TIMEVAL(\"\xE5r\")=TLIST(A1, \"2023\"-\"2024\");\r\n"
	    "MAP(\"region\")=\"kommune\";\r\n"
	    "DATASYMBOL1=\"..\";\r\nDATASYMBOL3=\":\";\r\n"
	    "NOTEX=\"Vis alltid.\";\r\nNOTE[en]=\"Not ours.\";\r\n"
	    "VALUENOTE(\"region\",\"Levanger\")=\"Ny \"\r\n\"kommune.\";\r\n"
	    "DATA=\r\n20171 \".\"\r\n\"...\" \"-\"\r\n;\r\n";
	struct hv_jsonstat *js;
	struct hv_err e;
	size_t len;
	char *csv;

	js = read_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	ck_assert_str_eq(js->label, "Folkemengde, etter region og \xC3\xA5r");
	ck_assert_uint_eq(js->ndims, 3);
	ck_assert_uint_eq(js->ncells, 4);
	ck_assert_str_eq(js->dim[0].id, "Region");
	ck_assert_int_eq(js->dim[0].role, HV_JS_ROLE_GEO);
	ck_assert_str_eq(js->dim[0].code[1], "5035");
	ck_assert_str_eq(js->dim[0].catlabel[1], "Stj\xC3\xB8rdal");
	ck_assert_int_eq(js->dim[1].role, HV_JS_ROLE_METRIC);
	ck_assert_str_eq(js->dim[2].id, "\xC3\xA5r");
	ck_assert_int_eq(js->dim[2].role, HV_JS_ROLE_TIME);
	ck_assert(js->has_value[0] && js->value[0] == 20171);
	ck_assert(!js->has_value[1]);
	ck_assert_str_eq(js->status[1], "..");
	ck_assert(!js->has_value[2]);
	ck_assert_str_eq(js->status[2], ":");
	ck_assert(js->has_value[3] && js->value[3] == 0);
	ck_assert_str_eq(js->status[3], "-");
	ck_assert_uint_eq(js->nnote, 2);
	ck_assert_str_eq(js->note[0], "Vis alltid.");
	ck_assert(js->note_shown[0]);
	ck_assert_str_eq(js->note[1], "region Levanger: Ny kommune.");
	ck_assert(!js->note_shown[1]);
	/* and as the tidy CSV the tools that read CSV take */
	csv = hv_px_csv(js, "t.px", &len, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert_str_eq(csv, "region,statistikkvariabel,period,value,status\n"
	    "Levanger,Personer,2023,20171,\nLevanger,Personer,2024,,..\n"
	    "Stj\xC3\xB8rdal,Personer,2023,,:\nStj\xC3\xB8rdal,Personer,2024,0,-\n");
	ck_assert_uint_eq(len, strlen(csv));
	free(csv);
	hv_jsonstat_free(js);
}
END_TEST

/* KEYS: a line per row, its keys first; the rows left out are 0. */
START_TEST(px_reads_the_keys_form)
{
	const char *text = "CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\n"
	    "STUB=\"region\",\"kj\xC3\xB8nn\";\nHEADING=\"\xC3\xA5r\";\n"
	    "VALUES(\"region\")=\"Levanger\",\"Verdal\";\n"
	    "CODES(\"region\")=\"5037\",\"5038\";\n"
	    "VALUES(\"kj\xC3\xB8nn\")=\"Menn\",\"Kvinner\";\n"
	    "VALUES(\"\xC3\xA5r\")=\"2023\",\"2024\";\n"
	    "KEYS(\"region\")=CODES;\nKEYS(\"kj\xC3\xB8nn\")=VALUES;\n"
	    "DATA=\n\"5038\",\"Kvinner\",7.5 8\n\"5037\",\"Menn\",1 2\n;\n";
	static const double want[] = { 1, 2, 0, 0, 0, 0, 7.5, 8 };
	struct hv_jsonstat *js;
	struct hv_err e;
	size_t i;

	js = read_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	ck_assert_uint_eq(js->ncells, 8);
	for (i = 0; i < 8; i++)
		ck_assert_msg(js->has_value[i] && js->value[i] == want[i],
		    "cell %zu: %g", i, js->value[i]);
	hv_jsonstat_free(js);
}
END_TEST

static const struct { const char *text, *msg; } bad[] = {
	{ "CHARSET=\"ANSI\";\nSTUB=\"r\";\nVALUES(\"r\")=\"a\",\"b\";\n"
	    "DATA=\n1\n;\n", "DATA has 1 cells where the variables make 2" },
	{ "CHARSET=\"ANSI\";\nSTUB=\"r\";\nDATA=\n1\n;\n",
	    "no VALUES for the variable 'r'" },
	{ "CHARSET=\"ANSI\";\nHEADING=\"r\";\nVALUES(\"r\")=\"a\";\n"
	    "DATA=\n1e999x\n;\n", "is no number or symbol" },
	{ "CHARSET=\"ANSI\";\nVALUES(\"r\")=\"a\",\"b\";\nCODES(\"r\")=\"1\";"
	    "\nSTUB=\"r\";\nDATA=\n1 2\n;\n", "1 CODES for the 2 VALUES" },
	{ "CHARSET=\"ANSI\";\nTITLE=\"open\n", "without its closing quote" },
	{ "CHARSET=\"ANSI\";\n=\"x\";\n", "a keyword expected" },
	{ "CHARSET=\"ANSI\";\nTITLE=\"x\";\n", "ends before DATA" },
	{ "CHARSET=\"ANSI\";\nSTUB=\"r\";\nVALUES(\"r\")=\"a\";\n"
	    "DATA=\n1\n", "DATA ending in ';'" },
	/* fuzz-px: a KEYS row twice put its second cells beside the
	 * first's symbols */
	{ "CHARSET=\"ANSI\";\nSTUB=\"r\";\nHEADING=\"t\";\n"
	    "VALUES(\"r\")=\"a\",\"b\";\nVALUES(\"t\")=\"2023\";\n"
	    "KEYS(\"r\")=VALUES;\nDATA=\n\"a\",\"..\"\n\"a\",41.7\n;\n",
	    "DATA (KEYS): the row of these keys is given twice" },
};

START_TEST(px_refuses_what_does_not_fit)
{
	struct hv_jsonstat *js;
	struct hv_err e;

	js = read_text(bad[_i].text, &e);
	ck_assert_ptr_null(js);
	ck_assert_msg(strstr(e.msg, bad[_i].msg) != NULL, "%d: %s", _i, e.msg);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("px");
	TCase *tc = tcase_create("px");

	tcase_add_test(tc, px_is_told_by_its_first_keyword);
	tcase_add_test(tc, px_reads_the_dense_form);
	tcase_add_test(tc, px_reads_the_keys_form);
	tcase_add_loop_test(tc, px_refuses_what_does_not_fit, 0, N(bad));
	suite_add_tcase(s, tc);
	return s;
}
