/* cell.c: an input's cells as numbers and periods, errors with a place. */
#include "cell.h"

int
hv_cell_num(const char *file, unsigned long line, const char *col,
    const char *s, size_t len, struct hv_num *n, struct hv_err *e)
{
	struct hv_err why;

	if (hv_num_parse(s, len, n, &why) == -1)
		return hv_err_at(e, file, line, "%s in column '%s'", why.msg,
		    col);
	return 0;
}

int
hv_cell_period(const char *file, unsigned long line, const char *col,
    const char *s, size_t len, struct hv_period *p, struct hv_err *e)
{
	struct hv_err why;

	if (hv_period_parse(s, len, p, &why) == -1)
		return hv_err_at(e, file, line, "%s in column '%s'", why.msg,
		    col);
	return 0;
}

int
hv_row_period(const struct hv_reader *r, const struct hv_row *row, int col,
    struct hv_period *p, struct hv_err *e)
{
	return hv_cell_period(hv_reader_name(r), row->line,
	    hv_reader_header(r)->field[col], row->field[col], row->len[col], p,
	    e);
}
