/*
 * reader.c: streaming CSV on libcsv.
 *
 * The pipeline per chunk: read bytes -> (first chunk) strip a BOM and find
 * the delimiter -> check UTF-8 or convert Windows-1252 -> parse(): plain
 * lines split here (plain_rows()), the others by csv_parse(), whose
 * callbacks append fields and rows to the same batch.  hv_reader_next()
 * hands out the batch's rows, then refills it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "input.h"
#include "list.h"
#include "mem.h"
#include "names.h"
#include "reader-int.h"
#include "utf8.h"
#include "px.h"
#include "xlsx.h"

#define SNIFF_SIZE	65536	/* bytes looked at to find the dialect */
#define MAX_XLSX	(256u << 20)	/* a larger workbook is no table of ours */
#define SNIFF_LINES	20

void
hv_reader_opts_init(struct hv_reader_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->encoding = HV_ENC_AUTO;
	o->title = 1;
}

const struct hv_name hv_encodings[] = {
	{ "auto",		HV_ENC_AUTO,	0 },
	{ "utf-8",		HV_ENC_UTF8,	0 },
	{ "utf8",		HV_ENC_UTF8,	1 },
	{ "latin1",		HV_ENC_LATIN1,	0 },
	{ "latin-1",		HV_ENC_LATIN1,	1 },
	{ "iso-8859-1",		HV_ENC_LATIN1,	1 },
	{ "windows-1252",	HV_ENC_LATIN1,	1 },
	{ "cp1252",		HV_ENC_LATIN1,	1 },
	{ NULL,			0,		0 },
};

/* libcsv field callback: append the field to the batch. */
static void
on_field(void *s, size_t len, void *arg)
{
	struct hv_reader *r = arg;
	const char *p = s, *end = p + len;

	if (r->oom)
		return;
	if (hv_grow(&r->data, &r->data_cap, r->data_len + len + 1, 1) == -1 ||
	    hv_grow(&r->fields, &r->fields_cap, r->nfields + 1,
	    sizeof(*r->fields)) == -1) {
		r->oom = 1;
		return;
	}
	if (len > 0)
		memcpy(r->data + r->data_len, s, len);
	r->data[r->data_len + len] = '\0';
	r->fields[r->nfields].off = r->data_len;
	r->fields[r->nfields].len = len;
	r->nfields++;
	r->data_len += len + 1;
	/* only a quoted field holds a line break (line numbers need it): a
	 * '\n', or a '\r' that does not start a CRLF, as between rows */
	for (; r->quoted && p < end; p++)
		if (*p == '\n' || (*p == '\r' && (p + 1 == end ||
		    p[1] != '\n')))
			r->nl_in_row++;
}

/* libcsv row callback: c is the terminator ('\r', '\n') or -1 at the end.
 * With CSV_REPALL_NL every line ending is reported, so blank lines and
 * the '\n' of a CRLF come as rows without fields; they only count lines.
 * The caller says whether the byte before c was a '\r' (libcsv skips
 * the spaces in "\r \n": no CRLF, two line breaks). */
static void
on_row(int c, void *arg)
{
	struct hv_reader *r = arg;
	size_t n = r->nfields - r->row_first;
	int crlf_tail = c == '\n' && n == 0 && r->term_after_cr;

	if (r->oom)
		return;
	if (n > 0) {
		if (hv_grow(&r->rows, &r->rows_cap, r->nrows + 1,
		    sizeof(*r->rows)) == -1) {
			r->oom = 1;
			return;
		}
		r->rows[r->nrows].first = r->row_first;
		r->rows[r->nrows].n = n;
		r->rows[r->nrows].line = r->line;
		r->nrows++;
	}
	r->row_first = r->nfields;
	r->csv_in_row = 0;
	r->line += r->nl_in_row;
	r->nl_in_row = 0;
	if (!crlf_tail && c != -1)
		r->line++;
}

/* Drop the rows handed out; keep the fields of the row being built. */
static void
compact(struct hv_reader *r)
{
	size_t keep = r->nfields - r->row_first, base, i;

	if (keep > 0) {
		base = r->fields[r->row_first].off;
		memmove(r->data, r->data + base, r->data_len - base);
		r->data_len -= base;
		memmove(r->fields, r->fields + r->row_first,
		    keep * sizeof(*r->fields));
		for (i = 0; i < keep; i++)
			r->fields[i].off -= base;
	} else {
		r->data_len = 0;
	}
	r->nfields = keep;
	r->row_first = 0;
	r->nrows = 0;
	r->next_row = 0;
}

/* Pick the delimiter from the first lines of buf: the candidate whose
 * count (outside quotes) is the same on most lines.  Ties go to ';', then
 * tab, then ',': in Norwegian files a comma is more often a decimal mark. */
static char
sniff_delim(const unsigned char *buf, size_t len)
{
	static const char cand[] = { ';', '\t', ',' };
	unsigned counts[3][SNIFF_LINES];
	size_t i, nlines = 0;
	unsigned cur[3] = { 0, 0, 0 };
	int inq = 0, k, best = -1;
	unsigned best_score = 0;

	for (i = 0; i < len && nlines < SNIFF_LINES; i++) {
		if (buf[i] == '"') {
			inq = !inq;
		} else if (!inq && (buf[i] == '\n' || i + 1 == len)) {
			if (cur[0] + cur[1] + cur[2] > 0) {
				for (k = 0; k < 3; k++)
					counts[k][nlines] = cur[k];
				nlines++;
			}
			cur[0] = cur[1] = cur[2] = 0;
		} else if (!inq) {
			for (k = 0; k < 3; k++)
				if (buf[i] == (unsigned char)cand[k])
					cur[k]++;
		}
	}
	for (k = 0; k < 3; k++) {
		size_t a, b;
		unsigned score = 0, same;

		/* the score of the most common nonzero count */
		for (a = 0; a < nlines; a++) {
			if (counts[k][a] == 0)
				continue;
			same = 0;
			for (b = 0; b < nlines; b++)
				same += counts[k][b] == counts[k][a];
			if (same > score)
				score = same;
		}
		if (score > best_score) {
			best_score = score;
			best = k;
		}
	}
	return best < 0 ? ',' : cand[best];
}

static int
read_more(struct hv_reader *r, size_t want, struct hv_err *e)
{
	size_t got;
	ssize_t n;

	if (r->in_pos == r->in_len)
		r->in_pos = r->in_len = 0;
	if (r->end >= 0 && (long long)want > r->end - r->off)
		want = (size_t)(r->end - r->off);
	if (hv_grow(&r->in, &r->in_cap, r->in_len + want + 1, 1) == -1)
		return hv_err_nomem(e);
	if (r->fd >= 0) {
		for (got = 0; got < want; got += (size_t)n) {
			n = pread(r->fd, r->in + r->in_len + got, want - got,
			    (off_t)(r->off + (long long)got));
			if (n == -1 && errno == EINTR)
				n = 0;
			else if (n == -1)
				return hv_err_io(e, r->name, "read error: %s",
				    strerror(errno));
			else if (n == 0)
				break;
		}
	} else {
		got = fread(r->in + r->in_len, 1, want, r->fp);
		if (got < want && ferror(r->fp))
			return hv_err_io(e, r->name, "read error: %s",
			    strerror(errno));
	}
	r->in_len += got;
	r->off += (long long)got;
	if (got < want || r->off == r->end)
		r->eof_in = 1;
	return 0;
}

/* A byte libcsv trims from either end of a field (unless it is the
 * delimiter, which never ends a field in plain_rows()). */
static int
trimmed(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* What plain_rows() stops at in a line. */
enum { BYTE_TEXT, BYTE_DELIM, BYTE_END, BYTE_QUOTE };

void
hv_reader_set_delim(struct hv_reader *r, char delim)
{
	r->delim = delim;
	csv_set_delim(&r->csv, (unsigned char)delim);
	memset(r->byte_class, BYTE_TEXT, sizeof(r->byte_class));
	r->byte_class['\n'] = r->byte_class['\r'] = BYTE_END;
	r->byte_class['"'] = BYTE_QUOTE;
	r->byte_class[(unsigned char)delim] = BYTE_DELIM;
}

/* The bytes of a field that ends at t: a quoted field whose content
 * holds no quote or line break ends at the byte after its closing quote
 * (*f moved past the opening one, *len its content's length); NULL when
 * libcsv must read it (an escaped quote, a line break, text after the
 * closing quote, or the end of the bytes cutting it). */
static const unsigned char *
quoted_field(const struct hv_reader *r, const unsigned char **f,
    const unsigned char *end, size_t *len)
{
	const unsigned char *open = *f, *close;

	if ((close = memchr(open + 1, '"', (size_t)(end - open - 1))) ==
	    NULL || close + 1 == end ||
	    (r->byte_class[close[1]] != BYTE_DELIM &&
	    r->byte_class[close[1]] != BYTE_END) ||
	    memchr(open + 1, '\n', (size_t)(close - open - 1)) != NULL ||
	    memchr(open + 1, '\r', (size_t)(close - open - 1)) != NULL)
		return NULL;
	*f = open + 1;
	*len = (size_t)(close - open - 1);
	return close + 1;
}

/*
 * The rows at the start of the n bytes at s (at the start of a row) that
 * need none of libcsv's rules but splitting at the delimiter and taking
 * the quotes off a quoted field: no field with a space or tab at either
 * end (libcsv trims them), none quoted with a quote or a line break
 * inside.  They go into the batch as on_field() and on_row() would put
 * them, without libcsv's byte-by-byte state machine, which costs as much
 * as all the rest of reading a plain file.  Returns the bytes taken: it
 * stops before the first line it cannot take and before a line the end
 * of s cuts.
 */
static size_t
plain_rows(struct hv_reader *r, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n, *t,
	    *f;
	const unsigned char *cls = r->byte_class;
	struct field *fd;
	size_t nf, i, len;
	char *line;

	/* the lines' data takes at most the bytes they are read from */
	if (hv_grow(&r->data, &r->data_cap, r->data_len + n + 1, 1) == -1) {
		r->oom = 1;
		return 0;
	}
	while (p < end) {
		if (cls[*p] == BYTE_END) {	/* a blank line */
			r->term_after_cr = p > (const unsigned char *)s ?
			    p[-1] == '\r' : r->ends_in_cr;
			on_row(*p++, r);
			continue;
		}
		/* the fields, as offsets into the copy of the line */
		for (f = t = p, nf = 0;; f = ++t) {
			if (r->nfields + nf == r->fields_cap &&
			    hv_grow(&r->fields, &r->fields_cap, r->nfields +
			    nf + 1, sizeof(*r->fields)) == -1) {
				r->oom = 1;
				goto stop;
			}
			fd = &r->fields[r->nfields + nf];
			if (t < end && *t == '"') {
				if ((t = quoted_field(r, &f, end, &len)) ==
				    NULL)
					goto stop;
			} else {
				while (t < end && cls[*t] == BYTE_TEXT)
					t++;
				if (t == end || cls[*t] == BYTE_QUOTE ||
				    (t > f && (trimmed(*f) || trimmed(t[-1]))))
					goto stop;
				len = (size_t)(t - f);
			}
			fd->off = r->data_len + (size_t)(f - p);
			fd->len = len;
			nf++;
			if (cls[*t] == BYTE_END)
				break;
		}
		/* the line's copy, a NUL after each field, is the batch's
		 * data as on_field() would have laid it out, but for the
		 * delimiters and quotes left between the fields */
		line = r->data + r->data_len;
		memcpy(line, p, (size_t)(t - p));
		for (i = 0; i < nf; i++) {
			fd = &r->fields[r->nfields + i];
			r->data[fd->off + fd->len] = '\0';
		}
		r->nfields += nf;
		r->data_len += (size_t)(t - p) + 1;
		on_row(*t, r);
		p = t + 1;
	}
stop:
	return (size_t)(p - (const unsigned char *)s);
}

/* The n bytes at s through libcsv: a line, up to and with its end, or
 * the last bytes of a chunk, so that only the last can end a row. */
static int
parse_csv(struct hv_reader *r, const char *s, size_t n, struct hv_err *e)
{
	r->term_after_cr = n >= 2 ? s[n - 2] == '\r' : r->ends_in_cr;
	r->csv_in_row = 1;	/* until on_row() says it ended one */
	if (csv_parse(&r->csv, s, n, on_field, on_row, r) != n) {
		if (csv_error(&r->csv) == CSV_EPARSE)
			return hv_err_at(e, r->name, r->line + r->nl_in_row,
			    "malformed quoting (a quote inside an unquoted "
			    "field, or text after a closing quote)");
		return hv_err_at(e, r->name, r->line, "%s",
		    csv_strerror(csv_error(&r->csv)));
	}
	return 0;
}

/* Parse the n decoded bytes at s: plain rows by plain_rows(), the rest by
 * libcsv a line at a time, so that after a quoted row the plain ones are
 * read fast again. */
static int
parse(struct hv_reader *r, const void *s, size_t n, struct hv_err *e)
{
	const char *p = s, *t;
	size_t k;

	if (!r->quoted && memchr(s, '"', n) != NULL)
		r->quoted = 1;
	while (n > 0 && !r->oom) {
		if (!r->csv_in_row) {
			k = plain_rows(r, p, n);
			if (k > 0)
				r->ends_in_cr = p[k - 1] == '\r';
			p += k;
			n -= k;
			if (n == 0 || r->oom)
				break;
		}
		/* libcsv, through the end of this line */
		for (t = p; t < p + n && *t != '\n' && *t != '\r'; t++)
			;
		k = t < p + n ? (size_t)(t - p) + 1 : n;
		if (parse_csv(r, p, k, e) == -1)
			return -1;
		r->ends_in_cr = p[k - 1] == '\r';
		p += k;
		n -= k;
	}
	if (r->oom)
		return hv_err_nomem(e);
	return 0;
}

/* Convert n Windows-1252 bytes to UTF-8 in r->conv; returns the length
 * or -1 for a byte that Windows-1252 leaves undefined. */
static int
from_latin1(struct hv_reader *r, const unsigned char *s, size_t n,
    size_t *outlen, struct hv_err *e)
{
	char *inp = (char *)s, *outp;
	size_t inleft = n, outleft;

	if (r->cd == (iconv_t)-1) {
		r->cd = iconv_open("UTF-8", "WINDOWS-1252");
		if (r->cd == (iconv_t)-1)
			return hv_err_at(e, r->name, 0, "cannot convert from "
			    "Windows-1252: %s", strerror(errno));
	}
	if (hv_grow(&r->conv, &r->conv_cap, n * 3 + 1, 1) == -1)
		return hv_err_nomem(e);
	outp = r->conv;
	outleft = r->conv_cap;
	if (iconv(r->cd, &inp, &inleft, &outp, &outleft) == (size_t)-1) {
		/* parse what came before, so the line number is exact */
		if (parse(r, r->conv, (size_t)(outp - r->conv), e) == -1)
			return -1;
		return hv_err_at(e, r->name, r->line + r->nl_in_row,
		    "byte 0x%02X is not text in Windows-1252 (use --encoding)",
		    (unsigned char)*inp);
	}
	*outlen = (size_t)(outp - r->conv);
	return 0;
}

enum hv_encoding
hv_reader_decide(const unsigned char *s, size_t n, int at_end)
{
	size_t tail;

	if (n > 4)
		n = 4;
	if (hv_utf8_check(s, n, &tail) > 0)
		return HV_ENC_UTF8;
	if (tail > 0 && tail == n && !at_end)
		return HV_ENC_AUTO;
	return HV_ENC_LATIN1;
}

/* The offset of the first UTF-8 sequence of two bytes or more in the n
 * bytes at s (n when there is none).  In Latin-1 text such a pair ("Ã¸")
 * does not occur in Norwegian. */
static size_t
utf8_sequence(const unsigned char *s, size_t n)
{
	size_t i = 0, len, tail;

	while ((i += hv_utf8_ascii(s + i, n - i)) < n) {
		len = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
		if (s[i] >= 0xC2 && s[i] <= 0xF4 && i + len <= n &&
		    hv_utf8_check(s + i, len, &tail) == len)
			return i;
		i++;
	}
	return n;
}

/* How many of the last bytes of the n at s begin a UTF-8 sequence that
 * the end cuts (0 to 3): in a file found to be Latin-1 they wait for the
 * next chunk, so that a sequence across two chunks is seen as one. */
static size_t
utf8_cut(const unsigned char *s, size_t n)
{
	size_t k, tail;

	for (k = 1; k <= 3 && k <= n; k++) {
		if (s[n - k] >= 0x80 && s[n - k] < 0xC0)
			continue;	/* a continuation byte: look before */
		/* from the first byte that is none, a sequence the end cuts */
		return hv_utf8_check(s + n - k, k, &tail) == 0 && tail == k ?
		    k : 0;
	}
	return 0;
}

/* Decode and parse the n bytes at s, after any sequence the previous
 * chunk cut; unless last (the end of the input), keep a sequence cut at
 * the end for the next call. */
static int
decode(struct hv_reader *r, const unsigned char *s, size_t n, int last,
    struct hv_err *e)
{
	const unsigned char *nul;
	size_t ok, tail, outlen = 0, high;

	if (r->ncarry > 0) {
		if (hv_grow(&r->scratch, &r->scratch_cap, r->ncarry + n, 1) ==
		    -1)
			return hv_err_nomem(e);
		memcpy(r->scratch, r->carry, r->ncarry);
		memcpy(r->scratch + r->ncarry, s, n);
		s = r->scratch;
		n += r->ncarry;
		r->ncarry = 0;
	}
	/* text has no NUL: it would cut a field short in every string
	 * function after (a\0b and a\0c one series); UTF-16 and binary
	 * files have them */
	if ((nul = memchr(s, '\0', n)) != NULL) {
		if (decode(r, s, (size_t)(nul - s), 1, e) == -1)
			return -1;
		return hv_err_at(e, r->name, r->line + r->nl_in_row, "a NUL "
		    "byte: not text (a UTF-16 or binary file?)");
	}
	/* all before the first byte above 0x7F is ASCII, so deciding there
	 * decodes every byte alike */
	if (r->enc == HV_ENC_AUTO && (high = hv_utf8_ascii(s, n)) < n)
		r->enc = hv_reader_decide(s + high, n - high, 0);
	if (r->enc == HV_ENC_LATIN1) {
		/* found, not given: a UTF-8 sequence later says the file is
		 * of two encodings, and converting it would garble it */
		size_t cut = r->enc_forced || last ? 0 : utf8_cut(s, n);
		size_t utf8 = r->enc_forced ? n : utf8_sequence(s, n - cut);

		if (from_latin1(r, s, utf8, &outlen, e) == -1 ||
		    parse(r, r->conv, outlen, e) == -1)
			return -1;
		if (utf8 < n - cut)
			return hv_err_at(e, r->name, r->line + r->nl_in_row,
			    "UTF-8 in a file that began as Latin-1 (Windows-"
			    "1252): two encodings in one file; save it in one");
		memcpy(r->carry, s + n - cut, cut);
		r->ncarry = cut;
		return 0;
	}
	ok = hv_utf8_check(s, n, &tail);
	if (ok + tail < n) {
		/* a byte that is not UTF-8, in a UTF-8 file */
		if (parse(r, s, ok, e) == -1)
			return -1;
		return hv_err_at(e, r->name, r->line + r->nl_in_row,
		    "invalid UTF-8 (use --encoding latin1 for Latin-1 files)");
	}
	if (parse(r, s, ok, e) == -1)
		return -1;
	memcpy(r->carry, s + ok, tail);
	r->ncarry = tail;
	return 0;
}

/* Feed the parser until at least one more row is complete or the input
 * ends.  Returns 0 or -1. */
static int
feed(struct hv_reader *r, struct hv_err *e)
{
	size_t chunk = r->opts.chunk > 0 ? r->opts.chunk : HV_READER_CHUNK;
	size_t n;

	while (r->next_row == r->nrows && !r->done) {
		if (r->in_pos == r->in_len && !r->eof_in &&
		    read_more(r, chunk, e) == -1)
			return -1;
		n = r->in_len - r->in_pos;
		if (n > chunk)
			n = chunk;
		if (n > 0) {
			if (decode(r, r->in + r->in_pos, n, 0, e) == -1)
				return -1;
			r->in_pos += n;
			continue;
		}
		if (r->ncarry > 0) {
			/* a sequence cut by the end of the file */
			if (r->enc == HV_ENC_AUTO)
				r->enc = hv_reader_decide(r->carry, r->ncarry,
				    1);
			if (r->enc != HV_ENC_LATIN1)
				return hv_err_at(e, r->name, r->line,
				    "invalid UTF-8 at the end of the file");
			n = r->ncarry;
			r->ncarry = 0;
			if (decode(r, r->carry, n, 1, e) == -1)
				return -1;
		}
		if (csv_fini(&r->csv, on_field, on_row, r) != 0)
			return hv_err_at(e, r->name, r->line,
			    "unterminated quoted field at the end of the file");
		if (r->oom)
			return hv_err_nomem(e);
		r->done = 1;
	}
	return 0;
}

/* As feed(), but an error waits until the rows completed before it have
 * been handed out, so that every chunk size gives the same rows. */
static int
fill(struct hv_reader *r)
{
	if (!r->failed && feed(r, &r->failure) == -1) {
		r->failed = 1;
		r->done = 1;
	}
	return 0;
}

/* Make sure a parsed row waits: 1 when one does, 0 at the end, -1 with
 * the error that came after the rows handed out. */
static int
refill(struct hv_reader *r, struct hv_err *e)
{
	if (r->next_row < r->nrows)
		return 1;
	compact(r);
	fill(r);
	if (r->next_row < r->nrows)
		return 1;
	if (r->failed) {
		*e = r->failure;
		return -1;
	}
	return 0;
}

static int
width_error(const struct hv_reader *r, size_t n, unsigned long line,
    struct hv_err *e)
{
	return hv_err_at(e, r->name, line, "%zu field%s, but the header has "
	    "%zu", n, n == 1 ? "" : "s", r->header.n);
}

long
hv_reader_batch(struct hv_reader *r, struct hv_row *rows, size_t max,
    struct hv_err *e)
{
	size_t n = 0, nf = 0, i, k, f;
	struct rowrec *rec;
	int got;

	if ((got = refill(r, e)) != 1)
		return got;
	/* only rows already parsed: handing them out moves nothing */
	for (i = r->next_row; i < r->nrows && n < max; i++, n++)
		nf += r->rows[i].n;
	if (hv_grow(&r->batch_field, &r->batch_cap, nf, sizeof(char *)) == -1 ||
	    hv_grow(&r->batch_len, &r->batch_len_cap, nf, sizeof(size_t)) == -1)
		return hv_err_nomem(e);
	for (k = 0, f = 0; k < n; k++) {
		rec = &r->rows[r->next_row];
		/* (no header yet while the header itself is read) */
		if (!r->opts.ragged && r->header.n > 0 &&
		    rec->n != r->header.n) {
			if (k > 0)
				break;	/* the error comes with the next call */
			r->next_row++;
			return width_error(r, rec->n, rec->line, e);
		}
		r->next_row++;
		rows[k].n = rec->n;
		rows[k].field = r->batch_field + f;
		rows[k].len = r->batch_len + f;
		rows[k].line = rec->line;
		for (i = 0; i < rec->n; i++, f++) {
			r->batch_field[f] = r->data +
			    r->fields[rec->first + i].off;
			r->batch_len[f] = r->fields[rec->first + i].len;
		}
	}
	return (long)k;
}

/* A batch of one. */
int
hv_reader_next(struct hv_reader *r, struct hv_row *row, struct hv_err *e)
{
	return (int)hv_reader_batch(r, row, 1, e);
}

/* Keep a copy of row as the header. */
static int
keep_header(struct hv_reader *r, const struct hv_row *row, struct hv_err *e)
{
	size_t i, total = 0, off = 0;
	const char **f;
	size_t *l;

	for (i = 0; i < row->n; i++)
		total += row->len[i] + 1;
	r->header_data = malloc(total + 1);
	f = calloc(row->n, sizeof(*f));
	l = calloc(row->n, sizeof(*l));
	if (r->header_data == NULL || f == NULL || l == NULL) {
		free(f);
		free(l);
		return hv_err_nomem(e);
	}
	for (i = 0; i < row->n; i++) {
		memcpy(r->header_data + off, row->field[i], row->len[i] + 1);
		f[i] = r->header_data + off;
		l[i] = row->len[i];
		off += row->len[i] + 1;
	}
	r->header.n = row->n;
	r->header.field = f;
	r->header.len = r->header_len = l;
	r->header.line = row->line;
	return 0;
}

/* A reader on fp whose first head_len bytes, read already, are head (the
 * reader takes the buffer); on failure the caller keeps fp and head. */
static struct hv_reader *
open_stream(FILE *fp, const char *name, unsigned char **head,
    size_t head_len, const struct hv_reader_opts *o, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_row row;
	const char *what;
	int got;

	r = calloc(1, sizeof(*r));
	if (r == NULL || (r->name = strdup(name)) == NULL) {
		free(r);
		hv_err_nomem(e);
		return NULL;
	}
	/* csv_free() on a parser that csv_init() never saw is safe: its
	 * buffer pointer is NULL. */
	r->fp = fp;
	if (head != NULL && *head != NULL) {
		r->in = *head;
		r->in_len = r->in_cap = head_len;
		r->off = (long long)head_len;
		*head = NULL;
	}
	r->fd = -1;
	r->end = -1;
	r->cd = (iconv_t)-1;
	r->line = 1;
	if (o != NULL)
		r->opts = *o;
	else
		hv_reader_opts_init(&r->opts);
	r->enc = r->opts.encoding;
	r->enc_forced = r->opts.encoding != HV_ENC_AUTO;

	if (csv_init(&r->csv, HV_CSV_OPTIONS) !=
	    0) {
		hv_err_nomem(e);
		goto fail;
	}
	/* Look at the start to strip a BOM and find the delimiter. */
	if (read_more(r, SNIFF_SIZE, e) == -1)
		goto fail;
	if ((what = hv_input_not_table(r->in, r->in_len, 1)) != NULL) {
		/* not a CSV quoting or encoding error: what it is */
		hv_err_at(e, name, 0, "%s", what);
		goto fail;
	}
	if (r->in_len >= 3 && memcmp(r->in, "\xEF\xBB\xBF", 3) == 0) {
		r->in_pos = 3;
		if (!r->enc_forced)
			r->enc = HV_ENC_UTF8;
	}
	hv_reader_set_delim(r, r->opts.delim != 0 ? r->opts.delim :
	    sniff_delim(r->in + r->in_pos, r->in_len - r->in_pos));

	if ((got = hv_reader_next(r, &row, e)) == -1)
		goto fail;
	if (got == 0) {
		hv_err_at(e, name, 0, "empty file (no header row)");
		goto fail;
	}
	if (keep_header(r, &row, e) == -1)
		goto fail;
	/* A lone cell above a wider row is a title, not the header. */
	if (r->opts.title && row.n == 1 && r->next_row == r->nrows)
		fill(r);
	if (r->opts.title && row.n == 1 && r->next_row < r->nrows &&
	    r->rows[r->next_row].n > 1) {
		r->title = r->header_data;
		r->header_data = NULL;
		free(r->header.field);
		free(r->header_len);
		memset(&r->header, 0, sizeof(r->header));
		r->header_len = NULL;
		if (hv_reader_next(r, &row, e) == -1 ||
		    keep_header(r, &row, e) == -1)
			goto fail;
	}
	return r;

fail:
	r->own_fp = 0;	/* the caller still owns fp */
	hv_reader_close(r);
	return NULL;
}

struct hv_reader *
hv_reader_open_fp(FILE *fp, const char *name, const struct hv_reader_opts *o,
    struct hv_err *e)
{
	return open_stream(fp, name, NULL, 0, o, e);
}

/* A reader on csv (csv_len bytes of CSV text made from in, which the
 * reader takes), read through a memory stream; in is done with. */
static struct hv_reader *
open_text(struct hv_input *in, char *csv, size_t csv_len, const char *note,
    const struct hv_reader_opts *o, struct hv_err *e)
{
	struct hv_reader_opts xo;
	struct hv_reader *r;
	FILE *fp;

	if (csv_len == 0) {
		free(csv);
		hv_err_at(e, in->name, 0, "an empty sheet (no header row)");
		return NULL;
	}
	if ((fp = fmemopen(csv, csv_len, "r")) == NULL) {
		free(csv);
		hv_err_nomem(e);
		return NULL;
	}
	if (o != NULL)
		xo = *o;
	else
		hv_reader_opts_init(&xo);
	xo.delim = ',';
	xo.encoding = HV_ENC_UTF8;
	if ((r = open_stream(fp, in->name, NULL, 0, &xo, e)) == NULL) {
		fclose(fp);
		free(csv);
		return NULL;
	}
	r->own_fp = 1;
	r->by_path = 0;		/* never cut into blocks */
	r->sheet_csv = csv;
	snprintf(r->note, sizeof(r->note), "%s", note);
	/* the input is read: its stream is done with */
	if (in->own_fp)
		fclose(in->fp);
	in->fp = NULL;
	in->own_fp = 0;
	in->head_len = 0;
	return r;
}

/* An xlsx workbook: its sheet as CSV text (the whole workbook is in
 * memory: a zip is read from its end). */
static struct hv_reader *
open_xlsx(struct hv_input *in, const struct hv_reader_opts *o,
    struct hv_err *e)
{
	char *zip, *csv, note[HV_READER_NOTE];
	size_t len, csv_len;

	if ((zip = hv_input_slurp(in, MAX_XLSX, &len, e)) == NULL)
		return NULL;
	csv = hv_xlsx_csv(zip, len, o != NULL ? o->sheet : NULL, in->name,
	    &csv_len, note, sizeof(note), e);
	free(zip);
	if (csv == NULL)
		return NULL;
	return open_text(in, csv, csv_len, note, o, e);
}

/* A PX file: its cells as the toolkit's tidy CSV. */
static struct hv_reader *
open_px(struct hv_input *in, const struct hv_reader_opts *o,
    struct hv_err *e)
{
	struct hv_jsonstat *js;
	size_t csv_len;
	char *csv;

	if ((js = hv_px_read(in, e)) == NULL)
		return NULL;
	csv = hv_px_csv(js, in->name, &csv_len, e);
	hv_jsonstat_free(js);
	if (csv == NULL)
		return NULL;
	return open_text(in, csv, csv_len, "", o, e);
}

struct hv_reader *
hv_reader_open_input(struct hv_input *in, const struct hv_reader_opts *o,
    struct hv_err *e)
{
	struct hv_reader *r;

	if (hv_xlsx_is_zip(in->head, in->head_len))
		return open_xlsx(in, o, e);
	if (hv_px_is(in->head, in->head_len))
		return open_px(in, o, e);
	r = open_stream(in->fp, in->name, &in->head, in->head_len, o, e);
	if (r == NULL)
		return NULL;
	r->own_fp = in->own_fp;
	r->by_path = in->own_fp;
	in->fp = NULL;
	in->own_fp = 0;
	in->head_len = 0;
	return r;
}

struct hv_reader *
hv_reader_open(const char *path, const struct hv_reader_opts *o,
    struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_input in;

	/* through an input, so that an xlsx workbook is told by its bytes */
	if (hv_input_open(&in, path, e) == -1)
		return NULL;
	r = hv_reader_open_input(&in, o, e);
	hv_input_close(&in);
	return r;
}

const struct hv_row *
hv_reader_header(const struct hv_reader *r)
{
	return &r->header;
}

const char *
hv_reader_title(const struct hv_reader *r)
{
	return r->title;
}

const char *
hv_reader_name(const struct hv_reader *r)
{
	return r->name;
}

char
hv_reader_delim(const struct hv_reader *r)
{
	return r->delim;
}

int
hv_reader_col(const struct hv_reader *r, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < r->header.n; i++)
		if (r->header.len[i] == n &&
		    strncasecmp(r->header.field[i], name, n) == 0)
			return (int)i;
	return -1;
}

int
hv_reader_first_col(const struct hv_reader *r, const char *const *names)
{
	int i, c;

	for (i = 0; names[i] != NULL; i++)
		if ((c = hv_reader_col(r, names[i])) >= 0)
			return c;
	return -1;
}

int
hv_reader_period_col(const struct hv_reader *r)
{
	static const char *const names[] = { "period", "\xC3\xA5r", "year",
	    "date", "dato", "tid", "periode", NULL };

	return hv_reader_first_col(r, names);
}

int
hv_reader_value_col(const struct hv_reader *r)
{
	static const char *const names[] = { "value", "verdi", NULL };

	return hv_reader_first_col(r, names);
}

const char *
hv_reader_note(const struct hv_reader *r)
{
	return r->note[0] != '\0' ? r->note : NULL;
}

unsigned long
hv_reader_line(const struct hv_reader *r)
{
	return r->line;
}

void
hv_reader_close(struct hv_reader *r)
{
	if (r == NULL)
		return;
	csv_free(&r->csv);
	if (r->own_fp)
		fclose(r->fp);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	free(r->title);
	free(r->header_data);
	free(r->header.field);
	free(r->header_len);
	free(r->in);
	free(r->data);
	free(r->fields);
	free(r->rows);
	free(r->batch_field);
	free(r->batch_len);
	free(r->conv);
	free(r->scratch);
	free(r->sheet_csv);
	free(r->name);
	free(r);
}

long
hv_reader_keys(const struct hv_reader *r, const char *given, int pcol,
    int vcol, int scol, size_t *cols, size_t max, struct hv_err *e)
{
	const char *p;
	char name[256];
	size_t i, n = 0;
	int c;

	if (given != NULL) {
		for (p = given; n < max &&
		    (p = hv_list_next(p, name, sizeof(name))) != NULL;) {
			if ((c = hv_reader_col(r, name)) < 0)
				return hv_err_at(e, r->name, r->header.line,
				    "no column '%s' (given with --keys)", name);
			cols[n++] = (size_t)c;
		}
		return (long)n;
	}
	for (i = 0; i < r->header.n && (int)i < pcol && n < max; i++)
		if ((int)i != vcol && (int)i != scol)
			cols[n++] = i;
	for (i = 0; n == 0 && i < r->header.n && (int)i < vcol && n < max; i++)
		if ((int)i != pcol && (int)i != scol)
			cols[n++] = i;
	return (long)n;
}
