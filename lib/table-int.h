/*
 * table-int.h: the table's cells, shared by table.c (the model and the
 * wide pivot) and write.c (the writers).
 */
#ifndef HV_TABLE_INT_H
#define HV_TABLE_INT_H

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
	unsigned char	*marked;	/* per row: drawn apart (the focus) */
	size_t		 marked_cap;
};

static inline struct cell *
cell_at(const struct hv_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

#endif
