/*
 * fuzz-reader: the CSV reader in every dialect and encoding, at every
 * chunk size, and the block splitter against it.  A file read whole and
 * the same file cut into blocks (as iplos-sum's threads read it) give the
 * same rows with the same line numbers, or both fail; a tiny chunk gives
 * what a large one gives.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "reader.h"

/* Rows as text: line, number of fields, each field with its length. */
struct rows {
	char	*text;
	size_t	 len;
	FILE	*fp;
	int	 failed;
};

static void
rows_open(struct rows *s)
{
	memset(s, 0, sizeof(*s));
	if ((s->fp = open_memstream(&s->text, &s->len)) == NULL)
		abort();
}

static void
rows_add(struct rows *s, const struct hv_row *row)
{
	size_t i;

	fprintf(s->fp, "%lu:%zu", row->line, row->n);
	for (i = 0; i < row->n; i++) {
		FZ_CHECK(strlen(row->field[i]) <= row->len[i],
		    "field longer than its length");
		fprintf(s->fp, "|%zu:", row->len[i]);
		fwrite(row->field[i], 1, row->len[i], s->fp);
	}
	fputc('\n', s->fp);
}

/* Every row left in r into s: 0 at the end, -1 on an error. */
static int
rows_read(struct rows *s, struct hv_reader *r)
{
	struct hv_row row;
	struct hv_err e;
	int got;

	while ((got = hv_reader_next(r, &row, &e)) == 1)
		rows_add(s, &row);
	if (got == -1)
		s->failed = 1;
	return got;
}

static void
rows_close(struct rows *s)
{
	fclose(s->fp);
}

/* The file read whole with o into s. */
static void
read_whole(const char *path, const struct hv_reader_opts *o, struct rows *s)
{
	struct hv_reader *r;
	struct hv_err e;

	rows_open(s);
	if ((r = hv_reader_open(path, o, &e)) == NULL) {
		s->failed = 2;	/* no header */
	} else {
		rows_add(s, hv_reader_header(r));
		rows_read(s, r);
		hv_reader_close(r);
	}
	rows_close(s);
}

/* The file cut into blocks of block bytes into s; 0 when it cannot be
 * cut (too small), 1 when it was. */
static int
read_blocks(const char *path, const struct hv_reader_opts *o, size_t block,
    struct rows *s)
{
	struct hv_reader *r, *b;
	struct hv_err e;
	long long *starts = NULL;
	long n, i;
	unsigned long line;

	rows_open(s);
	if ((r = hv_reader_open(path, o, &e)) == NULL) {
		s->failed = 2;
		rows_close(s);
		return 1;
	}
	rows_add(s, hv_reader_header(r));
	n = hv_reader_blocks(r, block, &starts, &e);
	if (n <= 1) {
		hv_reader_close(r);
		rows_close(s);
		free(starts);
		return n == 1 ? 0 : 1;
	}
	if (rows_read(s, r) == 0) {
		line = hv_reader_line(r);
		for (i = 1; i < n; i++) {
			b = hv_reader_open_block(r, starts[i], starts[i + 1],
			    line, &e);
			if (b == NULL) {
				s->failed = 1;
				break;
			}
			if (rows_read(s, b) == -1) {
				hv_reader_close(b);
				break;
			}
			line = hv_reader_line(b);
			hv_reader_close(b);
		}
	}
	free(starts);
	hv_reader_close(r);
	rows_close(s);
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char delims[] = { 0, ',', ';', '\t' };
	static const enum hv_encoding encs[] = { HV_ENC_AUTO, HV_ENC_UTF8,
	    HV_ENC_LATIN1, HV_ENC_AUTO };
	static const size_t blocks[] = { 64, 100, 256, 1024 };
	struct hv_reader_opts o, tiny;
	struct rows whole, small, cut;
	unsigned opt = fz_options(data, &size);
	const char *path = fz_file(data, size);

	hv_reader_opts_init(&o);
	o.delim = delims[opt & 3];
	o.encoding = encs[(opt >> 2) & 3];
	o.ragged = (opt >> 4) & 1;
	o.title = (opt >> 5) & 1;
	read_whole(path, &o, &whole);

	tiny = o;
	tiny.chunk = 1 + (opt >> 6);
	read_whole(path, &tiny, &small);
	FZ_CHECK(whole.failed == small.failed, "chunk %zu %s what 64 KiB %s",
	    tiny.chunk, small.failed ? "refuses" : "takes",
	    whole.failed ? "refuses" : "takes");
	if (!whole.failed)
		FZ_CHECK(whole.len == small.len &&
		    memcmp(whole.text, small.text, whole.len) == 0,
		    "chunk %zu gives other rows than 64 KiB", tiny.chunk);

	/* as iplos-sum opens a file it cuts: a read no larger than a block */
	tiny.chunk = blocks[opt >> 6];
	if (read_blocks(path, &tiny, blocks[opt >> 6], &cut)) {
		FZ_CHECK(whole.failed == cut.failed, "blocks of %zu %s what "
		    "the whole file %s", blocks[opt >> 6],
		    cut.failed ? "refuses" : "takes",
		    whole.failed ? "refuses" : "takes");
		if (!whole.failed)
			FZ_CHECK(whole.len == cut.len &&
			    memcmp(whole.text, cut.text, whole.len) == 0,
			    "blocks of %zu give other rows than the whole "
			    "file", blocks[opt >> 6]);
	}
	free(cut.text);
	free(whole.text);
	free(small.text);
	return 0;
}
