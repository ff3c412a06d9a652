/*
 * table.h: the toolkit's output: a table of typed columns that every tool
 * fills and hands to one writer (write.c: csv, tsv, md, table, json,
 * html), in long form or pivoted wide (periods as columns), in machine or
 * Norwegian style.
 *
 * Ownership: hv_table_new() returns a table the caller frees with
 * hv_table_free(); the table copies every string it is given.
 */
#ifndef HV_TABLE_H
#define HV_TABLE_H

#include <stdio.h>

#include "error.h"
#include "names.h"
#include "num.h"
#include "words.h"

/* What a column is for: this decides the --wide layout. */
enum hv_role {
	HV_ROLE_KEY,		/* identifies a series: unit, service, ... */
	HV_ROLE_PERIOD,		/* the period; becomes the columns in --wide */
	HV_ROLE_VALUE,		/* the value */
	HV_ROLE_STATUS,		/* the SSB symbol of a missing value */
	HV_ROLE_EXTRA		/* anything a tool derives */
};

/*
 * What a number is, which decides the decimals a person is shown: the
 * human formats (md, table, html, and the number formats of xlsx) round
 * by it when no decimals are set (--round), the machine formats (csv,
 * tsv, json) write every digit.
 */
enum hv_kind {
	HV_KIND_EXACT,		/* every digit, in every format */
	HV_KIND_COUNT,		/* persons, cases, days, kroner: whole */
	HV_KIND_RATE,		/* percentages, ratios, indexes, means: one
				   decimal */
	HV_KIND_GIVEN,		/* figures as the input gave them, and their
				   sums and differences: the decimals they
				   need, the noise of binary arithmetic
				   dropped (0.3 - 0.1 shows 0.2), at most
				   HV_KIND_GIVEN_MAX */
	HV_KIND_FRACTION	/* a share of one (R²): three decimals */
};
#define HV_KIND_GIVEN_MAX	6

/* The decimals the human formats show a number of kind k with (-1:
 * every digit, HV_KIND_GIVEN: at most HV_KIND_GIVEN_MAX, as it needs). */
int	hv_kind_decimals(enum hv_kind k);

struct hv_colspec {
	const char	*name;		/* header in long form */
	enum hv_role	 role;
	int		 numeric;	/* cells are numbers */
	int		 decimals;	/* -1: by kind (every digit in the
					   machine formats) */
	enum hv_kind	 kind;		/* what the numbers are */
	int		 percent;	/* Norwegian style adds " %" */
	int		 wide;		/* a row of its own in --wide */
	const char	*label;		/* that row's name; NULL: name */
	const struct hv_word *word;	/* the header in each language;
					   NULL: the shared word, or name */
};

enum hv_format {
	HV_FMT_CSV,		/* RFC 4180, comma, LF */
	HV_FMT_TSV,		/* tab; \t \n \r \\ escaped */
	HV_FMT_MD,		/* Markdown (pipe) table */
	HV_FMT_TABLE,		/* aligned text for a terminal */
	HV_FMT_JSON,		/* an array of objects */
	HV_FMT_HTML,		/* an HTML <table>, numbers right-aligned */
	HV_FMT_XLSX		/* an Excel workbook (write-xlsx.c) */
};

struct hv_out_opts {
	enum hv_format	 format;
	enum hv_numstyle numbers;
	int		 wide;
	enum hv_lang	 lang;		/* of the toolkit's own words */
	const char	*source;	/* the line under an xlsx table ("Kilde:
					   ..."), or NULL */
};

struct hv_table;

struct hv_table *hv_table_new(void);
void	hv_table_free(struct hv_table *t);

/* The number of rows. */
size_t	hv_table_nrows(const struct hv_table *t);

/* Drop every row, keeping the columns (and the room the rows had). */
void	hv_table_clear_rows(struct hv_table *t);

/* Add a column (before any row).  Returns its index, or -1. */
int	hv_table_add_col(struct hv_table *t, const struct hv_colspec *spec);

/* Add the interchange format's first columns: the keys named in keys
 * (nkeys of them), then "period", "value" (numeric, with the given
 * decimals, -1 for as many as needed, of kind HV_KIND_GIVEN) and
 * "status".  Returns the index of
 * the period column, or -1 when out of memory. */
int	hv_table_add_tidy_cols(struct hv_table *t, const char *const *keys,
	    size_t nkeys, int decimals);

/* Append an empty row.  Returns its index, or -1 when out of memory. */
long	hv_table_add_row(struct hv_table *t);

/* Set a cell to text (NULL or "" leaves it empty) or to a number.
 * Return 0, or -1 when out of memory. */
int	hv_table_set_text(struct hv_table *t, size_t row, size_t col,
	    const char *s);
int	hv_table_set_num(struct hv_table *t, size_t row, size_t col, double v);

/* Set a cell to one of the toolkit's words: its name, written in the
 * language of the output (w must outlive the table: a static table). */
int	hv_table_set_word(struct hv_table *t, size_t row, size_t col,
	    const struct hv_word *w);

/* Give one numeric cell its own decimals and percent flag, overriding
 * its column's (for tables whose rows hold different measures). */
void	hv_table_set_fmt(struct hv_table *t, size_t row, size_t col,
	    int decimals, int percent);

/* Give one numeric cell its own kind, overriding its column's (a scaled
 * copy of a count is no count). */
void	hv_table_set_kind(struct hv_table *t, size_t row, size_t col,
	    enum hv_kind kind);

/* Attach note text to a cell: the human formats (md, table, html)
 * write a marker after the cell (¹, ², ...) and the notes as a legend
 * under the table, each once; the machine formats leave it out (a tool
 * writes what the note says in a column of its own).  At most
 * HV_TABLE_MAX_NOTES notes a table; more is -1, as is out of memory. */
#define HV_TABLE_MAX_NOTES	60000
int	hv_table_set_note(struct hv_table *t, size_t row, size_t col,
	    const char *text);

/* Mark a row to stand apart in the human formats (the unit a comparison
 * is about): bold in Markdown, <strong> in HTML, "*" around its texts in
 * the aligned table. */
int	hv_table_mark_row(struct hv_table *t, size_t row);

/*
 * The wide form of t: one row per series (its key columns) and per column
 * marked wide, one column per period, in time order when every period
 * parses as one kind, else in order of appearance.  A missing value shows
 * its status symbol.  Cells keep their notes, and a wide row is marked
 * when a long row of its series is.  When more than one column is
 * marked wide, a column "measure" names each row by the column's label.  Returns a new table,
 * or NULL with the reason in *e.
 */
struct hv_table *hv_table_wide(const struct hv_table *t, struct hv_err *e);

/* Make the key column named name the one hv_table_wide() lays out in
 * columns (in order of appearance, unless they are periods), and the
 * period column a key: a crosstab (iplos-sum --across sex).  0, or -1
 * when t has no such key column. */
int	hv_table_across(struct hv_table *t, const char *name);

/* Write t to fp in the given format and style (o->wide is ignored: pivot
 * first).  Returns 0, or -1 on a write error. */
int	hv_table_write(const struct hv_table *t, FILE *fp,
	    const struct hv_out_opts *o, struct hv_err *e);

/* Append s to the text *buf (length *len, capacity *cap, NUL after it)
 * as one CSV field by the rule every CSV writer here follows: quoted
 * when it holds a comma, a quote or a line break, or has blanks at
 * either end; a quote inside doubled.  For the readers that make CSV
 * text from other formats (PX, xlsx).  -1 when out of memory. */
int	hv_csv_field(char **buf, size_t *len, size_t *cap, const char *s);

/* Pivot if o->wide, then write atomically to path (NULL or "-":
 * standard output).  Returns 0, or -1 with nothing written. */
int	hv_table_emit(const struct hv_table *t, const char *path,
	    const struct hv_out_opts *o, struct hv_err *e);

/*
 * An output written row by row as the rows are made, for tables too big
 * to hold whole: hv_table_out_open() writes the header of t's columns,
 * hv_table_out_rows() writes the rows t holds and empties t of them (t
 * keeps its columns: fill it again), hv_table_out_close() writes the end
 * and commits the file as hv_table_emit() does (whole or not at all).
 * Only where hv_table_streams(o): not --wide, not the aligned table
 * (both need every row first); a stream writes no legend of notes (the
 * tables with notes, kostra-compare's, are written whole).  On an error the output is dropped and
 * the handle freed; hv_table_out_abort() drops it by choice.
 */
struct hv_table_out;

int	hv_table_streams(const struct hv_out_opts *o);
struct hv_table_out *hv_table_out_open(const struct hv_table *t,
	    const char *path, const struct hv_out_opts *o, struct hv_err *e);
int	hv_table_out_rows(struct hv_table_out *w, struct hv_table *t,
	    struct hv_err *e);
int	hv_table_out_close(struct hv_table_out *w, struct hv_err *e);
void	hv_table_out_abort(struct hv_table_out *w);

/* The names for options: "csv" "tsv" "md" "table" "json" "html"; "c"
 * (also "plain") and "nb" (also "no"). */
extern const struct hv_name hv_formats[];
extern const struct hv_name hv_numstyles[];

#endif
