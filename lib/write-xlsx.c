/*
 * write-xlsx.c: a table as an Excel workbook, for the økonomirådgiver's
 * next step, through libxlsxwriter.  One sheet: the header bold and
 * frozen, the columns as wide as their texts, numbers as numbers (the
 * value, rounded only where --round rounds it) with a number format that
 * shows them as the human formats do (digit groups, the decimals of
 * their kind, " %" after a percentage, a note's marker after a flagged
 * value), SSB's symbols as the text they are, the focus's row bold, and
 * under the table the legend of the notes and the source line.
 *
 * libxlsxwriter writes a file by its name, so the workbook is made in a
 * temporary file and copied to the output (a file written atomically by
 * hv_table_emit(), or standard output).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "map.h"
#include "mem.h"
#include "table-int.h"
#include "utf8.h"

/* Excel's sheet: 1 048 576 rows of 16 384 columns. */
#define XLSX_MAX_ROWS	1048576
#define XLSX_MAX_COLS	16384
/* Column widths in characters: Excel's default, and a cap that keeps a
 * long label from pushing the figures off the screen. */
#define WIDTH_MIN	8
#define WIDTH_MAX	60

/* The number formats made so far: one per decimals, percent, note and
 * boldness in use. */
struct numfmt {
	int		 decimals;	/* -1: General */
	int		 percent;
	unsigned	 note;
	int		 bold;
	lxw_format	*format;
};

struct sheet {
	lxw_workbook	*wb;
	lxw_worksheet	*ws;
	lxw_format	*bold;
	struct numfmt	*fmts;
	size_t		 nfmts, fmts_cap;
	struct hv_map	*fmt_index;	/* a format's key -> its index: a
					   table of many notes is no
					   quadratic search */
};

/* The format code: "#,##0.0" with " %" and the marker as literal text
 * (Excel shows the digit groups and the decimal comma of its locale). */
static void
format_code(const struct numfmt *f, char *buf, size_t sz)
{
	char mark[32] = "";
	size_t n;
	int i;

	if (f->decimals < 0)
		n = (size_t)snprintf(buf, sz, "General");
	else {
		n = (size_t)snprintf(buf, sz, "#,##0%s", f->decimals > 0 ?
		    "." : "");
		for (i = 0; i < f->decimals && n + 1 < sz; i++)
			buf[n++] = '0';
		buf[n] = '\0';
	}
	if (f->note > 0)
		hv_write_note_marker(f->note, mark, sizeof(mark));
	snprintf(buf + n, sz - n, "%s%s%s%s", f->percent ? "\" %\"" : "",
	    *mark != '\0' ? "\"" : "", mark, *mark != '\0' ? "\"" : "");
}

static lxw_format *
number_format(struct sheet *s, int decimals, int percent, unsigned note,
    int bold)
{
	struct numfmt *f;
	char code[96], key[48];
	long got;
	int n;

	n = snprintf(key, sizeof(key), "%d %d %u %d", decimals, percent, note,
	    bold);
	if ((got = hv_map_put(s->fmt_index, key, (size_t)n,
	    (long)s->nfmts)) < 0)
		return NULL;
	if ((size_t)got < s->nfmts)
		return s->fmts[got].format;
	if (hv_grow(&s->fmts, &s->fmts_cap, s->nfmts + 1,
	    sizeof(*s->fmts)) == -1)
		return NULL;
	f = &s->fmts[s->nfmts];
	f->decimals = decimals;
	f->percent = percent;
	f->note = note;
	f->bold = bold;
	if ((f->format = workbook_add_format(s->wb)) == NULL)
		return NULL;
	format_code(f, code, sizeof(code));
	format_set_num_format(f->format, code);
	if (bold)
		format_set_bold(f->format);
	s->nfmts++;
	return f->format;
}

/* The decimals a number is shown with, as the human formats show it:
 * --round's, else its kind's; *rounded: --round set them. */
static int
shown_decimals(const struct hv_table *t, size_t row, size_t col,
    int *rounded)
{
	const struct cell *c = cell_at(t, row, col);
	int decimals = cell_decimals(t, c, col);
	enum hv_kind kind = cell_kind(t, c, col);

	*rounded = decimals >= 0;
	if (decimals >= 0)
		return decimals;
	if (kind == HV_KIND_GIVEN)
		return hv_num_decimals(c->v, HV_KIND_GIVEN_MAX);
	return hv_kind_decimals(kind);
}

static int
xlsx_error(struct hv_err *e, lxw_error rc)
{
	return hv_err_io(e, "output", "cannot write the workbook: %s",
	    lxw_strerror(rc));
}

/* Write the cells of t into s's sheet; the rows of the legend and the
 * source line after them.  widths: per column, the widest text. */
static int
put_cells(struct sheet *s, const struct hv_table *t,
    const struct hv_out_opts *o, size_t *widths, struct hv_err *e)
{
	const struct cell *c;
	char buf[512], mark[32];
	lxw_format *fmt;
	lxw_error rc;
	size_t r, col, w;
	int bold, decimals, rounded, percent;
	double v;

	for (col = 0; col < t->ncols; col++) {
		const char *h = hv_write_header(t, col, o, buf, sizeof(buf));

		widths[col] = hv_utf8_width(h);
		if ((rc = worksheet_write_string(s->ws, 0, (lxw_col_t)col, h,
		    s->bold)) != LXW_NO_ERROR)
			return xlsx_error(e, rc);
	}
	for (r = 0; r < t->nrows; r++) {
		bold = t->marked != NULL && t->marked[r];
		for (col = 0; col < t->ncols; col++) {
			c = cell_at(t, r, col);
			rc = LXW_NO_ERROR;
			if (c->kind == CELL_NUM && isfinite(c->v)) {
				decimals = shown_decimals(t, r, col,
				    &rounded);
				percent = cell_percent(t, c, col);
				v = rounded ? hv_num_round(c->v, decimals) :
				    c->v;
				if ((fmt = number_format(s, decimals, percent,
				    c->note, bold)) == NULL)
					return hv_err_nomem(e);
				rc = worksheet_write_number(s->ws,
				    (lxw_row_t)r + 1, (lxw_col_t)col, v, fmt);
				/* as wide as md shows it */
				w = hv_utf8_width(hv_write_human_cell(t, r,
				    col, o, buf, sizeof(buf)));
			} else if (c->kind == CELL_TEXT) {
				const char *text = hv_write_human_cell(t, r,
				    col, o, buf, sizeof(buf));

				rc = worksheet_write_string(s->ws,
				    (lxw_row_t)r + 1, (lxw_col_t)col, text,
				    bold ? s->bold : NULL);
				w = hv_utf8_width(text);
			} else
				w = 0;
			if (rc != LXW_NO_ERROR)
				return xlsx_error(e, rc);
			if (w > widths[col])
				widths[col] = w;
		}
	}
	r = t->nrows + 1;
	for (w = 0; w < t->nnotes; w++) {
		hv_write_note_marker((unsigned)w + 1, mark, sizeof(mark));
		snprintf(buf, sizeof(buf), "%s %s", mark, t->notes[w]);
		if ((rc = worksheet_write_string(s->ws, (lxw_row_t)++r, 0,
		    buf, NULL)) != LXW_NO_ERROR)
			return xlsx_error(e, rc);
	}
	if (o->source != NULL && (rc = worksheet_write_string(s->ws,
	    (lxw_row_t)r + 2, 0, o->source, NULL)) != LXW_NO_ERROR)
		return xlsx_error(e, rc);
	return 0;
}

/* Copy the file at path to fp. */
static int
copy_file(const char *path, FILE *fp, struct hv_err *e)
{
	char buf[65536];
	FILE *in;
	size_t n;
	int failed;

	if ((in = fopen(path, "rb")) == NULL)
		return hv_err_io(e, "output", "%s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			break;
	failed = ferror(in) || ferror(fp);
	fclose(in);
	if (failed)
		return hv_err_io(e, "output", "%s", errno != 0 ?
		    strerror(errno) : "write error");
	return 0;
}

int
hv_table_write_xlsx(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o, struct hv_err *e)
{
	lxw_workbook_options opts = { 0, NULL, 0 };
	struct sheet s;
	const char *dir = getenv("TMPDIR");
	char path[4096];
	size_t *widths = NULL, col;
	lxw_error rc;
	int fd, status = -1;

	if (t->nrows + 1 + t->nnotes + 2 > XLSX_MAX_ROWS ||
	    t->ncols > XLSX_MAX_COLS)
		return hv_err_set(e, "xlsx: %zu rows of %zu columns do not fit "
		    "in a sheet (at most 1 048 576 rows and 16 384 columns): "
		    "write csv", t->nrows + 1, t->ncols);
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof(path), "%s/hvstat-xlsx.XXXXXX",
	    dir) >= sizeof(path))
		return hv_err_io(e, "TMPDIR", "path too long");
	if ((fd = mkstemp(path)) == -1)
		return hv_err_io(e, path, "%s", strerror(errno));
	close(fd);
	memset(&s, 0, sizeof(s));
	opts.tmpdir = (char *)dir;
	if ((s.wb = workbook_new_opt(path, &opts)) == NULL ||
	    (s.ws = workbook_add_worksheet(s.wb, o->lang == HV_LANG_NB ?
	    "Tabell" : "Table")) == NULL ||
	    (s.bold = workbook_add_format(s.wb)) == NULL ||
	    (s.fmt_index = hv_map_new()) == NULL ||
	    (widths = calloc(t->ncols + 1, sizeof(*widths))) == NULL) {
		hv_err_nomem(e);
		goto done;
	}
	format_set_bold(s.bold);
	if (put_cells(&s, t, o, widths, e) == -1)
		goto done;
	for (col = 0; col < t->ncols; col++)
		worksheet_set_column(s.ws, (lxw_col_t)col, (lxw_col_t)col,
		    widths[col] + 2 < WIDTH_MIN ? WIDTH_MIN :
		    widths[col] + 2 > WIDTH_MAX ? WIDTH_MAX :
		    (double)(widths[col] + 2), NULL);
	worksheet_freeze_panes(s.ws, 1, 0);
	rc = workbook_close(s.wb);
	s.wb = NULL;
	if (rc != LXW_NO_ERROR) {
		xlsx_error(e, rc);
		goto done;
	}
	status = copy_file(path, fp, e);
done:
	if (s.wb != NULL)
		workbook_close(s.wb);	/* (writes what it has, then removed) */
	unlink(path);
	free(widths);
	free(s.fmts);
	hv_map_free(s.fmt_index);
	return status;
}
