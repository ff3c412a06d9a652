/* Unit tests for jsonstat.c: every form of index, value and status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "jsonstat.h"

/* Write text to a temporary file and load it. */
static struct hv_jsonstat *
load_text(const char *text, struct hv_err *e)
{
	char path[] = "/tmp/hvjs.XXXXXX";
	struct hv_jsonstat *js;
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
	js = hv_jsonstat_load(path, e);
	unlink(path);
	return js;
}

START_TEST(jsonstat_reads_index_objects_arrays_and_none)
{
	const char *text = "{\"value\":[1,2,null,4],\"id\":[\"Region\","
	    "\"ContentsCode\",\"Tid\"],\"size\":[2,1,2],\"dimension\":{"
	    "\"Tid\":{\"category\":{\"index\":[\"2021\",\"2022\"]}},"
	    "\"ContentsCode\":{\"category\":{\"label\":{\"P\":\"Personer\"}}},"
	    "\"Region\":{\"category\":{\"index\":{\"K-5038\":1,\"K-5037\":0},"
	    "\"label\":{\"K-5037\":\"Levanger\",\"K-5038\":\"Verdal\"}}}},"
	    "\"role\":{\"time\":[\"Tid\"],\"geo\":[\"Region\"]},"
	    "\"version\":\"2.0\"}";
	struct hv_jsonstat *js;
	struct hv_err e;
	size_t pos[3];

	js = load_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	ck_assert_uint_eq(js->ncells, 4);
	ck_assert_str_eq(js->dim[0].code[0], "K-5037");
	ck_assert_str_eq(js->dim[0].code[1], "K-5038");
	ck_assert_str_eq(js->dim[0].catlabel[1], "Verdal");
	ck_assert_str_eq(js->dim[1].code[0], "P");	/* no index */
	ck_assert_str_eq(js->dim[2].catlabel[1], "2022");	/* no label */
	ck_assert_int_eq(js->dim[0].role, HV_JS_ROLE_GEO);
	ck_assert_int_eq(js->dim[2].role, HV_JS_ROLE_TIME);
	ck_assert_int_eq(js->dim[1].role, HV_JS_ROLE_NONE);
	/* row-major: the last dimension varies fastest */
	hv_jsonstat_pos(js, 3, pos);
	ck_assert(pos[0] == 1 && pos[1] == 0 && pos[2] == 1);
	ck_assert(js->has_value[3] && js->value[3] == 4);
	ck_assert(!js->has_value[2]);
	hv_jsonstat_free(js);
}
END_TEST

static const struct {
	const char	*status;
	const char	*want[3];
} statuses[] = {
	{ "\"a\"",			{ "a", "a", "a" } },
	{ "[\"e\"]",			{ "e", "e", "e" } },
	{ "[\"x\",null,\"..\"]",	{ "x", NULL, ".." } },
	{ "{\"1\":\":\"}",		{ NULL, ":", NULL } },
};

START_TEST(jsonstat_reads_every_status_form)
{
	char text[512];
	struct hv_jsonstat *js;
	struct hv_err e;
	size_t i;

	snprintf(text, sizeof(text), "{\"id\":[\"A\"],\"size\":[3],"
	    "\"dimension\":{\"A\":{\"category\":{\"index\":[\"a\",\"b\","
	    "\"c\"]}}},\"value\":{\"0\":7},\"status\":%s}",
	    statuses[_i].status);
	js = load_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	for (i = 0; i < 3; i++) {
		if (statuses[_i].want[i] == NULL)
			ck_assert(js->status[i] == NULL);
		else
			ck_assert_str_eq(js->status[i], statuses[_i].want[i]);
	}
	/* a sparse value object: cells not given are missing */
	ck_assert(js->has_value[0] && js->value[0] == 7);
	ck_assert(!js->has_value[1] && !js->has_value[2]);
	hv_jsonstat_free(js);
}
END_TEST

START_TEST(jsonstat_reads_version_1_inside_dataset)
{
	const char *text = "{\"dataset\":{\"dimension\":{\"id\":[\"Tid\"],"
	    "\"size\":[2],\"role\":{\"time\":[\"Tid\"]},\"Tid\":{\"category\":"
	    "{\"index\":{\"2021\":0,\"2022\":1}}}},\"value\":[5,6]}}";
	struct hv_jsonstat *js;
	struct hv_err e;

	js = load_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	ck_assert_int_eq(js->dim[0].role, HV_JS_ROLE_TIME);
	ck_assert(js->value[1] == 6);
	hv_jsonstat_free(js);
}
END_TEST

/* SSB's notes, and which of them are to be shown (noteMandatory, by
 * the note's index; a note that is no string does not shift them). */
START_TEST(jsonstat_keeps_the_notes)
{
	const char *text = "{\"id\":[\"Tid\"],\"size\":[1],\"dimension\":"
	    "{\"Tid\":{\"category\":{\"index\":[\"2024\"]}}},\"value\":[1],"
	    "\"note\":[\"a\",7,\"b\",\"c\"],\"extension\":{\"noteMandatory\":"
	    "{\"2\":true}}}";
	struct hv_jsonstat *js;
	struct hv_err e;

	js = load_text(text, &e);
	ck_assert_msg(js != NULL, "%s", e.msg);
	ck_assert_uint_eq(js->nnote, 3);
	ck_assert_str_eq(js->note[1], "b");
	ck_assert(!js->note_shown[0] && js->note_shown[1] &&
	    !js->note_shown[2]);
	hv_jsonstat_free(js);
}
END_TEST

static const struct {
	const char	*text;
	const char	*msg;
} bad[] = {
	{ "{\"id\":[\"A\"],\n\"size\":[2,",
	    "malformed JSON at byte" },
	{ "{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":"
	    "{\"index\":[\"a\",\"b\"]}}},\"value\":[1,2,3]}",
	    "3 values, but the sizes make 2 cells" },
	{ "{\"id\":[\"A\",\"B\"],\"size\":[2],\"dimension\":{}}",
	    "2 dimension ids but 1 sizes" },
	{ "{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":"
	    "{\"index\":{\"a\":0,\"b\":0}}}},\"value\":[1,2]}",
	    "index of 'b' is not a free position below 2" },
	{ "{\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"B\":{}},"
	    "\"value\":[1]}",
	    "dimension 'A' is not described" },
	{ "[1,2,3]", "not a JSON-stat dataset" },
	{ "{\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"A\":{\"category\":"
	    "{\"index\":[\"a\"]}}},\"value\":{\"7\":1}}",
	    "value key '7' is not a cell below 1" },
};

START_TEST(jsonstat_refuses_what_does_not_fit)
{
	struct hv_err e;

	ck_assert_ptr_null(load_text(bad[_i].text, &e));
	ck_assert_msg(strstr(e.msg, bad[_i].msg) != NULL, "got: %s", e.msg);
}
END_TEST

START_TEST(jsonstat_malformed_json_names_the_line)
{
	struct hv_err e;

	ck_assert_ptr_null(load_text("{\n\"id\": [\"A\"],\n\"size\": x\n}", &e));
	ck_assert_msg(strstr(e.msg, ":3: malformed JSON at byte 24") != NULL,
	    "got: %s", e.msg);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("jsonstat");
	TCase *tc = tcase_create("jsonstat");

	tcase_add_test(tc, jsonstat_reads_index_objects_arrays_and_none);
	tcase_add_loop_test(tc, jsonstat_reads_every_status_form, 0,
	    N(statuses));
	tcase_add_test(tc, jsonstat_reads_version_1_inside_dataset);
	tcase_add_test(tc, jsonstat_keeps_the_notes);
	tcase_add_loop_test(tc, jsonstat_refuses_what_does_not_fit, 0, N(bad));
	tcase_add_test(tc, jsonstat_malformed_json_names_the_line);
	suite_add_tcase(s, tc);
	return s;
}
