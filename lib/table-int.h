/*
 * table-int.h: the table's cells, shared by table.c (the model and the
 * wide pivot) and write.c (the writers).
 */
#ifndef HV_TABLE_INT_H
#define HV_TABLE_INT_H

#include "map.h"
#include "table.h"

enum cell_kind { CELL_EMPTY, CELL_TEXT, CELL_NUM };

struct cell {
	char		*s;		/* in the table's texts */
	const struct hv_word *word;	/* s is this word: its Norwegian */
	double		 v;
	unsigned char	 kind;
	unsigned char	 own_fmt;	/* decimals/percent below override */
	signed char	 decimals;
	unsigned char	 percent;
	unsigned short	 note;		/* 1 + its index in hv_table.notes;
					   0: none */
	unsigned char	 own_kind;	/* 1 + enum hv_kind; 0: the column's */
};

struct col {
	struct hv_colspec spec;		/* strings owned */
};

/* The cells' texts, packed one after another in chunks: a million rows
 * cost no million mallocs and frees. */
struct text_chunk {
	struct text_chunk *next;
	size_t		 used, cap;
	char		 text[];
};

struct hv_table {
	struct col	*cols;
	size_t		 ncols, cols_cap;
	struct cell	*cells;		/* nrows * ncols, row-major */
	size_t		 nrows, rows_cap;
	struct text_chunk *texts;	/* the cells' strings; the newest
					   chunk first */
	char	       **notes;		/* the legend under the table: each
					   note once, in order of first use */
	size_t		 nnotes, notes_cap;
	struct hv_map	*note_index;	/* a note's text -> its index, made
					   with the first note */
	unsigned char	*marked;	/* per row: drawn apart (the focus) */
	size_t		 marked_cap;
};

/* The writers' pieces that write-xlsx.c shares with write.c: a column's
 * header in the output's language, a cell as the human formats show it
 * (its note's marker after it), note n's marker (¹, ², ...). */
const char *hv_write_header(const struct hv_table *t, size_t c,
	    const struct hv_out_opts *o, char *buf, size_t sz);
const char *hv_write_human_cell(const struct hv_table *t, size_t row,
	    size_t col, const struct hv_out_opts *o, char *buf, size_t sz);
void	hv_write_note_marker(unsigned n, char *out, size_t sz);

/* t as an xlsx workbook onto fp.  0, or -1 with the reason in *e. */
int	hv_table_write_xlsx(const struct hv_table *t, FILE *fp,
	    const struct hv_out_opts *o, struct hv_err *e);

static inline struct cell *
cell_at(const struct hv_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

/* A number cell's format, its own or its column's (of column col). */
static inline int
cell_decimals(const struct hv_table *t, const struct cell *c, size_t col)
{
	return c->own_fmt ? c->decimals : t->cols[col].spec.decimals;
}

static inline int
cell_percent(const struct hv_table *t, const struct cell *c, size_t col)
{
	return c->own_fmt ? c->percent : t->cols[col].spec.percent;
}

static inline enum hv_kind
cell_kind(const struct hv_table *t, const struct cell *c, size_t col)
{
	return c->own_kind ? (enum hv_kind)(c->own_kind - 1) :
	    t->cols[col].spec.kind;
}

#endif
