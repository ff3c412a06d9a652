/* Unit tests for xlsx.c: every kind of cell, dates, sheets, bad files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "xlsx.h"

/* The sheet of fixture file as CSV, or NULL with *e; note gets the note. */
static char *
sheet(const char *file, const char *name, char *note, struct hv_err *e)
{
	static char buf[1 << 20];
	char path[1024];
	const char *dir = getenv("FIXTURES");
	size_t n, len;
	FILE *fp;
	char *csv;

	snprintf(path, sizeof(path), "%s/xlsx/%s", dir != NULL ? dir :
	    "fixtures", file);
	ck_assert_ptr_nonnull(fp = fopen(path, "rb"));
	n = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	csv = hv_xlsx_csv(buf, n, name, file, &len, note, 256, e);
	if (csv != NULL)
		ck_assert_uint_eq(strlen(csv), len);
	return csv;
}

START_TEST(xlsx_cells_as_csv)
{
	struct hv_err e;
	char note[256], *csv;

	csv = sheet("cells.xlsx", NULL, note, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert_str_eq(csv, "dato,verdi,tekst,sann,feil\n"
	    "2024-09-13,21.7,Levanger,TRUE,#N/A\n"
	    "2024-09-14,43.4,\"Verdal, \"\"Nord\"\"\",FALSE,\n"
	    "2024-09-15T18:00,0.30000000000000004,to linjer,,\n"
	    "1900-02-28,-1036,\"  blanke  \",,\n"
	    "1900-03-01,1e+20,x,,\n");
	ck_assert_str_eq(note, "");
	free(csv);
	csv = sheet("date1904.xlsx", NULL, note, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert_str_eq(csv, "dato,verdi\n1904-01-01,1\n2021-09-23,2\n");
	free(csv);
}
END_TEST

/* A title above the table is its first line, a sheet row a line, what
 * follows the table's end a note. */
START_TEST(xlsx_title_rows_and_what_follows)
{
	struct hv_err e;
	char note[256], *csv;

	csv = sheet("staup-tiltak-2025.xlsx", NULL, note, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert_str_eq(csv, "Innsparingstiltak Staup helsehus 2025 (004)\n"
	    "\nTiltak,Årsverk,Kostnad (kr),Status\n"
	    "Reduksjon kokkekompetanse,1,700000,Iverksatt 17.03.25\n"
	    "Bemanningstilpasning dag/aftenskift LV,1.5,1050000,"
	    "Iverksatt 06.01.25\n"
	    "Redusert bruk av variabel lønn,,300000,Iverksatt\n"
	    "Nedskalering HMS aktivitet / fagdager,,200000,Iverksatt\n");
	ck_assert_str_eq(note, "sheet 'Tiltak 2025': row 9 left out: the "
	    "table ends at the empty row 8 (what follows is another table or "
	    "notes)");
	free(csv);
	csv = sheet("staup-tiltak-2025.xlsx", "felles", note, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert(strncmp(csv, "Tiltak,Kostnad (kr)\n", 20) == 0);
	free(csv);
	csv = sheet("staup-tiltak-2025.xlsx", "2", note, &e);
	ck_assert_msg(csv != NULL, "%s", e.msg);
	ck_assert(strncmp(csv, "Tiltak,Kostnad (kr)\n", 20) == 0);
	free(csv);
}
END_TEST

static const struct { const char *file, *sheet, *msg; } bad[] = {
	{ "staup-tiltak-2025.xlsx", "3", "no such sheet (its sheets: 1 "
	    "'Tiltak 2025', 2 'Felles')" },
	{ "staup-tiltak-2025.xlsx", "Budsjett", "no such sheet" },
	{ "not-a-workbook.zip", NULL, "a zip archive, but no Excel workbook" },
	{ "cut-short.xlsx", NULL, "sheet1.xml: unclosed token" },
	{ "../kostra/12362-pleie-og-omsorg.json", NULL, "does not open" },
};

START_TEST(xlsx_refuses_with_the_reason)
{
	struct hv_err e;
	char note[256];

	ck_assert_ptr_null(sheet(bad[_i].file, bad[_i].sheet, note, &e));
	ck_assert_msg(strstr(e.msg, bad[_i].msg) != NULL, "%d: %s", _i, e.msg);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("xlsx");
	TCase *tc = tcase_create("xlsx");

	tcase_add_test(tc, xlsx_cells_as_csv);
	tcase_add_test(tc, xlsx_title_rows_and_what_follows);
	tcase_add_loop_test(tc, xlsx_refuses_with_the_reason, 0, N(bad));
	suite_add_tcase(s, tc);
	return s;
}
