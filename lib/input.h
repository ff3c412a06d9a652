/*
 * input.h: an input opened once.  A tool that takes more than one format
 * (kostra-compare: JSON-stat or CSV) must tell them apart from the first
 * bytes without opening the file again, or a pipe, a FIFO or standard
 * input would be read twice (the second time empty, or never ending).
 * hv_input_open() reads the first bytes into head; the reader or the JSON
 * decoder takes them and the stream on from there.
 *
 * Ownership: the caller owns the struct and closes it with
 * hv_input_close(); hv_reader_open_input() takes its bytes and stream
 * over, after which closing it does nothing.
 */
#ifndef HV_INPUT_H
#define HV_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"

struct hv_input {
	FILE		*fp;
	int		 own_fp;	/* opened by name, not stdin */
	char		*name;		/* for messages: path or "<stdin>" */
	unsigned char	*head;		/* read, not yet handed on */
	size_t		 head_len;
};

/* Open path ("-": standard input) and read up to the first byte that is
 * not blank or part of a byte order mark (or a few kilobytes of blanks). */
int	hv_input_open(struct hv_input *in, const char *path, struct hv_err *e);

/* That byte, or EOF when the input holds nothing else. */
int	hv_input_first(const struct hv_input *in);

/* Up to n bytes: the head first, then the stream.  Fewer than n at the
 * end of the input or on a read error (ferror(in->fp) tells). */
size_t	hv_input_read(struct hv_input *in, void *buf, size_t n);

/* The rest of the input in memory, NUL-terminated, its length in *len;
 * NULL with the reason in *e: larger than max bytes, a read error, out of
 * memory.  The caller frees it. */
char	*hv_input_slurp(struct hv_input *in, size_t max, size_t *len,
	    struct hv_err *e);

/*
 * What the n bytes at p (a file's start, blanks and a BOM skipped) are
 * when they are no table: a message that says what the file is and what
 * to do ("an HTML page, not data: ..."), or NULL.  An HTML page (what a
 * script saves when SSB answers a failed request), a zip (an xlsx
 * workbook is one), an old binary Excel file, a PX file (for the tools
 * that read CSV only: kostra-compare tells it first), UTF-16 text, and,
 * when json_too, JSON (for the tools that read CSV only).
 */
const char *hv_input_not_table(const unsigned char *p, size_t n,
	    int json_too);

void	hv_input_close(struct hv_input *in);

#endif
