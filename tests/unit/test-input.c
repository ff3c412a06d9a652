/* Unit tests for input.c: an input read once, its first bytes looked at
 * and then handed on whole, from a file and from a pipe. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "input.h"
#include "jsonstat.h"
#include "reader.h"

/* A pipe holding text, by the /dev/fd path of its reading end (the
 * writer is a child, so text may be larger than the pipe's buffer). */
static char *
pipe_of(const char *text, char *path, size_t sz)
{
	int fd[2];
	pid_t pid;

	ck_assert_int_eq(pipe(fd), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		size_t n = strlen(text);
		ssize_t w;

		close(fd[0]);
		while (n > 0 && (w = write(fd[1], text, n)) > 0) {
			text += w;
			n -= (size_t)w;
		}
		_exit(0);
	}
	close(fd[1]);
	snprintf(path, sz, "/dev/fd/%d", fd[0]);
	return path;
}

/* All of an input, read in pieces of step bytes. */
static char *
read_all(struct hv_input *in, size_t step)
{
	char *buf = NULL;
	size_t n = 0, got;

	do {
		buf = realloc(buf, n + step + 1);
		ck_assert_ptr_nonnull(buf);
		got = hv_input_read(in, buf + n, step);
		n += got;
	} while (got == step);
	buf[n] = '\0';
	return buf;
}

START_TEST(input_hands_on_every_byte_after_a_long_lead)
{
	size_t lead = 9000 + (size_t)_i * 4096, step = _i == 0 ? 7 : 65536;
	char *text = malloc(lead + 32), *got, path[32];
	struct hv_input in;
	struct hv_err e;

	memcpy(text, "\xEF\xBB\xBF", 3);
	memset(text + 3, ' ', lead - 4);
	text[lead - 1] = '\n';
	strcpy(text + lead, "{\"a\": 1}\n");
	ck_assert_int_eq(hv_input_open(&in, pipe_of(text, path, sizeof(path)),
	    &e), 0);
	ck_assert_int_eq(hv_input_first(&in), '{');
	got = read_all(&in, step);
	ck_assert_str_eq(got, text);
	hv_input_close(&in);
	free(got);
	free(text);
}
END_TEST

START_TEST(input_of_blanks_only_has_no_first_byte)
{
	char path[32], *got;
	struct hv_input in;
	struct hv_err e;

	ck_assert_int_eq(hv_input_open(&in, pipe_of(" \r\n\t\n", path,
	    sizeof(path)), &e), 0);
	ck_assert_int_eq(hv_input_first(&in), EOF);
	got = read_all(&in, 2);
	ck_assert_str_eq(got, " \r\n\t\n");
	free(got);
	hv_input_close(&in);
	ck_assert_int_eq(hv_input_open(&in, pipe_of("", path, sizeof(path)),
	    &e), 0);
	ck_assert_int_eq(hv_input_first(&in), EOF);
	hv_input_close(&in);
}
END_TEST

START_TEST(input_that_cannot_be_opened_is_an_io_error)
{
	struct hv_input in;
	struct hv_err e;

	ck_assert_int_eq(hv_input_open(&in, "/nonexistent/x.csv", &e), -1);
	ck_assert_int_eq(e.kind, HV_ERR_IO);
	ck_assert_ptr_nonnull(strstr(e.msg, "/nonexistent/x.csv"));
	hv_input_close(&in);	/* harmless after a failure */
}
END_TEST

/* The reader given an input starts at its first byte: the BOM, the
 * delimiter and the line numbers are those of the whole file. */
START_TEST(input_reader_takes_the_head_and_the_stream)
{
	char path[32];
	struct hv_input in;
	struct hv_reader *r;
	struct hv_row row;
	struct hv_err e;
	int i;
	char text[200000];
	size_t n;

	n = (size_t)sprintf(text, "\xEF\xBB\xBF\n\nunit;value\n");
	for (i = 0; i < 10000; i++)
		n += (size_t)sprintf(text + n, "u%d;%d\n", i, i);
	ck_assert_int_eq(hv_input_open(&in, pipe_of(text, path, sizeof(path)),
	    &e), 0);
	ck_assert_int_eq(hv_input_first(&in), 'u');
	ck_assert_ptr_nonnull(r = hv_reader_open_input(&in, NULL, &e));
	ck_assert_ptr_null(in.fp);
	hv_input_close(&in);
	ck_assert_str_eq(hv_reader_header(r)->field[1], "value");
	for (i = 0; i < 10000; i++) {
		ck_assert_int_eq(hv_reader_next(r, &row, &e), 1);
		ck_assert_int_eq(atoi(row.field[1]), i);
		ck_assert_uint_eq(row.line, (unsigned long)i + 4);
	}
	ck_assert_int_eq(hv_reader_next(r, &row, &e), 0);
	hv_reader_close(r);
}
END_TEST

START_TEST(input_jsonstat_reads_from_a_pipe)
{
	const char *text = "\n  {\"value\":[1,2],\"id\":[\"Region\",\"Tid\"],"
	    "\"size\":[1,2],\"dimension\":{\"Tid\":{\"category\":{\"index\":"
	    "[\"2021\",\"2022\"]}},\"Region\":{\"category\":{\"index\":"
	    "[\"K-5037\"]}}}}";
	char path[32];
	struct hv_jsonstat *js;
	struct hv_input in;
	struct hv_err e;

	ck_assert_int_eq(hv_input_open(&in, pipe_of(text, path, sizeof(path)),
	    &e), 0);
	ck_assert_int_eq(hv_input_first(&in), '{');
	ck_assert_ptr_nonnull(js = hv_jsonstat_read(&in, &e));
	ck_assert_uint_eq(js->ncells, 2);
	ck_assert(js->value[1] == 2);
	hv_jsonstat_free(js);
	hv_input_close(&in);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("input");

	tcase_add_loop_test(tc, input_hands_on_every_byte_after_a_long_lead,
	    0, 2);
	tcase_add_test(tc, input_of_blanks_only_has_no_first_byte);
	tcase_add_test(tc, input_that_cannot_be_opened_is_an_io_error);
	tcase_add_test(tc, input_reader_takes_the_head_and_the_stream);
	tcase_add_test(tc, input_jsonstat_reads_from_a_pipe);
	suite_add_tcase(s, tc);
	return s;
}
