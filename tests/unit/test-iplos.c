/*
 * Unit tests for iplos-sum's engine through its API, on extracts held in
 * memory: row checking (every reason, with its line, never a person id),
 * counting, and the result asked for twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "helpers.h"
#include "iplos.h"

#define HEADER "person_id,birth_year,sex,district,service,decision_date," \
    "start_date,end_date,hours_per_week\n"

/* An engine with the given measures and breakdowns (by, or NULL) on
 * 2024-03-01, threads threads. */
static struct hv_iplos *
engine(const char *measures, const char *by, unsigned threads, int skip)
{
	struct hv_iplos_opts o;
	struct hv_iplos *ip;
	struct hv_err e;

	hv_iplos_opts_init(&o);
	o.this_year = 2026;
	o.threads = threads;
	o.skip_invalid = skip;
	ck_assert_int_eq(hv_iplos_parse_measures(&o, measures, &e), 0);
	if (by != NULL)
		ck_assert_int_eq(hv_iplos_parse_by(&o, by, &e), 0);
	ck_assert_int_eq(hv_iplos_add_on(&o, "2024-03-01", &e), 0);
	ip = hv_iplos_new(&o, &e);
	ck_assert_msg(ip != NULL, "%s", e.msg);
	free(o.windows);	/* the engine keeps its own windows */
	return ip;
}

/* Add the extract text to ip: hv_iplos_add's return, the error in *e. */
static int
add(struct hv_iplos *ip, const char *text, struct hv_err *e)
{
	struct hv_reader_opts ro;
	struct hv_reader *r;
	FILE *fp;
	int rc;

	fp = fmemopen((void *)text, strlen(text), "r");
	ck_assert_ptr_nonnull(fp);
	hv_reader_opts_init(&ro);
	r = hv_reader_open_fp(fp, "x.csv", &ro, e);
	ck_assert_msg(r != NULL, "%s", e->msg);
	rc = hv_iplos_add(ip, r, e);
	hv_reader_close(r);
	fclose(fp);
	return rc;
}


/* The report lines joined, each ended by a newline. */
static char *
report_of(const struct hv_iplos *ip)
{
	const struct hv_notes *n = hv_iplos_report(ip);
	char *out;
	size_t len, i;
	FILE *fp = open_memstream(&out, &len);

	for (i = 0; i < n->n; i++)
		fprintf(fp, "%s\n", n->line[i]);
	fclose(fp);
	return out;
}

static const struct {
	const char	*row;
	const char	*reason;
} bad_rows[] = {
	{ ",1940,1,N,hjemmesykepleie,,2024-01-01,,", "empty person_id" },
	{ "P,19x0,1,N,hjemmesykepleie,,2024-01-01,,",
	    "invalid birth_year (four digits, or a date)" },
	{ "P,2999,1,N,hjemmesykepleie,,2024-01-01,,",
	    "birth_year in the future" },
	{ "P,1940,3,N,hjemmesykepleie,,2024-01-01,,",
	    "invalid sex (1, 2, M, K, mann, kvinne or empty)" },
	{ "P,1940,1,N,hjemmehjelp,,2024-01-01,,",
	    "unknown service" },
	{ "P,1940,1,N,hjemmesykepleie,2024-13-01,2024-01-01,,",
	    "invalid decision_date (no such month)" },
	{ "P,1940,1,N,hjemmesykepleie,,01.01.24,,",
	    "invalid start_date (two-digit year)" },
	{ "P,1940,1,N,hjemmesykepleie,,2024-01-01,2024-02-30,",
	    "invalid end_date (no such day)" },
	{ "P,1940,1,N,hjemmesykepleie,,2024,,",
	    "invalid start_date (a period, not a day)" },
	{ "P,1940,1,N,hjemmesykepleie,,ukjent,,",
	    "invalid start_date (not a date)" },
	{ "P,1940,1,N,hjemmesykepleie,,,,",
	    "neither start_date nor decision_date" },
	{ "P,1940,1,N,hjemmesykepleie,2024-01-01,,2024-05-01,",
	    "end_date without start_date" },
	{ "P,1940,1,N,hjemmesykepleie,,2024-02-01,2024-01-01,",
	    "end_date before start_date" },
	{ "P,1940,1,N,bpa,,2024-01-01,,12x",
	    "invalid hours_per_week (not a number)" },
	{ "P,1940,1,N,bpa,,2024-01-01,,169", "hours_per_week outside 0-168" },
};

/* Each invalid row is refused for its reason, on its line, and the
 * message names the line, never the person. */
START_TEST(row_checking_names_the_reason_and_the_line)
{
	struct hv_iplos *ip = engine("recipients,hours", NULL, 1, 0);
	char text[512], want[256], *report;
	struct hv_err e;

	snprintf(text, sizeof(text), HEADER
	    "OK-1,1940,2,N,hjemmesykepleie,,2024-01-01,,\n%s\n",
	    bad_rows[_i].row);
	ck_assert_int_eq(add(ip, text, &e), -1);
	ck_assert_str_eq(e.msg, "x.csv: 1 invalid row of 2: nothing written "
	    "(--skip-invalid leaves them out)");
	report = report_of(ip);
	snprintf(want, sizeof(want), "x.csv: %s", bad_rows[_i].reason);
	ck_assert_msg(strncmp(report, want, strlen(want)) == 0, "%s", report);
	ck_assert_msg(strstr(report, "1 row (line 3)") != NULL, "%s", report);
	ck_assert_ptr_null(strstr(report, "OK-1"));
	ck_assert_ptr_null(strstr(report, "hjemmehjelp"));
	free(report);
	hv_iplos_free(ip);
}
END_TEST

/* The forms EPJ exports write read as the canonical ones. */
START_TEST(rows_read_in_every_accepted_form)
{
	struct hv_iplos *ip = engine("recipients,hours", NULL, 1, 0);
	struct hv_table *t;
	struct hv_err e;
	char *out;

	ck_assert_int_eq(add(ip, HEADER
	    "A,1940,1,N,bpa,,2024-01-01,,12\n"
	    "B,1940,M,N,bpa,,01.01.2024,,\"12,5\"\n"
	    "C,1950,kvinne,N,bpa,2023-12-01,1.1.2024,2024-03-01,0.5\n"
	    "D,1950,,N,bpa,,2024-03-02,,40\n"	/* starts after the day */
	    "E,1950,K,N,bpa,,2023-01-01,2024-02-29,40\n"
	    /* a date of birth, of which the year is kept */
	    "F,13.09.1938,Mann,N,bpa,,2024-01-01,,1\n"
	    "G,1938-09-13,KVINNE,N,bpa,,2024-01-01,,1\n", &e), 0);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), 0);
	t = hv_iplos_table(ip, NULL, NULL, &e);
	ck_assert_ptr_nonnull(t);
	out = ut_table_text(t, NULL);
	ck_assert_msg(strstr(out, "BPA,recipients,2024-03-01,5,\n") != NULL &&
	    strstr(out, "BPA,hours,2024-03-01,27,\n") != NULL, "%s", out);
	free(out);
	hv_table_free(t);
	hv_iplos_free(ip);
}
END_TEST

/* The result is computed once: asking again gives the same table (it
 * once counted the bed-days and the threads' parts twice), and nothing
 * is added after. */
START_TEST(table_asked_twice_is_the_same)
{
	static const char extract[] = HEADER
	    "A,1940,1,N,langtidsopphold,,2024-01-01,,\n"
	    "B,1941,2,S,langtidsopphold,,2024-02-01,2024-02-10,\n"
	    "C,1942,2,S,korttid_annet,,2024-02-20,2024-03-05,\n"
	    "D,1943,1,N,hjemmesykepleie,,2023-01-01,,\n";
	struct hv_iplos *ip = engine("recipients,bed-days", NULL, 2, 0);
	struct hv_table *t1, *t2;
	struct hv_err e;
	char *a, *b;

	ck_assert_int_eq(add(ip, extract, &e), 0);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), 0);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), 0);
	t1 = hv_iplos_table(ip, NULL, NULL, &e);
	t2 = hv_iplos_table(ip, NULL, NULL, &e);
	ck_assert_ptr_nonnull(t1);
	ck_assert_ptr_nonnull(t2);
	a = ut_table_text(t1, NULL);
	b = ut_table_text(t2, NULL);
	ck_assert_str_eq(a, b);
	ck_assert_msg(strstr(a, "Langtidsopphold,bed-days,2024-03-01,1,") !=
	    NULL, "%s", a);
	ck_assert_int_eq(add(ip, extract, &e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	free(a);
	free(b);
	hv_table_free(t1);
	hv_table_free(t2);
	hv_iplos_free(ip);
}
END_TEST

/* The table of path counted by threads threads in blocks of block
 * bytes, as CSV, and the report. */
static char *
count_file(const char *path, unsigned threads, size_t block, char **report)
{
	struct hv_iplos_opts o;
	struct hv_reader_opts ro;
	struct hv_reader *r;
	struct hv_iplos *ip;
	struct hv_table *t;
	struct hv_err e;
	char *out;

	hv_iplos_opts_init(&o);
	o.this_year = 2026;
	o.threads = threads;
	o.block_size = block;
	o.skip_invalid = 1;
	ck_assert_int_eq(hv_iplos_parse_measures(&o, "recipients,hours,users,"
	    "bed-days", &e), 0);
	ck_assert_int_eq(hv_iplos_parse_by(&o, "sex,district", &e), 0);
	ck_assert_int_eq(hv_iplos_add_on(&o, "2024-03-01", &e), 0);
	ck_assert_ptr_nonnull(ip = hv_iplos_new(&o, &e));
	free(o.windows);
	hv_reader_opts_init(&ro);
	hv_iplos_reader_opts(ip, &ro);
	ck_assert_ptr_nonnull(r = hv_reader_open(path, &ro, &e));
	ck_assert_msg(hv_iplos_add(ip, r, &e) == 0, "%s", e.msg);
	hv_reader_close(r);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), 0);
	ck_assert_ptr_nonnull(t = hv_iplos_table(ip, NULL, NULL, &e));
	out = ut_table_text(t, NULL);
	*report = report_of(ip);
	hv_table_free(t);
	hv_iplos_free(ip);
	return out;
}

/* A file cut into blocks of 64 bytes and read by three threads counts
 * as one thread counts it, report and line numbers included. */
START_TEST(threads_count_as_one_thread)
{
	char path[] = "/tmp/test-iplos-XXXXXX", *one, *three, *r1, *r3;
	FILE *fp;
	int fd, i;

	ck_assert_int_ne(fd = mkstemp(path), -1);
	ck_assert_ptr_nonnull(fp = fdopen(fd, "w"));
	fputs(HEADER, fp);
	for (i = 0; i < 400; i++)
		fprintf(fp, "P%d,%d,%d,%s,%s,,2024-0%d-01,%s,%s\n", i % 150,
		    1930 + i % 60, 1 + i % 2, i % 3 ? "Nord" : "S\xC3\xB8r",
		    i % 4 ? "bpa" : "langtidsopphold", 1 + i % 4,
		    i % 5 ? "" : "2024-02-15", i % 7 == 0 ? "x" : "\"7,5\"");
	fclose(fp);
	one = count_file(path, 1, 0, &r1);
	three = count_file(path, 3, 64, &r3);
	ck_assert_str_eq(one, three);
	ck_assert_str_eq(r1, r3);
	ck_assert_msg(strstr(r1, "invalid hours_per_week") != NULL, "%s", r1);
	unlink(path);
	free(one);
	free(three);
	free(r1);
	free(r3);
}
END_TEST

/* Options that cannot be used are usage errors; out of memory is not. */
START_TEST(options_are_usage_errors)
{
	struct hv_iplos_opts o;
	struct hv_err e;

	hv_iplos_opts_init(&o);
	ck_assert_ptr_null(hv_iplos_new(&o, &e));
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	ck_assert_int_eq(hv_iplos_parse_by(&o, "kommune", &e), -1);
	ck_assert_str_eq(e.msg, "--by: unknown breakdown 'kommune' "
	    "(age-group, sex, district, service)");
	ck_assert_int_eq(hv_iplos_add_on(&o, "2021-02-29", &e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	ck_assert_int_eq(hv_iplos_add_each(&o, "02-29", "2020-2021", &e), 0);
	ck_assert_uint_eq(o.nwindows, 2);
	ck_assert_str_eq(o.windows[1].label, "2021-02-28");
	hv_iplos_add_columns(&o, "person=Pasient", &e);
	ck_assert_ptr_null(hv_iplos_new(&o, &e));
	ck_assert_str_eq(e.msg, "--columns: unknown column 'person' "
	    "(person_id, birth_year, sex, district, service, decision_date, "
	    "start_date, end_date, hours_per_week)");
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	free(o.windows);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

/* A value from the data is named only when enough persons hold it:
 * 'dagsenter' of five persons is, a code of one (an id in the wrong
 * column, perhaps) is counted. */
START_TEST(unknown_values_shown_only_when_persons_enough_hold_them)
{
	struct hv_iplos *ip = engine("recipients", NULL, 1, 1);
	char text[2048], *report;
	size_t n = 0;
	struct hv_err e;
	int i;

	n += (size_t)snprintf(text + n, sizeof(text) - n, HEADER);
	for (i = 0; i < 5; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "P%d,1940,1,N,dagsenter,,2024-01-01,,\n", i);
	n += (size_t)snprintf(text + n, sizeof(text) - n,
	    "P9,1940,1,N,dagsenter,,2024-01-01,,\n"	/* P9 twice */
	    "P9,1940,1,N,dagsenter,,2024-01-02,,\n"
	    "P7,1940,1,N,PAS-4711-Hansen,,2024-01-01,,\n"
	    "P8,1940,1,N,PAS-4712-Olsen,,2024-01-01,,\n"
	    "P8,1940,1,N,PAS-4712-Olsen,,2024-01-02,,\n");
	ck_assert_int_eq(add(ip, text, &e), 0);
	report = report_of(ip);
	ck_assert_msg(strstr(report, "unknown service: 10 rows (lines 2, 3, "
	    "4, 5, 6, ...): 'dagsenter' (7 rows) and 2 other values; name "
	    "them with --map FILE") != NULL, "%s", report);
	ck_assert_msg(strstr(report, "x.csv: values that fewer than 5 persons "
	    "hold are not shown") != NULL, "%s", report);
	ck_assert_ptr_null(strstr(report, "PAS"));
	free(report);
	hv_iplos_free(ip);
}
END_TEST

/* A birth date gives its year: the age group of the reference year. */
START_TEST(birth_date_gives_the_year)
{
	struct hv_iplos *ip = engine("recipients", "age-group", 1, 0);
	struct hv_table *t;
	struct hv_err e;
	char *out;

	ck_assert_int_eq(add(ip, HEADER
	    "A,13.09.1938,1,N,bpa,,2024-01-01,,\n"
	    "B,1960-02-29,2,N,bpa,,2024-01-01,,\n", &e), 0);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), 0);
	ck_assert_ptr_nonnull(t = hv_iplos_table(ip, NULL, NULL, &e));
	out = ut_table_text(t, NULL);
	ck_assert_msg(strstr(out, "BPA,0-66,recipients,2024-03-01,1,\n") !=
	    NULL && strstr(out, "BPA,80-89,recipients,2024-03-01,1,\n") !=
	    NULL, "%s", out);
	free(out);
	hv_table_free(t);
	hv_iplos_free(ip);
}
END_TEST

/* Values past the first UNKNOWN_VALUES of a file are counted, and said
 * to be there, not listed. */
START_TEST(values_past_the_first_are_said)
{
	struct hv_iplos *ip = engine("recipients", NULL, 1, 1);
	char *text, *report;
	size_t n = 0, cap = 16384;
	struct hv_err e;
	int i;

	text = malloc(cap);
	n += (size_t)snprintf(text + n, cap - n, HEADER);
	for (i = 0; i < 100; i++)
		n += (size_t)snprintf(text + n, cap - n,
		    "P%d,1940,1,N,code%d,,2024-01-01,,\n", i, i);
	ck_assert_int_eq(add(ip, text, &e), 0);
	report = report_of(ip);
	ck_assert_msg(strstr(report, "unknown service: 100 rows") != NULL &&
	    strstr(report, "x.csv: 36 rows had values past the first 64 of "
	    "their kind: counted above, not listed") != NULL, "%s", report);
	free(report);
	free(text);
	hv_iplos_free(ip);
}
END_TEST

/* Every reason of every row is counted (the row once), the values most
 * rows first; a date's value is shown as a service's is, when enough
 * persons hold it. */
START_TEST(every_reason_of_every_row)
{
	struct hv_iplos *ip = engine("recipients,hours", NULL, 1, 1);
	char text[4096], *report;
	size_t n = 0;
	struct hv_err e;
	int i;

	n += (size_t)snprintf(text + n, sizeof(text) - n, HEADER);
	for (i = 0; i < 6; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "P%d,1940,1,N,hjemmehjelp,,00.00.0000,,\n", i);
	for (i = 0; i < 8; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "Q%d,1940,X,N,nattpatrulje,,2024-01-01,,200\n", i);
	ck_assert_int_eq(add(ip, text, &e), 0);
	report = report_of(ip);
	ck_assert_msg(strstr(report, "x.csv: invalid sex (1, 2, M, K, mann, "
	    "kvinne or empty): 8 rows (lines 8, 9, 10, 11, 12, ...): 'X' (8 "
	    "rows)\n") != NULL, "%s", report);
	ck_assert_msg(strstr(report, "x.csv: unknown service: 14 rows (lines "
	    "2, 3, 4, 5, 6, ...): 'nattpatrulje' (8 rows), 'hjemmehjelp' (6 "
	    "rows); name them") != NULL, "%s", report);
	ck_assert_msg(strstr(report, "x.csv: invalid start_date (no such "
	    "month): 6 rows (lines 2, 3, 4, 5, 6, ...): '00.00.0000' (6 "
	    "rows)\n") != NULL, "%s", report);
	ck_assert_msg(strstr(report, "x.csv: hours_per_week outside 0-168: 8 "
	    "rows (lines 8, 9, 10, 11, 12, ...): '200' (8 rows)\n") != NULL,
	    "%s", report);
	ck_assert_msg(strstr(report, "x.csv: skipped 14 invalid rows of 14") !=
	    NULL, "%s", report);
	ck_assert_ptr_null(strstr(report, "not shown"));
	free(report);
	hv_iplos_free(ip);
}
END_TEST

/* A fødselsnummer in any column stops the run, naming the column and
 * the count, never the value; pseudonyms that happen to pass the check
 * among many that fail do not. */
START_TEST(identity_numbers_in_any_column_stop_the_run)
{
	struct hv_iplos *ip = engine("recipients", NULL, 1, 0);
	char text[8192];
	size_t n = 0;
	struct hv_err e;
	int i;

	ck_assert_int_eq(add(ip, HEADER
	    "P1,1990,1,010190 12480,hjemmesykepleie,,2024-01-01,,\n"
	    "P2,1990,1,N,hjemmesykepleie,,2024-01-01,,\n", &e), -1);
	ck_assert_str_eq(e.msg, "x.csv: column 'district' holds 1 value that "
	    "is a f\xC3\xB8" "dselsnummer, D- or H-nummer (national identity "
	    "numbers, control digits checked): pseudonymise the extract "
	    "first; nothing written");
	ck_assert_ptr_null(strstr(e.msg, "12480"));
	hv_iplos_free(ip);

	/* 40 numeric pseudonyms, one passing the check by chance */
	ip = engine("recipients", NULL, 1, 0);
	n += (size_t)snprintf(text + n, sizeof(text) - n, HEADER);
	for (i = 0; i < 39; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "%011d,1990,1,N,hjemmesykepleie,,2024-01-01,,\n",
		    900000000 + i);
	n += (size_t)snprintf(text + n, sizeof(text) - n,
	    "01019012480,1990,1,N,hjemmesykepleie,,2024-01-01,,\n");
	ck_assert_msg(add(ip, text, &e) == 0, "%s", e.msg);
	hv_iplos_free(ip);
}
END_TEST

/* A district column in which most persons are alone is refused. */
START_TEST(districts_that_are_person_ids_are_refused)
{
	struct hv_iplos *ip = engine("recipients", "district", 1, 0);
	struct hv_err e;

	ck_assert_int_eq(add(ip, HEADER
	    "P1,1990,1,PAS-1,hjemmesykepleie,,2024-01-01,,\n"
	    "P2,1990,1,PAS-2,hjemmesykepleie,,2024-01-01,,\n"
	    "P3,1990,1,PAS-3,hjemmesykepleie,,2024-01-01,,\n"
	    "P4,1990,1,Nord,hjemmesykepleie,,2024-01-01,,\n"
	    "P5,1990,1,Nord,hjemmesykepleie,,2024-01-01,,\n", &e), 0);
	ck_assert_int_eq(hv_iplos_finish(ip, &e), -1);
	ck_assert_str_eq(e.msg, "--by district: 3 of the 5 persons are alone "
	    "in their district: the district column looks like an "
	    "identifier, not a place (check --columns); nothing written");
	hv_iplos_free(ip);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("iplos");
	TCase *tc = tcase_create("iplos");

	tcase_add_loop_test(tc, row_checking_names_the_reason_and_the_line, 0,
	    N(bad_rows));
	tcase_add_test(tc, rows_read_in_every_accepted_form);
	tcase_add_test(tc, unknown_values_shown_only_when_persons_enough_hold_them);
	tcase_add_test(tc, every_reason_of_every_row);
	tcase_add_test(tc, birth_date_gives_the_year);
	tcase_add_test(tc, values_past_the_first_are_said);
	tcase_add_test(tc, identity_numbers_in_any_column_stop_the_run);
	tcase_add_test(tc, districts_that_are_person_ids_are_refused);
	tcase_add_test(tc, table_asked_twice_is_the_same);
	tcase_add_test(tc, threads_count_as_one_thread);
	tcase_add_test(tc, options_are_usage_errors);
	suite_add_tcase(s, tc);
	return s;
}
