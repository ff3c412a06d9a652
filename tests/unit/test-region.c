/*
 * Unit tests for region.c and the built-in tables: the municipalities
 * of every year, where each code of every year goes, the series a
 * figure belongs to, SSB's names, and files of changes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "region.h"

/* The municipalities valid in each year, as KLASS lists them. */
static int
municipalities_in(const struct hv_regions *rg, int year, const char **codes,
    size_t max)
{
	size_t i, n = 0, k;

	for (i = 0; i < hv_region_nperiods; i++) {
		const char *c = hv_region_periods[i].code;

		if (hv_region_kind(c) != HV_UNIT_MUNICIPALITY ||
		    hv_regions_valid(rg, c, year) != 1)
			continue;
		for (k = 0; k < n && strcmp(codes[k], c) != 0; k++)
			;
		if (k == n && n < max)
			codes[n++] = c;
	}
	return (int)n;
}

START_TEST(every_year_has_its_municipalities)
{
	static const int want[] = { 428, 428, 428, 428, 426, 422, 422, 356,
	    356, 356, 356, 357, 357, 357 };	/* 2013 .. 2026 */
	const char *codes[600];
	struct hv_err e;
	struct hv_regions *rg = hv_regions_new(NULL, &e);
	int y;

	ck_assert_ptr_nonnull(rg);
	for (y = 2013; y <= 2026; y++)
		ck_assert_msg(municipalities_in(rg, y, codes, 600) ==
		    want[y - 2013], "%d: %d", y, municipalities_in(rg, y,
		    codes, 600));
	hv_regions_free(rg);
}
END_TEST

/* Every code of every year 2013-2025 goes only to codes of 2026, and
 * every code of 2026 comes from some code of that year. */
START_TEST(every_code_reaches_2026)
{
	const char *codes[600], *now[600], *to[8];
	struct hv_err e;
	struct hv_regions *rg = hv_regions_new(NULL, &e);
	unsigned char hit[600];
	int y, n, nnow, i, j, k, m;

	ck_assert_ptr_nonnull(rg);
	nnow = municipalities_in(rg, 2026, now, 600);
	for (y = 2013; y <= 2025; y++) {
		n = municipalities_in(rg, y, codes, 600);
		memset(hit, 0, sizeof(hit));
		for (i = 0; i < n; i++) {
			m = (int)hv_regions_successors(rg, codes[i], y, 2026,
			    to, 8);
			ck_assert_msg(m >= 1 && m <= 3, "%d %s: %d", y,
			    codes[i], m);
			for (k = 0; k < m; k++) {
				for (j = 0; j < nnow && strcmp(now[j], to[k]);
				    j++)
					;
				ck_assert_msg(j < nnow, "%d %s -> %s, not a "
				    "2026 code", y, codes[i], to[k]);
				hit[j] = 1;
			}
		}
		for (j = 0; j < nnow; j++)
			ck_assert_msg(hit[j], "%d: nothing reaches %s", y,
			    now[j]);
	}
	hv_regions_free(rg);
}
END_TEST

static const struct {
	const char	*code;
	int		 year;
	const char	*series;
	int		 end_year;	/* 0: no merge or split ends it */
	enum hv_change_kind end;
} series[] = {
	{ "1719", 2017, "5037", 0, 0 },			/* Levanger */
	{ "0219", 2019, "3201", 0, 0 },			/* Bærum, twice */
	{ "3024", 2021, "3201", 0, 0 },
	{ "1902", 2019, "5501", 0, 0 },			/* Tromsø */
	{ "0220", 2019, "0220", 2020, HV_CHANGE_MERGE },	/* into Asker */
	{ "3025", 2021, "3203", 0, 0 },			/* Asker */
	{ "5001", 2019, "5001", 2020, HV_CHANGE_MERGE },	/* kept code */
	{ "5001", 2020, "5001", 0, 0 },
	{ "1507", 2022, "1507", 2024, HV_CHANGE_SPLIT },	/* Ålesund */
	{ "1662", 2017, "5030", 2020, HV_CHANGE_MERGE },	/* Klæbu */
	{ "16", 2017, "16", 2018, HV_CHANGE_MERGE },	/* a county */
	{ "EKG09", 2019, "EKG09", 0, 0 },
};

START_TEST(a_figure_belongs_to_its_series)
{
	const struct hv_region_change *end;
	struct hv_err e;
	struct hv_regions *rg = hv_regions_new(NULL, &e);
	const char *s;

	s = hv_regions_series(rg, series[_i].code, series[_i].year, &end);
	ck_assert_str_eq(s, series[_i].series);
	if (series[_i].end_year == 0) {
		ck_assert_ptr_null(end);
	} else {
		ck_assert_ptr_nonnull(end);
		ck_assert_int_eq(end->year, series[_i].end_year);
		ck_assert_int_eq(end->kind, series[_i].end);
	}
	hv_regions_free(rg);
}
END_TEST

START_TEST(merges_splits_and_names)
{
	const char *out[8];
	struct hv_err e;
	struct hv_regions *rg = hv_regions_new(NULL, &e);

	ck_assert_uint_eq(hv_regions_merged(rg, "3025", 2020, out, 8), 3);
	ck_assert_uint_eq(hv_regions_successors(rg, "1507", 2023, 2024, out,
	    8), 2);
	ck_assert(strcmp(out[0], "1508") == 0 || strcmp(out[1], "1508") == 0);
	ck_assert_str_eq(hv_regions_name(rg, "5037", 2020), "Levanger");
	ck_assert_str_eq(hv_regions_name(rg, "5037", 2030),
	    "Levanger - Levangke");
	ck_assert_str_eq(hv_regions_name(rg, "1719", 2030), "Levanger");
	ck_assert_ptr_null(hv_regions_name(rg, "9876", 2020));
	ck_assert_int_eq(hv_regions_valid(rg, "1719", 2017), 1);
	ck_assert_int_eq(hv_regions_valid(rg, "1719", 2018), 0);
	ck_assert_int_eq(hv_regions_valid(rg, "5037", 2017), 0);
	ck_assert_int_eq(hv_regions_valid(rg, "9876", 2017), -1);
	ck_assert_int_eq(hv_regions_valid(rg, "50", 2019), 1);
	/* Levanger's series reaches back to 1719's years; Asker 0220 ended
	 * with its merge; 3203 Asker begins with it (as 3025) */
	ck_assert_int_eq(hv_regions_exists(rg, "5037", 2015), 1);
	ck_assert_int_eq(hv_regions_exists(rg, "0220", 2020), 0);
	ck_assert_int_eq(hv_regions_exists(rg, "3203", 2020), 1);
	ck_assert_int_eq(hv_regions_exists(rg, "3203", 2019), 0);
	ck_assert_int_eq(hv_regions_exists(rg, "EKG09", 2019), -1);
	hv_regions_free(rg);
}
END_TEST

START_TEST(ssb_names_and_codes)
{
	char buf[64];

	ck_assert_str_eq(hv_region_short_name("Levanger - Levangke", buf,
	    sizeof(buf)), "Levanger");
	ck_assert_str_eq(hv_region_short_name("Levanger (-2017)", buf,
	    sizeof(buf)), "Levanger");
	ck_assert_str_eq(hv_region_short_name("Her\xC3\xB8y (Nordland)", buf,
	    sizeof(buf)), "Her\xC3\xB8y");
	ck_assert_str_eq(hv_region_short_name("Storfjord - Omasvuotna - "
	    "Omasvuono", buf, sizeof(buf)), "Storfjord");
	ck_assert_str_eq(hv_region_short_name("Bergen (t.o.m. 1971)", buf,
	    sizeof(buf)), "Bergen");
	ck_assert(hv_region_name_matches("Trondheim - Tr\xC3\xA5" "ante",
	    "trondheim"));
	ck_assert(hv_region_name_matches("Storfjord - Omasvuotna - Omasvuono",
	    "Omasvuono"));
	ck_assert(hv_region_name_matches("Levanger (-2017)", "Levanger"));
	ck_assert(hv_region_name_matches("Levanger (-2017)",
	    "Levanger (-2017)"));
	ck_assert(!hv_region_name_matches("Levanger", "Lev"));
	ck_assert(!hv_region_name_matches("Nes (Akershus)", "Nesbyen"));
	ck_assert_str_eq(hv_region_plain_code("K-5037"), "5037");
	ck_assert_str_eq(hv_region_plain_code("KOMMUNE_5037"), "5037");
	ck_assert_str_eq(hv_region_plain_code("EKG09"), "EKG09");
	ck_assert_str_eq(hv_region_plain_code("5037"), "5037");
	ck_assert_int_eq(hv_region_kind("5037"), HV_UNIT_MUNICIPALITY);
	ck_assert_int_eq(hv_region_kind("50"), HV_UNIT_COUNTY);
	ck_assert_int_eq(hv_region_kind("EKG09"), HV_UNIT_GROUP);
	ck_assert_int_eq(hv_region_kind("EKA50"), HV_UNIT_COUNTY_SUM);
	ck_assert_int_eq(hv_region_kind("EAKUO"), HV_UNIT_COUNTRY);
	ck_assert_int_eq(hv_region_kind("Rest"), HV_UNIT_OTHER);
}
END_TEST

/* A file of changes: the toolkit's CSV, errors with file and line. */
static struct hv_regions *
from_text(const char *text, struct hv_err *e)
{
	char path[] = "/tmp/test-region-XXXXXX";
	struct hv_regions *rg;
	int fd = mkstemp(path);

	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	rg = hv_regions_new(path, e);
	unlink(path);
	if (rg == NULL) {
		/* the message names the file: keep only what follows it */
		char *p = strstr(e->msg, ".csv") == NULL ? e->msg :
		    strchr(e->msg, ':');

		memmove(e->msg, p, strlen(p) + 1);
	}
	return rg;
}

START_TEST(files_of_changes)
{
	const struct hv_region_change *end;
	struct hv_regions *rg;
	struct hv_err e;

	rg = from_text("old,new,from\n1719,5037,2018\n5004,5006,2020\n"
	    "5039,5006,2020-01-01\n", &e);
	ck_assert_msg(rg != NULL, "%s", e.msg);
	ck_assert_uint_eq(hv_regions_nchanges(rg), 3);
	ck_assert_str_eq(hv_regions_series(rg, "1719", 2016, &end), "5037");
	/* no kind given: two codes into one is a merge */
	ck_assert_str_eq(hv_regions_series(rg, "5004", 2019, &end), "5004");
	ck_assert_ptr_nonnull(end);
	ck_assert_int_eq(end->kind, HV_CHANGE_MERGE);
	hv_regions_free(rg);

	ck_assert_ptr_null(from_text("old,new,from\n1719,5037,2018\n"
	    "5037,1719,2019\n", &e));
	ck_assert_msg(strstr(e.msg, ":2: the changes go round in a circle") !=
	    NULL, "%s", e.msg);
	ck_assert_ptr_null(from_text("old,new,from\n1719,5037,18.13.2018\n",
	    &e));
	ck_assert_msg(strstr(e.msg, ":2: invalid year '18.13.2018' in column "
	    "'from'") != NULL, "%s", e.msg);
	ck_assert_ptr_null(from_text("old,new,from,kind\n1719,5037,2018,"
	    "moved\n", &e));
	ck_assert_msg(strstr(e.msg, ":2: unknown kind 'moved' (renumber, "
	    "merge, split, name)") != NULL, "%s", e.msg);
	ck_assert_ptr_null(from_text("gammel,ny\n1,2\n", &e));
	ck_assert_msg(strstr(e.msg, "the columns old, new and from") != NULL,
	    "%s", e.msg);
}
END_TEST

/* KLASS's own files, read as --codes reads them: the JSON answer and
 * the table the built-in data are made from (skipped without
 * ../shared). */
START_TEST(klass_files_read_like_the_built_in_tables)
{
	const char *shared = getenv("SHARED");
	char json[1024], csv[1024];
	struct hv_regions *a, *b, *c;
	struct hv_err e;
	size_t i;

	snprintf(json, sizeof(json), "%s/external/klass/raw/"
	    "klass-131-changes-1971-2025.json", shared != NULL ? shared : "");
	snprintf(csv, sizeof(csv), "%s/external/klass/municipality-changes.csv",
	    shared != NULL ? shared : "");
	if (shared == NULL || access(json, R_OK) != 0 || access(csv, R_OK) != 0)
		return;		/* a user's clone: nothing to compare */
	ck_assert_msg((a = hv_regions_new(json, &e)) != NULL, "%s", e.msg);
	ck_assert_msg((b = hv_regions_new(csv, &e)) != NULL, "%s", e.msg);
	ck_assert_ptr_nonnull(c = hv_regions_new(NULL, &e));
	/* the CSV's kinds, given, are the ones found from the JSON; the
	 * CSV has the three name changes of 2026 besides */
	ck_assert_uint_eq(hv_regions_nchanges(a), 594);
	ck_assert_uint_eq(hv_regions_nchanges(b), 597);
	ck_assert_uint_eq(hv_regions_nchanges(c), 597 + 22);
	for (i = 0; i < hv_regions_nchanges(a); i++) {
		const struct hv_region_change *x = hv_regions_change(a, i),
		    *y = NULL;
		size_t j;

		for (j = 0; j < hv_regions_nchanges(b); j++) {
			y = hv_regions_change(b, j);
			if (strcmp(x->old, y->old) == 0 &&
			    strcmp(x->new, y->new) == 0 && x->year == y->year)
				break;
		}
		ck_assert_msg(j < hv_regions_nchanges(b), "%s -> %s %d",
		    x->old, x->new, x->year);
		ck_assert_msg(x->kind == y->kind, "%s -> %s %d", x->old,
		    x->new, x->year);
	}
	hv_regions_free(a);
	hv_regions_free(b);
	hv_regions_free(c);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("region");
	TCase *tc = tcase_create("region");

	tcase_add_test(tc, every_year_has_its_municipalities);
	tcase_add_test(tc, every_code_reaches_2026);
	tcase_add_loop_test(tc, a_figure_belongs_to_its_series, 0, N(series));
	tcase_add_test(tc, merges_splits_and_names);
	tcase_add_test(tc, ssb_names_and_codes);
	tcase_add_test(tc, files_of_changes);
	tcase_add_test(tc, klass_files_read_like_the_built_in_tables);
	suite_add_tcase(s, tc);
	return s;
}
