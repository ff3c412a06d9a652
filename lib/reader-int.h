/*
 * reader-int.h: the reader's state, shared by reader.c (streaming rows)
 * and reader-blocks.c (cutting a file into blocks for threads).
 */
#ifndef HV_READER_INT_H
#define HV_READER_INT_H

#include <iconv.h>

#include <csv.h>

#include "reader.h"

struct field {
	size_t	off, len;
};

struct rowrec {
	size_t		first, n;	/* fields[first .. first+n) */
	unsigned long	line;
};

struct hv_reader {
	FILE		*fp;
	int		 own_fp;
	int		 by_path;	/* opened by name: can be split */
	int		 fd;		/* >= 0: a block, read with pread() */
	long long	 off;		/* bytes read from the input so far */
	long long	 end;		/* -1, or where this reader stops */
	enum hv_encoding block_enc;	/* for the blocks after the first */
	int		 block_fd;	/* theirs to pread() */
	char		*name;
	char		*sheet_csv;	/* an xlsx sheet as CSV, read through
					   fp (fmemopen), or NULL */
	char		 note[HV_READER_NOTE];	/* what of it was left out */
	struct hv_reader_opts opts;
	struct csv_parser csv;
	char		 delim;

	/* input bytes not yet decoded: the sniffed prefix, then reads */
	unsigned char	*in;
	size_t		 in_len, in_pos, in_cap;
	unsigned char	 carry[4];	/* a UTF-8 sequence cut by a chunk */
	size_t		 ncarry;
	unsigned char	*scratch;	/* carry + next chunk */
	size_t		 scratch_cap;
	int		 eof_in;	/* no more bytes from fp */
	int		 done;		/* csv_fini called */

	enum hv_encoding enc;		/* found or forced */
	int		 enc_forced;
	iconv_t		 cd;
	char		*conv;		/* converted bytes */
	size_t		 conv_cap;

	/* the batch */
	char		*data;
	size_t		 data_len, data_cap;
	struct field	*fields;
	size_t		 nfields, fields_cap;
	struct rowrec	*rows;
	size_t		 nrows, rows_cap, next_row;
	size_t		 row_first;	/* first field of the row being built */
	unsigned long	 line;		/* line where the row being built starts */
	unsigned long	 nl_in_row;	/* newlines inside its quoted fields */
	int		 term_after_cr;	/* the terminator on_row() is given
					   comes right after a '\r' */
	int		 ends_in_cr;	/* the bytes parsed so far do */
	int		 oom;
	int		 quoted;	/* a quote seen: fields may hold '\n' */
	int		 csv_in_row;	/* libcsv holds part of a row: the
					   next bytes are its */
	unsigned char	 byte_class[256];	/* for plain_rows(), made by
						   hv_reader_set_delim() */
	int		 failed;	/* pending: rows before it come first */
	struct hv_err	 failure;

	/* what hv_reader_batch() hands out */
	const char	**batch_field;
	size_t		*batch_len;
	size_t		 batch_cap, batch_len_cap;

	struct hv_row	 header;
	char		*header_data;
	size_t		*header_len;	/* owned; header.len points here */
	char		*title;
};

/* libcsv's options for every reader: strict quoting, and every line
 * ending reported (blank lines and CRLF only count lines). */
#define HV_CSV_OPTIONS	(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)

/* Set the delimiter of r, for libcsv and for the lines the reader splits
 * itself. */
void	hv_reader_set_delim(struct hv_reader *r, char delim);

/*
 * The encoding of text read with --encoding auto whose first byte above
 * 0x7F starts the n bytes at s: UTF-8 when they start with a whole UTF-8
 * sequence, Windows-1252 when they cannot, and HV_ENC_AUTO when they are
 * the start of one cut off by the end of what was read and at_end is 0
 * (more is to come).  The one rule of reader.c and reader-blocks.c.
 */
enum hv_encoding hv_reader_decide(const unsigned char *s, size_t n,
	    int at_end);

#endif
