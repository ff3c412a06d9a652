/*
 * reader.h: a streaming CSV reader over libcsv, for every input the
 * toolkit takes.  It finds the dialect itself (delimiter , ; or tab,
 * UTF-8 with or without BOM, or Windows-1252/ISO-8859-1 converted to
 * UTF-8, LF or CRLF), reads the header, and hands out one row at a time
 * with its line number.  Memory holds one chunk of input, never the file
 * (but for an xlsx workbook: a zip is read from its end, so the workbook
 * is read whole and its sheet turned into CSV text first, xlsx.h).
 *
 * Ownership: hv_reader_open() returns a reader the caller frees with
 * hv_reader_close(); every string it hands out belongs to the reader.
 */
#ifndef HV_READER_H
#define HV_READER_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"
#include "input.h"
#include "names.h"

enum hv_encoding {
	HV_ENC_AUTO,		/* UTF-8 if the bytes are, else Windows-1252 */
	HV_ENC_UTF8,		/* UTF-8; anything else is an error */
	HV_ENC_LATIN1		/* Windows-1252 (a superset of ISO-8859-1) */
};

#define HV_READER_CHUNK	((size_t)65536)	/* bytes per read */

struct hv_reader_opts {
	char		 delim;		/* 0: find it from the first lines */
	enum hv_encoding encoding;
	int		 ragged;	/* 1: rows may differ in width */
	int		 title;		/* 1: a one-cell line above a wider
					   header is a title (SSB's "med
					   overskrift"), not the header */
	size_t		 chunk;		/* bytes per read; 0:
					   HV_READER_CHUNK */
	const char	*sheet;		/* an xlsx input's sheet, by name or
					   number from 1; NULL: the first */
};

/* One row.  The strings are NUL-terminated and stay valid until the next
 * call to hv_reader_next(), hv_reader_batch() or hv_reader_close(). */
struct hv_row {
	size_t		  n;		/* number of fields */
	const char	**field;
	const size_t	 *len;		/* their lengths in bytes */
	unsigned long	  line;		/* line where the row starts */
};

struct hv_reader;

/* Defaults: find delimiter and encoding, same width, titles allowed. */
void	hv_reader_opts_init(struct hv_reader_opts *o);

/* The names of the encodings for --encoding: "auto", "utf-8" (or
 * "utf8"), "latin1" (or "iso-8859-1", "windows-1252", "cp1252"). */
extern const struct hv_name hv_encodings[];

/*
 * Open path ("-" is standard input, named "<stdin>" in messages) and read
 * its header row.  Returns NULL with the reason in *e when the file
 * cannot be opened, is empty, or its first lines are malformed.
 */
struct hv_reader *hv_reader_open(const char *path,
	    const struct hv_reader_opts *o, struct hv_err *e);

/* As hv_reader_open, on a stream the caller owns; name is for messages. */
struct hv_reader *hv_reader_open_fp(FILE *fp, const char *name,
	    const struct hv_reader_opts *o, struct hv_err *e);

/* As hv_reader_open, on an input whose first bytes were read to tell its
 * format: the reader takes them and the stream over, and in is left
 * empty (to be closed all the same). */
struct hv_reader *hv_reader_open_input(struct hv_input *in,
	    const struct hv_reader_opts *o, struct hv_err *e);

/* Next data row into *row (hv_reader_batch() of one): 1 when there is
 * one, 0 at the end, -1 on a malformed row, bad encoding or read error
 * (reason in *e, with line). */
int	hv_reader_next(struct hv_reader *r, struct hv_row *row,
	    struct hv_err *e);

/* Up to max data rows into rows[]: all of them valid until the next call
 * to hv_reader_next(), hv_reader_batch() or hv_reader_close(), so that a
 * caller can look at a batch in several passes.  Returns the number of
 * rows (0 at the end), or -1 as hv_reader_next(); a malformed row ends
 * the batch before it and is the error of the next call. */
long	hv_reader_batch(struct hv_reader *r, struct hv_row *rows, size_t max,
	    struct hv_err *e);

/* The header row (line set), the title line above it or NULL, the name
 * used in messages, and the delimiter in use. */
const struct hv_row *hv_reader_header(const struct hv_reader *r);
const char *hv_reader_title(const struct hv_reader *r);
const char *hv_reader_name(const struct hv_reader *r);
char	hv_reader_delim(const struct hv_reader *r);

/* Index of the header column named name (ASCII case-insensitive,
 * blanks around ignored), or -1. */
int	hv_reader_col(const struct hv_reader *r, const char *name);

/* The first of names (a NULL-ended list) that the header has, or -1. */
int	hv_reader_first_col(const struct hv_reader *r,
	    const char *const *names);

/* The period column of a tidy table (period, år, year, date, dato, tid,
 * periode) and its value column (value, verdi), or -1. */
int	hv_reader_period_col(const struct hv_reader *r);
int	hv_reader_value_col(const struct hv_reader *r);

/*
 * The columns that name a series, into cols (at most max of them): the
 * ones the comma list given names (each must be there), or else the
 * interchange format's: the columns left of the period column pcol but
 * the value and status columns vcol and scol (-1: none), and when there
 * are none, the columns left of the value column.  Returns how many, or
 * -1 with "no column 'X' (given with --keys)" in *e.
 */
long	hv_reader_keys(const struct hv_reader *r, const char *given, int pcol,
	    int vcol, int scol, size_t *cols, size_t max, struct hv_err *e);

/*
 * Reading one file in parallel.  hv_reader_blocks() splits what r has not
 * read yet into blocks of about block_size bytes, each starting a line
 * outside quotes, and decides the encoding of the later blocks as r would
 * decide it.  It returns the number of blocks n and, when n > 1, their
 * offsets in *starts (n + 1 of them, the last the file's size; the caller
 * frees it); r then reads only the first block.  It returns 1 (and NULL)
 * when the input cannot be split: standard input, a pipe, a file smaller
 * than two blocks.  -1 on a read error.
 *
 * hv_reader_open_block() reads bytes [start, end) of r's file in its
 * dialect, without a header, numbering lines from line; close it before
 * r.  hv_reader_line() is the number of the line after the last read.
 */
long	hv_reader_blocks(struct hv_reader *r, size_t block_size,
	    long long **starts, struct hv_err *e);
struct hv_reader *hv_reader_open_block(const struct hv_reader *r,
	    long long start, long long end, unsigned long line,
	    struct hv_err *e);
unsigned long hv_reader_line(const struct hv_reader *r);

/* What reading left out of the input and the user must be told (an xlsx
 * sheet's rows after its table), or NULL. */
#define HV_READER_NOTE	256
const char *hv_reader_note(const struct hv_reader *r);

void	hv_reader_close(struct hv_reader *r);

#endif
