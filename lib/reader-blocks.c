/*
 * reader-blocks.c: one file read by several threads.  The part of the
 * file a reader has not read yet is cut into blocks that each start a
 * line outside quotes, and each block is read by a reader of its own in
 * the first reader's dialect.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mem.h"
#include "reader-int.h"
#include "utf8.h"

#define SCAN_SIZE	(1u << 20)

/* Quote characters in the n bytes at p (memchr: quotes are rare). */
static size_t
count_quotes(const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n;
	size_t k = 0;

	while ((p = memchr(p, '"', (size_t)(end - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

/* The encoding of what follows the ASCII read so far, as a reader would
 * decide it at the first byte above 0x7F, at offset at (-1: there is
 * none, and every later block is ASCII, UTF-8 as much as anything). */
static enum hv_encoding
encoding_at(const struct hv_reader *r, long long at)
{
	unsigned char seq[4];
	ssize_t n;

	if (at < 0)
		return HV_ENC_UTF8;
	n = pread(fileno(r->fp), seq, sizeof(seq), (off_t)at);
	return n > 0 ? hv_reader_decide(seq, (size_t)n, (size_t)n <
	    sizeof(seq)) : HV_ENC_LATIN1;
}

long
hv_reader_blocks(struct hv_reader *r, size_t block_size, long long **starts,
    struct hv_err *e)
{
	unsigned char *buf = NULL;
	long long *s = NULL, size, pos, done, target, high = -1;
	size_t nblocks = 1, cap = 0, n, i, q;
	unsigned long long quotes = 0;
	struct stat st;
	ssize_t got;

	*starts = NULL;
	done = r->off - (long long)(r->in_len - r->in_pos) -
	    (long long)r->ncarry;	/* bytes given to the parser */
	if (!r->by_path || r->done || r->failed || block_size == 0 ||
	    fstat(fileno(r->fp), &st) == -1 || !S_ISREG(st.st_mode) ||
	    (size = (long long)st.st_size) - done < 2 * (long long)block_size)
		goto one;
	if ((buf = malloc(SCAN_SIZE)) == NULL)
		goto oom;
	/* A block starts after a line break outside quotes: with strict
	 * quoting, where the quotes before it are even in number. */
	target = done > (long long)block_size ? done : (long long)block_size;
	for (pos = 0; pos < size; pos += got) {
		if ((got = pread(fileno(r->fp), buf, SCAN_SIZE, (off_t)pos)) ==
		    -1) {
			if (errno == EINTR) {
				got = 0;
				continue;
			}
			free(buf);
			free(s);
			return hv_err_io(e, r->name, "read error: %s",
			    strerror(errno));
		}
		if (got == 0)
			break;
		if (high < 0 && r->enc == HV_ENC_AUTO &&
		    (i = hv_utf8_ascii(buf, (size_t)got)) < (size_t)got &&
		    pos + (long long)i >= done)
			high = pos + (long long)i;
		n = 0;
		while (target < pos + got) {
			/* from the target on, the first break with even quotes */
			i = (size_t)(target - pos);
			q = count_quotes(buf + n, i - n);
			quotes += q;
			n = i;
			for (; n < (size_t)got; n++) {
				if (buf[n] == '"')
					quotes++;
				else if (buf[n] == '\n' && quotes % 2 == 0)
					break;
			}
			if (n == (size_t)got) {
				target = pos + got;	/* go on in the next */
				break;
			}
			n++;
			if (pos + (long long)n >= size)
				break;
			if (hv_grow(&s, &cap, nblocks + 1, sizeof(*s)) == -1)
				goto oom;
			s[nblocks++] = pos + (long long)n;
			target = pos + (long long)n + (long long)block_size;
		}
		quotes += count_quotes(buf + n, (size_t)got - n);
	}
	free(buf);
	buf = NULL;
	if (nblocks == 1)
		goto one;
	if (hv_grow(&s, &cap, nblocks + 1, sizeof(*s)) == -1)
		goto oom;
	s[0] = 0;
	s[nblocks] = size;
	r->block_enc = r->enc == HV_ENC_AUTO ? encoding_at(r, high) : r->enc;
	r->block_fd = fileno(r->fp);
	/* this reader reads the first block: forget what lies after it */
	if (r->off > s[1]) {
		r->in_len -= (size_t)(r->off - s[1]);
		r->off = s[1];
	}
	r->end = s[1];
	if (r->off == r->end)
		r->eof_in = 1;
	*starts = s;
	return (long)nblocks;
one:
	free(s);
	return 1;
oom:
	free(buf);
	free(s);
	return hv_err_nomem(e);
}

struct hv_reader *
hv_reader_open_block(const struct hv_reader *r, long long start,
    long long end, unsigned long line, struct hv_err *e)
{
	struct hv_reader *b;

	if ((b = calloc(1, sizeof(*b))) == NULL ||
	    (b->name = strdup(r->name)) == NULL) {
		free(b);
		hv_err_nomem(e);
		return NULL;
	}
	b->fp = r->fp;
	b->fd = r->block_fd;
	b->off = start;
	b->end = end;
	b->cd = (iconv_t)-1;
	b->line = line;
	b->opts = r->opts;
	b->enc = r->block_enc;
	b->enc_forced = r->enc_forced;
	b->header.n = r->header.n;
	if (csv_init(&b->csv, HV_CSV_OPTIONS) !=
	    0) {
		hv_reader_close(b);
		hv_err_nomem(e);
		return NULL;
	}
	hv_reader_set_delim(b, r->delim);
	return b;
}
