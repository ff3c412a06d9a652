/*
 * Unit tests for the services and the category map: the built-in map
 * knows every service by code, number and name in any spelling people
 * write; the loose form (utf8.c) that matching rests on; map files of
 * either form, and the errors of their clashes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "helpers.h"

#include "service.h"
#include "utf8.h"

static char *
loose(const char *s)
{
	static char buf[256];
	size_t n = hv_utf8_loose(s, strlen(s), buf, sizeof(buf));

	ck_assert_uint_ne(n, (size_t)-1);
	ck_assert_uint_eq(n, strlen(buf));
	return buf;
}

START_TEST(loose_form)
{
	ck_assert_str_eq(loose("  Praktisk bistand \xE2\x80\x93 daglige "
	    "gj\xC3\xB8rem\xC3\xA5l."), "praktisk bistand-daglige "
	    "gj\xC3\xB8rem\xC3\xA5l");
	ck_assert_str_eq(loose("PRAKTISK  BISTAND-DAGLIGE GJ\xC3\x98REM\xC3\x85L"),
	    "praktisk bistand-daglige gj\xC3\xB8rem\xC3\xA5l");
	ck_assert_str_eq(loose("\"Langtidsopphold\xC2\xA0i institusjon\";"),
	    "langtidsopphold i institusjon");
	ck_assert_str_eq(loose("a \xE2\x80\x94 b\t\tc"), "a-b c");
	ck_assert_str_eq(loose("\xE2\x80\x9Cx\xE2\x80\x9D"), "x");
	ck_assert_str_eq(loose("08.01"), "08.01");
	ck_assert_str_eq(loose(" ... "), "");
	/* the multiplication sign is no letter */
	ck_assert_str_eq(loose("\xC3\x97"), "\xC3\x97");
}
END_TEST

START_TEST(from_cp1252)
{
	size_t bad;
	char *s = hv_utf8_from_cp1252("F\xF8" "dsels\xE5r \x96 \x80", 13, &bad);

	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, "F\xC3\xB8" "dsels\xC3\xA5r \xE2\x80\x93 "
	    "\xE2\x82\xAC");
	free(s);
	/* 0x81 is one of the five bytes Windows-1252 leaves undefined */
	ck_assert_ptr_null(hv_utf8_from_cp1252("ab\x81", 3, &bad));
	ck_assert_uint_eq(bad, 2);
}
END_TEST

START_TEST(loose_too_long)
{
	char out[4];

	ck_assert_uint_eq(hv_utf8_loose("abcd", 4, out, sizeof(out)),
	    (size_t)-1);
	ck_assert_uint_eq(hv_utf8_loose("abc", 3, out, sizeof(out)), 3);
	ck_assert_uint_eq(hv_utf8_loose("\xC3\x98\xC3\x98", 4, out,
	    sizeof(out)), (size_t)-1);
}
END_TEST

/* The service of value s in m, or NULL. */
static const char *
service_of(const struct hv_catmap *m, const char *s)
{
	const size_t *cats;
	size_t ncats;
	long ei = hv_catmap_code(m, s, strlen(s));

	if (ei < 0)
		return NULL;
	return hv_service_list()[hv_catmap_entry(m, (size_t)ei, &cats,
	    &ncats)].code;
}

START_TEST(builtin_names)
{
	static const char *known[][2] = {
		{ "hjemmesykepleie", "hjemmesykepleie" },
		{ "HJEMMESYKEPLEIE", "hjemmesykepleie" },
		{ "Helsetjenester i hjemmet", "hjemmesykepleie" },
		{ "15", "hjemmesykepleie" },
		{ "015", "hjemmesykepleie" },
		{ "15 - Helsetjenester i hjemmet", "hjemmesykepleie" },
		{ "15: helsetjenester i hjemmet", "hjemmesykepleie" },
		{ "15. Helsetjenester i hjemmet", "hjemmesykepleie" },
		{ "Praktisk bistand - daglige gj\xC3\xB8rem\xC3\xA5l",
		    "praktisk_bistand" },
		{ "Praktisk bistand \xE2\x80\x93 daglige gj\xC3\xB8rem\xC3\xA5l",
		    "praktisk_bistand" },
		{ "LANGTIDSOPPHOLD", "langtidsopphold" },
		{ "Langtidsopphold i institusjon", "langtidsopphold" },
		{ "21", "langtidsopphold" },
		{ "08.01", "avlastning_institusjon" },
		{ "8.02", "avlastning_institusjon" },
		{ "Omsorgsl\xC3\xB8nn", "omsorgsstonad" },
		{ "Brukerstyrt personlig assistanse (BPA)", "bpa" },
		{ "Kommunal \xC3\xB8yeblikkelig hjelp - d\xC3\xB8gnopphold",
		    "kad" },
	};
	static const char *unknown[] = { "Korttidsopphold", "16", "10",
	    "15 - Langtidsopphold i institusjon", "15abc", "", "-",
	    "hjemme sykepleie" };
	struct hv_catmap *m;
	struct hv_err e;
	size_t i;

	m = hv_catmap_default(&e);
	ck_assert_msg(m != NULL, "%s", e.msg);
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		const char *got = service_of(m, known[i][0]);

		ck_assert_msg(got != NULL && strcmp(got, known[i][1]) == 0,
		    "'%s' is %s, not %s", known[i][0], got ? got : "unknown",
		    known[i][1]);
	}
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		ck_assert_msg(service_of(m, unknown[i]) == NULL,
		    "'%s' is known", unknown[i]);
	hv_catmap_free(m);
}
END_TEST

/* Every service's code, number and name are in the built-in map, each
 * as that service. */
START_TEST(builtin_every_service)
{
	const struct hv_service *sv = hv_service_list();
	struct hv_catmap *m;
	struct hv_err e;
	size_t s;

	m = hv_catmap_default(&e);
	ck_assert_ptr_nonnull(m);
	for (s = 0; s < hv_service_count(); s++) {
		ck_assert_str_eq(service_of(m, sv[s].code), sv[s].code);
		ck_assert_str_eq(service_of(m, sv[s].name), sv[s].code);
		if (sv[s].finnkode != NULL)
			ck_assert_str_eq(service_of(m, sv[s].finnkode),
			    sv[s].code);
	}
	hv_catmap_free(m);
}
END_TEST

static struct hv_catmap *
load(const char *text, struct hv_err *e)
{
	char *path = ut_temp_file("map.csv", text);
	struct hv_catmap *m = hv_catmap_load(path, e);

	ut_temp_remove(path);
	return m;
}

START_TEST(map_aliases)
{
	struct hv_catmap *m;
	struct hv_err e;
	const size_t *cats;
	size_t ncats;
	long ei;

	m = load("code,service\nHJSPL,hjemmesykepleie\nLT natt,21\n"
	    "Hjemmesykepleie,15\n", &e);
	ck_assert_msg(m != NULL, "%s", e.msg);
	ck_assert_str_eq(service_of(m, "hjspl"), "hjemmesykepleie");
	ck_assert_str_eq(service_of(m, "LT  NATT"), "langtidsopphold");
	/* the built-in names are still there */
	ck_assert_str_eq(service_of(m, "Helsetjenester i hjemmet"),
	    "hjemmesykepleie");
	/* in the built-in categories: Hjemmesykepleie, Hjemmetjenester */
	ei = hv_catmap_code(m, "HJSPL", 5);
	hv_catmap_entry(m, (size_t)ei, &cats, &ncats);
	ck_assert_uint_eq(ncats, 2);
	ck_assert_str_eq(hv_catmap_category(m, cats[0]), "Hjemmesykepleie");
	ck_assert_str_eq(hv_catmap_category(m, cats[1]), "Hjemmetjenester");
	hv_catmap_free(m);
}
END_TEST

START_TEST(map_clashes)
{
	struct hv_err e;

	ck_assert_ptr_null(load("code,service\nLangtidsopphold i "
	    "institusjon,hjemmesykepleie\n", &e));
	ck_assert_msg(strstr(e.msg, ":2: code 'Langtidsopphold i "
	    "institusjon' is in the built-in map already, as another "
	    "service") != NULL, "%s", e.msg);
	ck_assert_ptr_null(load("code,service\nLANGTIDSOPPHOLD I "
	    "INSTITUSJON,hjemmesykepleie\n", &e));
	ck_assert_msg(strstr(e.msg, ":2: code 'LANGTIDSOPPHOLD I INSTITUSJON' "
	    "is 'Langtidsopphold i institusjon' of the built-in map") !=
	    NULL, "%s", e.msg);
	ck_assert_ptr_null(load("code,service,category\nA,bpa,BPA\n"
	    "a,bpa,Annet\n", &e));
	ck_assert_msg(strstr(e.msg, ":3: code 'a' is 'A' of line 2 (case, "
	    "blanks, dashes and punctuation at the ends are not told apart), "
	    "which counts as bpa in other categories") != NULL, "%s", e.msg);
	ck_assert_ptr_null(load("code,service\nX,nosuch\n", &e));
	ck_assert_msg(strstr(e.msg, ":2: unknown service 'nosuch'") != NULL,
	    "%s", e.msg);
	ck_assert_ptr_null(load("kode,tjeneste\n", &e));
	ck_assert_msg(strstr(e.msg, ":1: a category map has the columns") !=
	    NULL, "%s", e.msg);
}
END_TEST

/* A full map replaces the built-in one: its names only, and a service
 * cell may be any name the built-in map knows. */
START_TEST(map_full)
{
	struct hv_catmap *m;
	struct hv_err e;

	m = load("code,service,category\nHS,Helsetjenester i hjemmet,"
	    "Hjemme\nLT,21,Institusjon\n", &e);
	ck_assert_msg(m != NULL, "%s", e.msg);
	ck_assert_str_eq(service_of(m, "hs"), "hjemmesykepleie");
	ck_assert_str_eq(service_of(m, "LT"), "langtidsopphold");
	ck_assert_ptr_null(service_of(m, "hjemmesykepleie"));
	ck_assert_uint_eq(hv_catmap_ncategories(m), 2);
	hv_catmap_free(m);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("service");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, loose_form);
	tcase_add_test(tc, loose_too_long);
	tcase_add_test(tc, from_cp1252);
	tcase_add_test(tc, builtin_names);
	tcase_add_test(tc, builtin_every_service);
	tcase_add_test(tc, map_aliases);
	tcase_add_test(tc, map_clashes);
	tcase_add_test(tc, map_full);
	suite_add_tcase(s, tc);
	return s;
}
