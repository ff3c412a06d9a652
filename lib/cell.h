/*
 * cell.h: one cell of an input as a number or a period, the way every
 * tool reads its values: the grammar of num.c and period.c, and on error
 * the place and the column ("f.csv:3: invalid number '5x4' (unexpected
 * character) in column '2019'").
 */
#ifndef HV_CELL_H
#define HV_CELL_H

#include <stddef.h>

#include "error.h"
#include "num.h"
#include "period.h"
#include "reader.h"

/* The len bytes at s, from column col of line line of file.  0, or -1
 * with the message in *e. */
int	hv_cell_num(const char *file, unsigned long line, const char *col,
	    const char *s, size_t len, struct hv_num *n, struct hv_err *e);
int	hv_cell_period(const char *file, unsigned long line, const char *col,
	    const char *s, size_t len, struct hv_period *p, struct hv_err *e);

/* The same for cell col of a row r handed out, named by r's header. */
int	hv_row_period(const struct hv_reader *r, const struct hv_row *row,
	    int col, struct hv_period *p, struct hv_err *e);

#endif
