/*
 * Unit tests for population.c: 07459 in its shapes (long and wide CSV,
 * JSON-stat; with sex or without; single ages, groups and totals), the
 * region asked for, and the groups a file cannot give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "helpers.h"

#include "population.h"

static struct hv_pop *
load(const char *text, const char *suffix, const char *region,
    struct hv_err *e)
{
	char name[16], *path;
	struct hv_pop *p;

	snprintf(name, sizeof(name), "pop%s", suffix);
	path = ut_temp_file(name, text);
	p = hv_pop_load(path, region, NULL, e);
	ut_temp_remove(path);
	return p;
}

static double
count(const struct hv_pop *p, int year, int lo, int hi, enum hv_pop_sex s)
{
	struct hv_err e;
	double n = -1;

	ck_assert_msg(hv_pop_count(p, year, lo, hi, s, &n, &e) == 0,
	    "%d %d-%d: %s", year, lo, hi, e.msg);
	return n;
}

/* Long, by sex, in KOSTRA's groups and a total that does not add up:
 * the finest figures count, each person once. */
static const char long_sex[] =
    "region,kj\xC3\xB8nn,alder,\xC3\xA5r,personer\n"
    "5037 Levanger,Menn,0-66 \xC3\xA5r,2023,8000\n"
    "5037 Levanger,Menn,67-79 \xC3\xA5r,2023,1200\n"
    "5037 Levanger,Menn,80-89 \xC3\xA5r,2023,400\n"
    "5037 Levanger,Menn,90 \xC3\xA5r eller eldre,2023,60\n"
    "5037 Levanger,Kvinner,0-66 \xC3\xA5r,2023,7800\n"
    "5037 Levanger,Kvinner,67-79 \xC3\xA5r,2023,1300\n"
    "5037 Levanger,Kvinner,80-89 \xC3\xA5r,2023,500\n"
    "5037 Levanger,Kvinner,90 \xC3\xA5r eller eldre,2023,140\n"
    "5037 Levanger,Menn,Alle aldre,2023,999\n";

START_TEST(long_by_sex_and_group)
{
	struct hv_err e;
	struct hv_pop *p;
	int first, last;
	double n;

	p = load(long_sex, ".csv", NULL, &e);
	ck_assert_msg(p != NULL, "%s", e.msg);
	ck_assert_double_eq(count(p, 2023, 0, 66, HV_POP_MEN), 8000);
	ck_assert_double_eq(count(p, 2023, 90, HV_POP_AGE_MAX, HV_POP_WOMEN),
	    140);
	ck_assert_double_eq(count(p, 2023, 80, 89, HV_POP_ALL), 900);
	ck_assert_double_eq(count(p, 2023, 0, HV_POP_AGE_MAX, HV_POP_MEN),
	    9660);
	ck_assert_double_eq(count(p, 2023, 0, HV_POP_AGE_MAX, HV_POP_ALL),
	    19400);
	/* a year not in the file */
	ck_assert_int_eq(hv_pop_count(p, 2024, 0, 66, HV_POP_ALL, &n, &e), 1);
	/* a group across the file's */
	ck_assert_int_eq(hv_pop_count(p, 2023, 67, 89, HV_POP_ALL, &n, &e),
	    0);
	ck_assert_double_eq(n, 3400);
	ck_assert_int_eq(hv_pop_count(p, 2023, 70, 89, HV_POP_ALL, &n, &e),
	    -1);
	ck_assert_msg(strstr(e.msg, "its ages 67-79 cross") != NULL, "%s",
	    e.msg);
	hv_pop_years(p, &first, &last);
	ck_assert_int_eq(first, 2023);
	ck_assert_int_eq(last, 2023);
	ck_assert_str_eq(hv_pop_source(p), "pop.csv, 5037 Levanger");
	ck_assert_str_eq(hv_pop_title(p), "");
	hv_pop_free(p);
}
END_TEST

/* Statistikkbanken's wide download: a column per year, single years of
 * age, regions as "K-3001 Halden", no sex.  Halden has age + 1 persons
 * of each age, Moss twice as many. */
static char *
wide_text(void)
{
	size_t cap = 65536, n = 0;
	char *t = malloc(cap);
	int a, r;

	n += (size_t)snprintf(t + n, cap - n, "\"07459: Population, by region, "
	    "age, contents and year\"\n\n\"region\";\"age\";\"Persons 2021\";"
	    "\"Persons 2022\"\n");
	for (r = 1; r <= 2; r++)
		for (a = 0; a <= 105; a++) {
			char age[32];

			if (a == 105)
				snprintf(age, sizeof(age), "105 years or older");
			else
				snprintf(age, sizeof(age), "%d year%s", a,
				    a == 1 ? "" : "s");
			n += (size_t)snprintf(t + n, cap - n, "\"%s\";\"%s\";%d;"
			    "%d\n", r == 1 ? "K-3001 Halden" : "K-3002 Moss",
			    age, r * (a + 1), r * (a + 1) + 1);
		}
	return t;
}

START_TEST(wide_single_ages_regions)
{
	struct hv_err e;
	struct hv_pop *p;
	char *text = wide_text();
	double n;

	ck_assert_ptr_null(load(text, ".csv", NULL, &e));
	ck_assert_msg(strstr(e.msg, "has 2 regions (3001 Halden, 3002 Moss): "
	    "say which with --region") != NULL, "%s", e.msg);
	ck_assert_int_eq(e.kind, HV_ERR_USAGE);
	ck_assert_ptr_null(load(text, ".csv", "Bergen", &e));
	ck_assert_msg(strstr(e.msg, "no region 'Bergen' (it has 3001 Halden, "
	    "3002 Moss)") != NULL, "%s", e.msg);

	p = load(text, ".csv", "3001", &e);
	ck_assert_msg(p != NULL, "%s", e.msg);
	/* 1 + 2 + ... + 67 */
	ck_assert_double_eq(count(p, 2021, 0, 66, HV_POP_ALL), 67 * 68 / 2);
	/* 91 + ... + 106, and one more each in 2022 */
	ck_assert_double_eq(count(p, 2021, 90, HV_POP_AGE_MAX, HV_POP_ALL),
	    1576);
	ck_assert_double_eq(count(p, 2022, 90, HV_POP_AGE_MAX, HV_POP_ALL),
	    1592);
	ck_assert_int_eq(hv_pop_count(p, 2021, 0, 66, HV_POP_MEN, &n, &e), -1);
	ck_assert_msg(strstr(e.msg, "no figures by sex") != NULL, "%s", e.msg);
	ck_assert_str_eq(hv_pop_source(p), "SSB 07459, 3001 Halden");
	ck_assert_str_eq(hv_pop_title(p), "07459: Population, by region, age, "
	    "contents and year");
	hv_pop_free(p);

	p = load(text, ".csv", "K-3002 Moss", &e);
	ck_assert_msg(p != NULL, "%s", e.msg);
	ck_assert_double_eq(count(p, 2021, 0, 66, HV_POP_ALL), 67 * 68);
	hv_pop_free(p);
	p = load(text, ".csv", "moss", &e);
	ck_assert_msg(p != NULL, "%s", e.msg);
	hv_pop_free(p);
	free(text);
}
END_TEST

/* JSON-stat 2 from the API: Region, Kjonn, Alder, ContentsCode, Tid. */
static const char jsonstat[] =
    "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"07459: "
    "Befolkning\",\"id\":[\"Region\",\"Kjonn\",\"Alder\",\"ContentsCode\","
    "\"Tid\"],\"size\":[1,2,3,1,2],\"role\":{\"geo\":[\"Region\"],"
    "\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]},\"dimension\":{"
    "\"Region\":{\"label\":\"region\",\"category\":{\"index\":{\"5037\":0},"
    "\"label\":{\"5037\":\"Levanger\"}}},"
    "\"Kjonn\":{\"label\":\"kj\xC3\xB8nn\",\"category\":{\"index\":{\"1\":0,"
    "\"2\":1},\"label\":{\"1\":\"Menn\",\"2\":\"Kvinner\"}}},"
    "\"Alder\":{\"label\":\"alder\",\"category\":{\"index\":{\"000\":0,"
    "\"001\":1,\"002\":2},\"label\":{\"000\":\"0 \xC3\xA5r\",\"001\":"
    "\"1 \xC3\xA5r\",\"002\":\"2 \xC3\xA5r\"}}},"
    "\"ContentsCode\":{\"label\":\"statistikkvariabel\",\"category\":{"
    "\"index\":{\"Personer1\":0},\"label\":{\"Personer1\":\"Personer\"}}},"
    "\"Tid\":{\"label\":\"\xC3\xA5r\",\"category\":{\"index\":{\"2023\":0,"
    "\"2024\":1}}}},"
    "\"value\":[10,11,20,21,30,31,12,13,22,23,32,33]}";

START_TEST(jsonstat_by_sex)
{
	struct hv_err e;
	struct hv_pop *p;

	p = load(jsonstat, ".json", NULL, &e);
	ck_assert_msg(p != NULL, "%s", e.msg);
	ck_assert_double_eq(count(p, 2023, 0, 2, HV_POP_MEN), 60);
	ck_assert_double_eq(count(p, 2024, 0, 2, HV_POP_WOMEN), 69);
	ck_assert_double_eq(count(p, 2024, 1, 1, HV_POP_ALL), 44);
	ck_assert_str_eq(hv_pop_source(p), "SSB 07459, 5037 Levanger");
	hv_pop_free(p);
}
END_TEST

START_TEST(refused)
{
	struct hv_err e;

	ck_assert_ptr_null(load("region,alder,\xC3\xA5r,personer,kilde\n"
	    "5037,80 \xC3\xA5r,2023,10,A\n5037,81 \xC3\xA5r,2023,10,B\n", ".csv",
	    NULL, &e));
	ck_assert_msg(strstr(e.msg, ":3: column 'kilde' has more than one "
	    "value ('A', 'B')") != NULL, "%s", e.msg);
	ck_assert_ptr_null(load("region,alder,\xC3\xA5r,personer\n"
	    "5037,gammel,2023,10\n", ".csv", NULL, &e));
	ck_assert_msg(strstr(e.msg, ":2: age 'gammel' is no age") != NULL,
	    "%s", e.msg);
	ck_assert_ptr_null(load("region,alder,\xC3\xA5r,personer\n"
	    "5037,80 \xC3\xA5r,2023,10\n5037,80 \xC3\xA5r,2023,11\n", ".csv",
	    NULL, &e));
	ck_assert_msg(strstr(e.msg, "2023, ages 80-80, given twice") != NULL,
	    "%s", e.msg);
	ck_assert_ptr_null(load("alder,personer\n80 \xC3\xA5r,10\n", ".csv",
	    NULL, &e));
	ck_assert_msg(strstr(e.msg, "no year and persons") != NULL, "%s",
	    e.msg);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("population");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, long_by_sex_and_group);
	tcase_add_test(tc, wide_single_ages_regions);
	tcase_add_test(tc, jsonstat_by_sex);
	tcase_add_test(tc, refused);
	suite_add_tcase(s, tc);
	return s;
}
