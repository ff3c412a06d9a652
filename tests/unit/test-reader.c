/*
 * Unit tests for reader.c.  Each input is read with every chunk size from
 * one byte to its whole length (as libcsv's own tests do), and the rows,
 * with their line numbers, must come out the same every time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "reader-int.h"

/* The len bytes at input as a stream to read. */
static FILE *
input_stream(const char *input, size_t len)
{
	FILE *in = fmemopen((void *)input, len > 0 ? len : 1, "r");

	ck_assert_ptr_nonnull(in);
	if (len == 0)
		fgetc(in);	/* fmemopen cannot make an empty stream */
	return in;
}

/* The fields of row into fp: "f|f", or with lengths "[1]f[1]f". */
static void
put_fields(FILE *fp, const struct hv_row *row, int lengths)
{
	size_t i;

	for (i = 0; i < row->n; i++) {
		ck_assert_uint_eq(strlen(row->field[i]), row->len[i]);
		if (lengths)
			fprintf(fp, "[%zu]%s", row->len[i], row->field[i]);
		else
			fprintf(fp, "%s%s", i > 0 ? "|" : "", row->field[i]);
	}
	fputc('\n', fp);
}

/* Read input into a text dump: "T:title", "H<line>:f|f", "<line>:f|f",
 * and "E:message" on an error. */
static char *
dump(const char *input, size_t len, size_t chunk, enum hv_encoding enc,
    int ragged)
{
	struct hv_reader_opts o;
	struct hv_reader *r;
	const struct hv_row *h;
	struct hv_row row;
	struct hv_err e;
	char *out;
	size_t outlen;
	FILE *in = input_stream(input, len), *fp;
	int got;

	fp = open_memstream(&out, &outlen);
	ck_assert_ptr_nonnull(fp);
	hv_reader_opts_init(&o);
	o.chunk = chunk;
	o.encoding = enc;
	o.ragged = ragged;
	r = hv_reader_open_fp(in, "x", &o, &e);
	if (r == NULL) {
		fprintf(fp, "E:%s", e.msg);
		goto done;
	}
	if (hv_reader_title(r) != NULL)
		fprintf(fp, "T:%s\n", hv_reader_title(r));
	h = hv_reader_header(r);
	fprintf(fp, "H%lu:", h->line);
	put_fields(fp, h, 0);
	while ((got = hv_reader_next(r, &row, &e)) == 1) {
		fprintf(fp, "%lu:", row.line);
		put_fields(fp, &row, 0);
	}
	if (got == -1)
		fprintf(fp, "E:%s", e.msg);
	hv_reader_close(r);
done:
	fclose(in);
	fclose(fp);
	return out;
}

static const struct {
	const char	*name;
	const char	*in;
	const char	*want;
} cases[] = {
	{ "comma", "a,b\n1,2\n3,4\n", "H1:a|b\n2:1|2\n3:3|4\n" },
	{ "semicolon with decimal comma", "a;b\n1,5;2\n2,25;3\n",
	    "H1:a|b\n2:1,5|2\n3:2,25|3\n" },
	{ "tab", "a\tb\n1 125\t2\n", "H1:a|b\n2:1 125|2\n" },
	{ "BOM", "\xEF\xBB\xBF" "a,b\n1,2\n", "H1:a|b\n2:1|2\n" },
	{ "CRLF", "a,b\r\n1,2\r\n3,4\r\n", "H1:a|b\n2:1|2\n3:3|4\n" },
	{ "quoted delimiter, quote, newline",
	    "a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",2\n3,4\n",
	    "H1:a|b\n2:x,y|he said \"hi\"\n3:multi\nline|2\n5:3|4\n" },
	{ "quoted newline with CRLF", "a,b\r\n\"p\r\nq\",1\r\n2,3\r\n",
	    "H1:a|b\n2:p\r\nq|1\n4:2|3\n" },
	{ "Latin-1", "navn;verdi\nTr\xF8ndelag;1\n\xC6\xD8\xC5;2\n",
	    "H1:navn|verdi\n2:Tr\xC3\xB8ndelag|1\n3:\xC3\x86\xC3\x98\xC3\x85|2\n" },
	{ "Windows-1252 euro and dash", "a\n\x80 \x96 x\n",
	    "H1:a\n2:\xE2\x82\xAC \xE2\x80\x93 x\n" },
	{ "UTF-8", "navn\nTr\xC3\xB8ndelag\n\xE2\x80\xAF\n",
	    "H1:navn\n2:Tr\xC3\xB8ndelag\n3:\xE2\x80\xAF\n" },
	{ "header only", "a,b\n", "H1:a|b\n" },
	{ "header only, no newline", "a,b", "H1:a|b\n" },
	{ "no final newline", "a,b\n1,2", "H1:a|b\n2:1|2\n" },
	{ "blank lines keep their numbers", "a,b\n\n1,2\n\n\n3,4\n",
	    "H1:a|b\n3:1|2\n6:3|4\n" },
	{ "blank lines with CRLF", "a,b\r\n\r\n1,2\r\n",
	    "H1:a|b\n3:1|2\n" },
	{ "a space between CR and LF: two line breaks",
	    "a,b\r \n1,2\n", "H1:a|b\n3:1|2\n" },
	{ "a lone CR in a quoted field is a line break",
	    "a,b\n\"x\ry\",1\n2,3\n", "H1:a|b\n2:x\ry|1\n4:2|3\n" },
	{ "spaces around fields are trimmed, quoted or not",
	    "a,b\n 1 , \"x\" \n\t2,3\t\n", "H1:a|b\n2:1|x\n3:2|3\n" },
	{ "title above the header",
	    "\"12362: Utgifter, etter region\"\n\"region\";\"2019\"\n"
	    "\"5037 Levanger\";\"17938\"\n",
	    "T:12362: Utgifter, etter region\nH2:region|2019\n"
	    "3:5037 Levanger|17938\n" },
	{ "one column is no title", "navn\nLevanger\nVerdal\n",
	    "H1:navn\n2:Levanger\n3:Verdal\n" },
	{ "empty fields", "a,b,c\n,,\n\"\",x,\n", "H1:a|b|c\n2:||\n3:|x|\n" },
	{ "ragged row", "a,b\n1,2\n1,2,3\n",
	    "H1:a|b\n2:1|2\nE:x:3: 3 fields, but the header has 2" },
	{ "short row", "a,b\n1\n", "H1:a|b\nE:x:2: 1 field, but the header has 2" },
	{ "malformed quoting", "a,b\n1,2\n1,x\"y\n",
	    "H1:a|b\n2:1|2\nE:x:3: malformed quoting (a quote inside an "
	    "unquoted field, or text after a closing quote)" },
	{ "unterminated quote", "a,b\n1,\"abc\n",
	    "H1:a|b\nE:x:2: unterminated quoted field at the end of the "
	    "file" },
	{ "empty file", "", "E:x: empty file (no header row)" },
	{ "only blank lines", "\n\n", "E:x: empty file (no header row)" },
	{ "UTF-8 then a Latin-1 byte", "a\n\xC3\xB8\n\xF8\n",
	    "H1:a\n2:\xC3\xB8\nE:x:3: invalid UTF-8 (use --encoding latin1 "
	    "for Latin-1 files)" },
	/* at every chunk size: a sequence cut by a chunk is seen whole */
	{ "Latin-1 then UTF-8", "a\n\xF8\nx\xC3\xB8\n",
	    "H1:a\n2:\xC3\xB8\nE:x:3: UTF-8 in a file that began as Latin-1 "
	    "(Windows-1252): two encodings in one file; save it in one" },
	{ "Latin-1 then a three-byte sequence", "a\n\xF8\n\xE2\x80\x93\n",
	    "H1:a\n2:\xC3\xB8\nE:x:3: UTF-8 in a file that began as Latin-1 "
	    "(Windows-1252): two encodings in one file; save it in one" },
	{ "Latin-1 ending in a lead byte", "a\n\xF8\n\xC3",
	    "H1:a\n2:\xC3\xB8\n3:\xC3\x83\n" },
};

START_TEST(reader_reads_every_dialect_in_every_chunk_size)
{
	size_t len = strlen(cases[_i].in), chunk;
	char *got;

	for (chunk = 1; chunk <= len + 1; chunk++) {
		got = dump(cases[_i].in, len, chunk, HV_ENC_AUTO, 0);
		ck_assert_msg(strcmp(got, cases[_i].want) == 0,
		    "%s, chunk %zu:\n%s\nwant:\n%s", cases[_i].name, chunk, got,
		    cases[_i].want);
		free(got);
	}
}
END_TEST

START_TEST(reader_ragged_option_accepts_rows_of_any_width)
{
	const char *in = "a,b\n1\n1,2,3\n";
	char *got = dump(in, strlen(in), 0, HV_ENC_AUTO, 1);

	ck_assert_str_eq(got, "H1:a|b\n2:1\n3:1|2|3\n");
	free(got);
}
END_TEST

START_TEST(reader_forced_utf8_refuses_latin1)
{
	const char *in = "a\nTr\xF8ndelag\n";
	char *got = dump(in, strlen(in), 0, HV_ENC_UTF8, 0);

	ck_assert_str_eq(got, "H1:a\nE:x:2: invalid UTF-8 (use --encoding "
	    "latin1 for Latin-1 files)");
	free(got);
}
END_TEST

START_TEST(reader_forced_latin1_converts_utf8_bytes_too)
{
	const char *in = "a\n\xC3\xB8\n";
	char *got = dump(in, strlen(in), 0, HV_ENC_LATIN1, 0);

	/* as asked: the two bytes are read as two Windows-1252 letters */
	ck_assert_str_eq(got, "H1:a\n2:\xC3\x83\xC2\xB8\n");
	free(got);
}
END_TEST

START_TEST(reader_refuses_bytes_undefined_in_windows_1252)
{
	const char *in = "a\nx\x81y\n";
	char *got = dump(in, strlen(in), 0, HV_ENC_AUTO, 0);

	ck_assert_str_eq(got, "H1:a\nE:x:2: byte 0x81 is not text in "
	    "Windows-1252 (use --encoding)");
	free(got);
}
END_TEST

START_TEST(reader_holds_a_one_megabyte_field)
{
	size_t big = 1 << 20, len;
	char *in, *got, *want;

	in = malloc(big + 32);
	want = malloc(big + 32);
	ck_assert_ptr_nonnull(in);
	ck_assert_ptr_nonnull(want);
	memcpy(in, "a,b\n1,\"", 7);
	memset(in + 7, 'x', big);
	memcpy(in + 7 + big, "\"\n2,3\n", 7);
	len = strlen(in);
	memcpy(want, "H1:a|b\n2:1|", 11);
	memset(want + 11, 'x', big);
	memcpy(want + 11 + big, "\n3:2|3\n", 8);
	got = dump(in, len, 0, HV_ENC_AUTO, 0);
	ck_assert(strcmp(got, want) == 0);
	free(got);
	got = dump(in, len, 4093, HV_ENC_AUTO, 0);
	ck_assert(strcmp(got, want) == 0);
	free(got);
	free(in);
	free(want);
}
END_TEST

START_TEST(reader_latin1_found_late_converts_exactly)
{
	/* 100 000 ASCII rows before the first Latin-1 byte: past the first
	 * read, so the switch happens mid-stream. */
	size_t n = 100000, i, len;
	char *in, *p, *got, *want;

	in = malloc(n * 4 + 32);
	ck_assert_ptr_nonnull(in);
	p = in + sprintf(in, "a\n");
	for (i = 0; i < n; i++)
		p += sprintf(p, "ab\n");
	strcpy(p, "\xE6\n");
	len = strlen(in);
	got = dump(in, len, 0, HV_ENC_AUTO, 0);
	want = strstr(got, "\xC3\xA6\n");
	ck_assert_ptr_nonnull(want);
	ck_assert(strncmp(want - 7, "100002:", 7) == 0);
	free(got);
	free(in);
}
END_TEST

START_TEST(reader_opens_files_and_names_them_in_errors)
{
	struct hv_reader *r;
	struct hv_err e;

	r = hv_reader_open("/nonexistent/file.csv", NULL, &e);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(e.msg, "/nonexistent/file.csv: No such file or "
	    "directory");
}
END_TEST

START_TEST(reader_finds_columns_by_name)
{
	const char *in = "Region; Tid ;value\n1;2;3\n";
	struct hv_reader *r;
	struct hv_err e;
	FILE *fp = fmemopen((void *)in, strlen(in), "r");

	r = hv_reader_open_fp(fp, "x", NULL, &e);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(hv_reader_delim(r), ';');
	ck_assert_int_eq(hv_reader_col(r, "region"), 0);
	ck_assert_int_eq(hv_reader_col(r, "tid"), 1);	/* blanks trimmed */
	ck_assert_int_eq(hv_reader_col(r, "VALUE"), 2);
	ck_assert_int_eq(hv_reader_col(r, "år"), -1);
	hv_reader_close(r);
	fclose(fp);
}
END_TEST

/* The one rule of the reader and the block splitter: the first byte
 * above 0x7F decides. */
START_TEST(encoding_is_decided_at_the_first_high_byte)
{
	/* ø in UTF-8, in Windows-1252, cut, and a stray continuation */
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\xC3\xB8x",
	    3, 0), HV_ENC_UTF8);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\xF8x", 2,
	    0), HV_ENC_LATIN1);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\xC3", 1, 0),
	    HV_ENC_AUTO);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\xC3", 1, 1),
	    HV_ENC_LATIN1);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\xE2\x80",
	    2, 0), HV_ENC_AUTO);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)"\x80" "ab", 3,
	    0), HV_ENC_LATIN1);
	ck_assert_int_eq(hv_reader_decide((const unsigned char *)
	    "\xE2\x80\x99 and more", 13, 0), HV_ENC_UTF8);
}
END_TEST

START_TEST(encoding_names_parse)
{
	char list[64];
	int v;

	ck_assert_int_eq(hv_name_find(hv_encodings, "latin1", &v), 0);
	ck_assert_int_eq(v, HV_ENC_LATIN1);
	ck_assert_int_eq(hv_name_find(hv_encodings, "ISO-8859-1", &v), 0);
	ck_assert_int_eq(v, HV_ENC_LATIN1);
	ck_assert_int_eq(hv_name_find(hv_encodings, "UTF-8", &v), 0);
	ck_assert_int_eq(v, HV_ENC_UTF8);
	ck_assert_int_eq(hv_name_find(hv_encodings, "ebcdic", &v), -1);
	/* the names a message lists: aliases left out */
	ck_assert_str_eq(hv_name_list(hv_encodings, ", ", list, sizeof(list)),
	    "auto, utf-8, latin1");
	ck_assert_str_eq(hv_name_of(hv_encodings, HV_ENC_LATIN1), "latin1");
}
END_TEST

/* --- the reader's own parsing of plain rows against libcsv's --------- */

struct fields_dump {
	FILE	*fp;
	size_t	 in_row;	/* fields of the row being built */
	long	 row_start;	/* where it starts in fp */
	unsigned long line;	/* the line the row starts on */
};

static void
ref_field(void *s, size_t len, void *arg)
{
	struct fields_dump *d = arg;

	if (d->in_row == 0)
		fprintf(d->fp, "%lu:", d->line);
	fprintf(d->fp, "[%zu]", len);
	fwrite(s, 1, len, d->fp);
	d->in_row++;
}

static void
ref_row(int c, void *arg)
{
	struct fields_dump *d = arg;

	(void)c;
	if (d->in_row > 0)	/* a blank line is no row */
		fputc('\n', d->fp);
	d->in_row = 0;
	d->row_start = ftell(d->fp);
}

/* The rows libcsv alone makes of input, with the reader's options, as
 * "[len]field[len]field\n" lines; "E" after them on an error, "E" alone
 * when there is no row. */
static char *
libcsv_rows(const char *input, size_t len, char delim)
{
	struct csv_parser p;
	struct fields_dump d = { NULL, 0, 0, 1 };
	char *out, *rows;
	size_t outlen, i;
	unsigned long breaks = 0;
	int bad = 0, was;

	d.fp = open_memstream(&out, &outlen);
	ck_assert_ptr_nonnull(d.fp);
	ck_assert_int_eq(csv_init(&p, HV_CSV_OPTIONS), 0);
	csv_set_delim(&p, (unsigned char)delim);
	/* a byte at a time, to know where each row starts: its line is one
	 * more than the line breaks before (a CRLF is one break) */
	for (i = 0; i < len && !bad; i++) {
		was = p.pstate;
		if (was == 0)
			d.line = breaks + 1;
		bad = csv_parse(&p, input + i, 1, ref_field, ref_row, &d) != 1;
		if (input[i] == '\n' || (input[i] == '\r' &&
		    (i + 1 == len || input[i + 1] != '\n')))
			breaks++;
	}
	bad = bad || csv_fini(&p, ref_field, ref_row, &d) != 0;
	fclose(d.fp);
	csv_free(&p);
	if (!bad && d.row_start > 0)
		return out;
	/* the rows completed before the error, without the one cut */
	rows = malloc((size_t)d.row_start + 2);
	ck_assert_ptr_nonnull(rows);
	memcpy(rows, out, (size_t)d.row_start);
	memcpy(rows + d.row_start, "E", 2);
	free(out);
	return rows;
}

/* The same from the reader, read chunk bytes at a time. */
static char *
reader_rows(const char *input, size_t len, char delim, size_t chunk)
{
	struct hv_reader_opts o;
	struct hv_reader *r;
	struct hv_row row;
	struct hv_err e;
	char *out;
	size_t outlen;
	FILE *in = input_stream(input, len), *fp;
	int got = -1;

	fp = open_memstream(&out, &outlen);
	ck_assert_ptr_nonnull(fp);
	hv_reader_opts_init(&o);
	o.delim = delim;
	o.encoding = HV_ENC_UTF8;
	o.ragged = 1;
	o.title = 0;
	o.chunk = chunk;
	if ((r = hv_reader_open_fp(in, "x", &o, &e)) != NULL) {
		for (row = *hv_reader_header(r);; ) {
			fprintf(fp, "%lu:", row.line);
			put_fields(fp, &row, 1);
			if ((got = hv_reader_next(r, &row, &e)) != 1)
				break;
		}
		hv_reader_close(r);
	}
	if (got == -1)
		fputs("E", fp);
	fclose(fp);
	fclose(in);
	return out;
}

/*
 * The reader splits plain lines itself and leaves the rest to libcsv
 * (plain_rows() in reader.c): for any text, at any chunk size, the rows
 * must be exactly libcsv's.  Random lines from the bytes that make
 * libcsv's rules (delimiters, quotes, spaces and tabs it trims, both line
 * endings), each delimiter, every chunk size from 1 to 9 and 64 KiB.
 */
START_TEST(reader_plain_rows_are_libcsvs_rows)
{
	static const char *const bits[] = { "a", "bc", "1", ",", ";", "\t",
	    " ", "\"", "\"\"", "\n", "\r", "\r\n", "\xc3\xb8", ",,",
	    "\"x,y\"", "\" q \"" };
	static const char delims[] = { ',', ';', '\t' };
	char input[128], *want, *got;
	unsigned long seed = 20261202;
	size_t len, k, chunk;
	int n, m, d;

	for (n = 0; n < 6000; n++) {
		len = 0;
		for (m = (int)((seed >> 16) % 24); m-- > 0;) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			k = (seed >> 33) % (sizeof(bits) / sizeof(bits[0]));
			if (len + strlen(bits[k]) >= sizeof(input))
				break;
			memcpy(input + len, bits[k], strlen(bits[k]));
			len += strlen(bits[k]);
		}
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		input[len] = '\0';
		d = (int)((seed >> 40) % 3);
		want = libcsv_rows(input, len, delims[d]);
		for (chunk = 1; chunk <= 10; chunk++) {
			got = reader_rows(input, len, delims[d],
			    chunk == 10 ? 65536 : chunk);
			ck_assert_msg(strcmp(got, want) == 0, "input \"%s\" "
			    "(delimiter %d), chunk %zu:\n%s\nlibcsv:\n%s",
			    input, delims[d], chunk, got, want);
			free(got);
		}
		free(want);
	}
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("reader");
	TCase *tc = tcase_create("reader");

	tcase_set_timeout(tc, 300);	/* slow under the sanitizers */
	tcase_add_loop_test(tc, reader_reads_every_dialect_in_every_chunk_size,
	    0, N(cases));
	tcase_add_test(tc, reader_ragged_option_accepts_rows_of_any_width);
	tcase_add_test(tc, reader_forced_utf8_refuses_latin1);
	tcase_add_test(tc, reader_forced_latin1_converts_utf8_bytes_too);
	tcase_add_test(tc, reader_refuses_bytes_undefined_in_windows_1252);
	tcase_add_test(tc, reader_holds_a_one_megabyte_field);
	tcase_add_test(tc, reader_latin1_found_late_converts_exactly);
	tcase_add_test(tc, reader_opens_files_and_names_them_in_errors);
	tcase_add_test(tc, reader_finds_columns_by_name);
	tcase_add_test(tc, encoding_is_decided_at_the_first_high_byte);
	tcase_add_test(tc, encoding_names_parse);
	tcase_add_test(tc, reader_plain_rows_are_libcsvs_rows);
	suite_add_tcase(s, tc);
	return s;
}
