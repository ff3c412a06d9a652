/* Unit tests for the PxWebApi client: metadata, selections, URLs, the
 * split of a query, the merge of its parts, the cache and the call
 * file's rate limit (pxweb-query.c, pxweb-merge.c, cache.c, list.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>

#include "cache.h"
#include "list.h"
#include "pxweb-int.h"

/* A table: region (6, geo), Alder (3, may be left out), Tid (5, time). */
static const char meta_text[] =
"{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"T\","
"\"updated\":\"2025-06-15T06:00:00Z\",\"role\":{\"time\":[\"Tid\"],"
"\"geo\":[\"Region\"]},\"id\":[\"Region\",\"Alder\",\"Tid\"],"
"\"size\":[6,3,5],\"dimension\":{"
"\"Region\":{\"label\":\"region\",\"category\":{\"index\":{\"5037\":0,"
"\"5038\":1,\"5035\":2,\"5006\":3,\"EKG09\":4,\"EAK\":5},\"label\":{"
"\"5037\":\"Levanger\"}},\"extension\":{\"elimination\":false,"
"\"codelists\":[{\"id\":\"agg_KommSummer\"},{\"id\":\"vs_Fylker\"}]}},"
"\"Alder\":{\"label\":\"alder\",\"category\":{\"index\":[\"A\",\"B\","
"\"T\"]},\"extension\":{\"elimination\":true}},"
"\"Tid\":{\"label\":\"\\u00e5r\",\"category\":{\"index\":{\"2020\":0,"
"\"2021\":1,\"2022\":2,\"2023\":3,\"2024\":4}},\"extension\":{"
"\"elimination\":false}}},\"extension\":{\"px\":{\"tableid\":\"99\"}},"
"\"value\":[]}";

static struct hv_px_meta *
meta(void)
{
	struct hv_err e;
	struct hv_px_meta *m = hv_px_meta_parse(meta_text, strlen(meta_text),
	    "t", &e);

	ck_assert_msg(m != NULL, "%s", e.msg);
	return m;
}

/* The codes var's selection expr chooses, comma-joined, or the error. */
static const char *
chosen(const char *var, const char *expr, char *buf, size_t sz)
{
	struct hv_px_meta *m = meta();
	struct hv_px_sel sel[2] = { { var, expr }, { "Tid", "2024" } };
	struct hv_px_query q = { "99", sel, 2, NULL, 0 };
	struct hv_px_pick *p = NULL;
	struct hv_err e;
	size_t i;
	long v;

	if (hv_px_find_var(m, var, &e) == 2) {
		sel[1].var = "Region";
		sel[1].codes = "5037";
	}
	buf[0] = '\0';
	if (hv_px_resolve(m, &q, &p, &e) == -1)
		snprintf(buf, sz, "error: %s", e.msg);
	else {
		v = hv_px_find_var(m, var, &e);
		for (i = 0; i < p[v].n; i++)
			hv_list_append(buf, sz, ",",
			    m->var[v].vcode[p[v].idx[i]]);
	}
	hv_px_picks_free(p, m->nvars);
	hv_px_meta_free(m);
	return buf;
}

START_TEST(pxweb_metadata_reads_index_forms_and_roles)
{
	struct hv_px_meta *m = meta();

	ck_assert_uint_eq(m->nvars, 3);
	ck_assert_str_eq(m->table, "99");
	ck_assert_str_eq(m->updated, "2025-06-15T06:00:00Z");
	ck_assert_str_eq(m->var[0].vcode[4], "EKG09");
	ck_assert_str_eq(m->var[0].vlabel[0], "Levanger");
	ck_assert_str_eq(m->var[0].vlabel[1], "5038");	/* no label */
	ck_assert_str_eq(m->var[0].codelists, "agg_KommSummer, vs_Fylker");
	ck_assert_str_eq(m->var[1].vcode[2], "T");	/* index an array */
	ck_assert(m->var[1].elimination && !m->var[0].elimination);
	ck_assert_int_eq(m->var[2].role, HV_JS_ROLE_TIME);
	ck_assert_int_eq(m->var[0].role, HV_JS_ROLE_GEO);
	hv_px_meta_free(m);
}
END_TEST

static const struct {
	const char *var, *expr, *want;
} selections[] = {
	{ "Region", "5037,5038", "5037,5038" },
	{ "region", "ekg09", "EKG09" },		/* label, any case */
	{ "Region", "*", "5037,5038,5035,5006,EKG09,EAK" },
	{ "Region", "50*", "5037,5038,5035,5006" },
	{ "Region", "*9", "EKG09" },
	{ "Region", "*03*", "5037,5038,5035" },
	{ "Region", "50?7", "5037" },
	{ "Region", "top(2)", "5037,5038" },
	{ "Region", "top(2,1)", "5038,5035" },
	{ "Region", "bottom(2)", "EKG09,EAK" },
	{ "Region", "from(5006)", "5006,EKG09,EAK" },
	{ "Region", "to(5038)", "5037,5038" },
	{ "Region", "range(EKG09,5038)", "5038,5035,5006,EKG09" },
	{ "Region", "5035,50*", "5035,5037,5038,5006" },	/* once each */
	{ "Tid", "top(3)", "2022,2023,2024" },	/* the newest, in order */
	{ "Tid", "top(2,1)", "2022,2023" },
	{ "Tid", "bottom(2)", "2020,2021" },
	{ "\xc3\x85R", "range(2024,2022)", "2022,2023,2024" },
	{ "Tid", "top(9)", "2020,2021,2022,2023,2024" },
	{ "Tid", "top(2,9)", "error: Tid=top(2,9) chooses no value of Tid "
	    "(\xc3\xa5r)" },
	{ "Region", "5073", "error: Region (region) has no value '5073'; "
	    "its 6 values: ssb-get --values 99 Region" },
	{ "Region", "503", "error: Region (region) has no value '503'; "
	    "close: 5037 (Levanger), 5038 (5038), 5035 (5035); "
	    "its 6 values: ssb-get --values 99 Region" },
	{ "Region", "top(0)", "error: Region=top(0): top takes a count and "
	    "an offset: top(3) or top(3,1)" },
	{ "Region", "5*7", "error: Region=5*7: '*' stands at the start or "
	    "the end of a code (03*, *00, *0*), or alone" },
	{ "Region", "5037,", "error: Region=5037,: an empty value in the "
	    "list" },
	{ "Regoin", "5037", "error: table 99 has no variable 'Regoin'; did "
	    "you mean Region (region); its variables: Region (region), Alder "
	    "(alder), Tid (\xc3\xa5r)" },
};

START_TEST(pxweb_selections_resolve_as_v2_does)
{
	char buf[1100];

	ck_assert_str_eq(chosen(selections[_i].var, selections[_i].expr, buf,
	    sizeof(buf)), selections[_i].want);
}
END_TEST

START_TEST(pxweb_a_variable_that_may_not_be_left_out)
{
	struct hv_px_meta *m = meta();
	struct hv_px_sel sel[] = { { "Tid", "2024" } };
	struct hv_px_query q = { "99", sel, 1, NULL, 0 };
	struct hv_px_pick *p = NULL;
	struct hv_err e;

	ck_assert_int_eq(hv_px_resolve(m, &q, &p, &e), -1);
	ck_assert_str_eq(e.msg, "Region (region) may not be left out: give "
	    "Region=CODES (6 values: 5037, 5038, 5035, 5006, EKG09, ...; or "
	    "*, top(3))");
	hv_px_picks_free(p, m->nvars);
	hv_px_meta_free(m);
}
END_TEST

START_TEST(pxweb_urls_and_the_split)
{
	struct hv_px_meta *m = meta();
	struct hv_px_sel sel[] = { { "Region", "*" }, { "Alder", "A,B" },
	    { "Tid", "from(2021)" } };
	struct hv_px_sel cl[] = { { "Region", "agg_KommSummer" } };
	struct hv_px_query q = { "99", sel, 3, cl, 1 };
	struct hv_px_pick *p = NULL;
	struct hv_px_plan plan;
	struct hv_err e;
	char *url = NULL;
	size_t cap = 0, k;
	double sum = 0;

	ck_assert_int_eq(hv_px_resolve(m, &q, &p, &e), 0);
	ck_assert(hv_px_cells(m, p, NULL, NULL) == 6 * 2 * 4);
	ck_assert_int_eq(hv_px_data_url(&url, &cap, "http://h/v2/", "99",
	    "no", m, p, NULL), 0);
	ck_assert_str_eq(url, "http://h/v2/tables/99/data?lang=no&outputFormat"
	    "=json-stat2&codelist[Region]=agg_KommSummer&valueCodes[Region]=*"
	    "&valueCodes[Alder]=A,B&valueCodes[Tid]=from(2021)");
	/* 48 cells at most 10 a request: regions of one (8 cells each) */
	ck_assert_int_eq(hv_px_split("http://h/v2", "99", "no", m, p, 10,
	    HV_PX_MAX_URL, &plan, &e), 0);
	ck_assert_uint_eq(plan.n, 6);
	for (k = 0; k < plan.n; k++)
		sum += hv_px_cells(m, p, plan.part[k].lo, plan.part[k].hi);
	ck_assert(sum == 48);
	ck_assert_int_eq(hv_px_data_url(&url, &cap, "http://h/v2", "99",
	    "no", m, p, &plan.part[4]), 0);
	ck_assert_str_eq(url, "http://h/v2/tables/99/data?lang=no&outputFormat"
	    "=json-stat2&codelist[Region]=agg_KommSummer&valueCodes[Region]="
	    "EKG09&valueCodes[Alder]=A,B&valueCodes[Tid]=from(2021)");
	hv_px_plan_free(&plan);
	/* a URL limit splits too */
	ck_assert_int_eq(hv_px_split("http://h/v2", "99", "no", m, p, 1e6,
	    160, &plan, &e), 0);
	ck_assert_uint_eq(plan.n, 1);	/* expressions are short */
	hv_px_plan_free(&plan);
	ck_assert_int_eq(hv_px_split("http://h/v2", "99", "no", m, p, 1e6,
	    50, &plan, &e), -1);
	ck_assert_str_eq(e.msg, "the request is 155 bytes long even for one "
	    "value of each variable (at most 50)");
	free(url);
	hv_px_picks_free(p, m->nvars);
	hv_px_meta_free(m);
}
END_TEST

START_TEST(pxweb_url_encoding)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	ck_assert_int_eq(hv_px_url_put(&buf, &len, &cap,
	    "a b&c=d?e#f+\xc3\xa5,(*)", 1), 0);
	ck_assert_str_eq(buf, "a%20b%26c%3Dd%3Fe%23f%2B%C3%A5,(*)");
	free(buf);
}
END_TEST

/* A part of the table 2 x 2 (r, t): the values given for the codes. */
static void
part(const char *r, const char *t, const char *values, const char *status,
    cJSON **root, struct hv_jsonstat **js)
{
	char text[1024];
	struct hv_err e;

	snprintf(text, sizeof(text), "{\"version\":\"2.0\",\"class\":"
	    "\"dataset\",\"updated\":\"u\",\"id\":[\"r\",\"t\"],\"size\":[%d,%d],"
	    "\"dimension\":{\"r\":{\"category\":{\"index\":%s,\"label\":{}}},"
	    "\"t\":{\"category\":{\"index\":%s}}},\"value\":%s%s%s}",
	    r[1] == '"' ? 1 : 2, t[1] == '"' && strchr(t + 2, ',') == NULL ? 1 :
	    2, r, t, values, status != NULL ? ",\"status\":" : "",
	    status != NULL ? status : "");
	*root = cJSON_Parse(text);
	ck_assert_ptr_nonnull(*root);
	*js = hv_jsonstat_parse(text, strlen(text), "part", &e);
	ck_assert_msg(*js != NULL, "%s", e.msg);
}

START_TEST(pxweb_merge_places_cells_by_code)
{
	cJSON *parts[2], *out;
	struct hv_jsonstat *js[2];
	struct hv_err e;
	char *text;

	/* r split: a first, b second; t as ["1","2"] in each */
	part("[\"a\"]", "[\"1\",\"2\"]", "[1,null]", "{\"1\":\"..\"}",
	    &parts[0], &js[0]);
	part("[\"b\"]", "[\"1\",\"2\"]", "[3,4]", NULL, &parts[1], &js[1]);
	out = hv_px_merge(parts, (const struct hv_jsonstat *const *)js, 2, &e);
	ck_assert_msg(out != NULL, "%s", e.msg);
	text = cJSON_PrintUnformatted(out);
	ck_assert_str_eq(text, "{\"version\":\"2.0\",\"class\":\"dataset\","
	    "\"updated\":\"u\",\"id\":[\"r\",\"t\"],\"size\":[2,2],"
	    "\"dimension\":{\"r\":{\"category\":{\"index\":[\"a\",\"b\"],"
	    "\"label\":{}}},\"t\":{\"category\":{\"index\":[\"1\",\"2\"]}}},"
	    "\"value\":[1,null,3,4],\"status\":{\"1\":\"..\"}}");
	cJSON_free(text);
	cJSON_Delete(out);
	/* the same part twice overlaps */
	cJSON_Delete(parts[1]);
	hv_jsonstat_free(js[1]);
	parts[1] = parts[0];
	js[1] = js[0];
	ck_assert_ptr_null(hv_px_merge(parts,
	    (const struct hv_jsonstat *const *)js, 2, &e));
	ck_assert_str_eq(e.msg, "the parts of the answer overlap (cell 0 "
	    "twice)");
	cJSON_Delete(parts[0]);
	hv_jsonstat_free(js[0]);
}
END_TEST

START_TEST(pxweb_cache_keeps_whole_entries_by_url)
{
	char dir[] = "/tmp/hvcache.XXXXXX", cmd[64];
	struct hv_cache_entry en;
	struct hv_cache *c;
	struct hv_err e;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	c = hv_cache_open(dir, &e);
	ck_assert_msg(c != NULL, "%s", e.msg);
	ck_assert_int_eq(hv_cache_get(c, "http://x/a", &en, &e), 0);
	ck_assert_int_eq(hv_cache_put(c, "http://x/a", "{\"v\":1}\n", 8,
	    (time_t)1764662400, "2025-06-15T06:00:00Z", &e), 0);
	ck_assert_int_eq(hv_cache_get(c, "http://x/a", &en, &e), 1);
	ck_assert_uint_eq(en.len, 8);
	ck_assert_str_eq(en.body, "{\"v\":1}\n");
	ck_assert_str_eq(en.updated, "2025-06-15T06:00:00Z");
	ck_assert(en.fetched == (time_t)1764662400);
	hv_cache_entry_free(&en);
	ck_assert_int_eq(hv_cache_get(c, "http://x/b", &en, &e), 0);
	hv_cache_drop(c, "http://x/a");
	ck_assert_int_eq(hv_cache_get(c, "http://x/a", &en, &e), 0);
	hv_cache_close(c);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(list_near_names)
{
	ck_assert(hv_list_near("regoin", "region"));
	ck_assert(hv_list_near("Tid", "tid"));
	ck_assert(hv_list_near("5038", "5037"));
	ck_assert(hv_list_near("KOKkommune", "KOKkommuneregion0000"));
	ck_assert(!hv_list_near("alder", "region"));
	ck_assert(!hv_list_near("ab", "cd"));
	ck_assert(!hv_list_near("", "x"));
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("pxweb");
	TCase *tc = tcase_create("pxweb");

	tcase_add_test(tc, pxweb_metadata_reads_index_forms_and_roles);
	tcase_add_loop_test(tc, pxweb_selections_resolve_as_v2_does, 0,
	    N(selections));
	tcase_add_test(tc, pxweb_a_variable_that_may_not_be_left_out);
	tcase_add_test(tc, pxweb_urls_and_the_split);
	tcase_add_test(tc, pxweb_url_encoding);
	tcase_add_test(tc, pxweb_merge_places_cells_by_code);
	tcase_add_test(tc, pxweb_cache_keeps_whole_entries_by_url);
	tcase_add_test(tc, list_near_names);
	suite_add_tcase(s, tc);
	return s;
}
