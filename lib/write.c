/*
 * write.c: the six writers of a table (csv, tsv, md, table, json, html),
 * numbers in machine or Norwegian style, the toolkit's words in English
 * or Norwegian, and -o FILE written whole or not at all.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"
#include "mem.h"
#include "table-int.h"
#include "utf8.h"

/* A column's header as written: its word, or a shared word, in the
 * language asked for. */
/* Is s a date as the machine writes it, 2022-09-13? */
static int
iso_date(const char *s)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	for (i = 0; i < 10; i++)
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') :
		    s[i] != shape[i])
			return 0;
	return 1;
}

/*
 * Under --labels nb a date is written as the reports write it,
 * 13.09.2022, and so are both ends of a range (01.01.2024/31.12.2024);
 * other periods are as they are (2024K3 is Norwegian already).  The
 * tools read either form.  Returns s itself when it is no date.
 */
static const char *
nb_period(const char *s, char *buf, size_t sz)
{
	size_t n = strlen(s);

	if (sz < 22 || !((n == 10 && iso_date(s)) || (n == 21 && s[10] == '/' &&
	    iso_date(s) && iso_date(s + 11))))
		return s;
	snprintf(buf, sz, "%.2s.%.2s.%.4s", s + 8, s + 5, s);
	if (n == 21)
		snprintf(buf + 10, sz - 10, "/%.2s.%.2s.%.4s", s + 19, s + 16,
		    s + 11);
	return buf;
}

static int	human(const struct hv_out_opts *);

/* s with its first letter a capital (a-z, æ, ø, å), into buf when it
 * changes: the data's own headers (enhet, måling) as a heading reads. */
static const char *
capitalized(const char *s, char *buf, size_t sz)
{
	const unsigned char *u = (const unsigned char *)s;

	if (strlen(s) + 1 > sz)
		return s;
	if (*u >= 'a' && *u <= 'z') {
		memcpy(buf, s, strlen(s) + 1);
		buf[0] = (char)(*u - 'a' + 'A');
		return buf;
	}
	/* æ ø å (U+00E6 U+00F8 U+00E5) less U+0020 are Æ Ø Å */
	if (u[0] == 0xC3 && (u[1] == 0xA6 || u[1] == 0xB8 || u[1] == 0xA5)) {
		memcpy(buf, s, strlen(s) + 1);
		buf[1] = (char)(u[1] - 0x20);
		return buf;
	}
	return s;
}

const char *
hv_write_header(const struct hv_table *t, size_t c,
    const struct hv_out_opts *o, char *buf, size_t sz)
{
	const struct hv_colspec *spec = &t->cols[c].spec;
	const char *h;

	if (spec->word != NULL)
		return hv_word_text(spec->word, o->lang);
	/* a wide table's period column */
	if (spec->role == HV_ROLE_VALUE && spec->numeric &&
	    o->lang == HV_LANG_NB && nb_period(spec->name, buf, sz) == buf)
		return buf;
	h = hv_word_of(spec->name, o->lang);
	return human(o) && o->lang == HV_LANG_NB ? capitalized(h, buf, sz) :
	    h;
}

/* A text cell as written: the tools' own words stand in key columns
 * (measure, sex); anything else is data, written as it is. */
static const char *
text_of(const struct hv_table *t, const struct cell *c, size_t col,
    const struct hv_out_opts *o)
{
	if (c->word != NULL)
		return hv_word_text(c->word, o->lang);
	return t->cols[col].spec.role == HV_ROLE_KEY ? hv_word_of(c->s,
	    o->lang) : c->s;
}

const struct hv_name hv_formats[] = {
	{ "csv",	HV_FMT_CSV,	0 },
	{ "tsv",	HV_FMT_TSV,	0 },
	{ "md",		HV_FMT_MD,	0 },
	{ "markdown",	HV_FMT_MD,	1 },
	{ "table",	HV_FMT_TABLE,	0 },
	{ "json",	HV_FMT_JSON,	0 },
	{ "html",	HV_FMT_HTML,	0 },
	{ "xlsx",	HV_FMT_XLSX,	0 },
	{ NULL,		0,		0 },
};

const struct hv_name hv_numstyles[] = {
	{ "c",		HV_NUMSTYLE_C,	0 },
	{ "plain",	HV_NUMSTYLE_C,	1 },
	{ "nb",		HV_NUMSTYLE_NB,	0 },
	{ "no",		HV_NUMSTYLE_NB,	1 },
	{ NULL,		0,		0 },
};

/*
 * Norwegian CSV (--numbers nb) is written as Norwegian Excel opens it by
 * a double click: a byte order mark (or it takes the UTF-8 for
 * Windows-1252), ';' between fields (its list separator), numbers with a
 * decimal comma and no digit groups or " %" (a space makes a number
 * text).  The readers of the toolkit read it back as it is.
 */
static int
sheet_csv(const struct hv_out_opts *o)
{
	return o->format == HV_FMT_CSV && o->numbers == HV_NUMSTYLE_NB;
}

/* The formats a person reads, which round numbers by their kind. */
static int
human(const struct hv_out_opts *o)
{
	return o->format == HV_FMT_MD || o->format == HV_FMT_TABLE ||
	    o->format == HV_FMT_HTML || o->format == HV_FMT_XLSX;
}

/* The text of a cell as it is printed: numbers formatted in the style,
 * with " %" for percent columns in Norwegian style. */
static const char *
cell_str(const struct hv_table *t, size_t row, size_t col,
    const struct hv_out_opts *o, char *buf, size_t sz)
{
	const struct cell *c = cell_at(t, row, col);
	const struct hv_colspec *spec = &t->cols[col].spec;
	int decimals = cell_decimals(t, c, col);
	int percent = cell_percent(t, c, col);
	enum hv_numstyle style = sheet_csv(o) ? HV_NUMSTYLE_NB_SHEET :
	    o->numbers;
	size_t n;
	enum hv_kind kind;

	if (c->kind == CELL_TEXT && spec->role == HV_ROLE_PERIOD &&
	    o->lang == HV_LANG_NB)
		return nb_period(text_of(t, c, col, o), buf, sz);
	if (c->kind == CELL_TEXT)
		return text_of(t, c, col, o);
	if (c->kind == CELL_EMPTY)
		return "";
	kind = cell_kind(t, c, col);
	if (decimals < 0 && human(o) && kind == HV_KIND_GIVEN)
		/* as many as it needs, once rounded past the noise */
		hv_num_fmt(buf, sz, hv_num_round(c->v, HV_KIND_GIVEN_MAX), -1,
		    style);
	else
		hv_num_fmt(buf, sz, c->v, decimals < 0 && human(o) ?
		    hv_kind_decimals(kind) : decimals, style);
	if (percent && style == HV_NUMSTYLE_NB && (n = strlen(buf)) + 3 < sz)
		memcpy(buf + n, " %", 3);
	return buf;
}

/* The marker of note n (1, 2, ...) in superscript digits, at out. */
void
hv_write_note_marker(unsigned n, char *out, size_t sz)
{
	static const char *const sup[] = { "\xE2\x81\xB0", "\xC2\xB9",
	    "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4", "\xE2\x81\xB5",
	    "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8",
	    "\xE2\x81\xB9" };
	char digits[8];
	size_t i, k = 0;

	snprintf(digits, sizeof(digits), "%u", n);
	for (i = 0; digits[i] != '\0'; i++)
		k += (size_t)snprintf(out + k, k < sz ? sz - k : 0, "%s",
		    sup[digits[i] - '0']);
}

/* A cell as the human formats show it: cell_str's text, and its note's
 * marker after it ("-1 036¹"). */
const char *
hv_write_human_cell(const struct hv_table *t, size_t row, size_t col,
    const struct hv_out_opts *o, char *buf, size_t sz)
{
	const struct cell *c = cell_at(t, row, col);
	const char *text = cell_str(t, row, col, o, buf, sz);
	char mark[32];

	if (c->note == 0)
		return text;
	hv_write_note_marker(c->note, mark, sizeof(mark));
	if (text != buf)
		snprintf(buf, sz, "%s%s", text, mark);
	else if (strlen(buf) + strlen(mark) < sz)
		strcat(buf, mark);
	return buf;
}

/* Is row r marked (hv_table_mark_row), and cell c of it a text to set
 * apart? */
static int
marked_text(const struct hv_table *t, size_t r, size_t c, const char *text)
{
	return t->marked != NULL && t->marked[r] &&
	    !t->cols[c].spec.numeric && *text != '\0';
}

static void	put_html(FILE *, const char *);

/* The notes under the table, in the human formats. */
static void
put_legend(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char mark[32];
	size_t i;

	if (t->nnotes == 0 || (o->format != HV_FMT_MD &&
	    o->format != HV_FMT_HTML && o->format != HV_FMT_TABLE))
		return;
	if (o->format == HV_FMT_HTML)
		fputs("<p class=\"notes\">", fp);
	for (i = 0; i < t->nnotes; i++) {
		hv_write_note_marker((unsigned)i + 1, mark, sizeof(mark));
		if (o->format == HV_FMT_HTML) {
			fputs(i > 0 ? "<br>\n" : "", fp);
			fputs(mark, fp);
			putc(' ', fp);
			put_html(fp, t->notes[i]);
		} else if (o->format == HV_FMT_MD)
			fprintf(fp, "\n%s %s\n", mark, t->notes[i]);
		else	/* the aligned table: one line each, after a blank */
			fprintf(fp, "%s%s %s\n", i == 0 ? "\n" : "", mark,
			    t->notes[i]);
	}
	if (o->format == HV_FMT_HTML)
		fputs("</p>\n", fp);
}

static void
put_tsv_field(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		default:
			putc(*s, fp);
		}
	}
}

/* A Markdown cell: pipes escaped, line breaks as spaces. */
static void
put_md_field(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '|')
			fputs("\\|", fp);
		else if (*s == '\n' || *s == '\r')
			putc(' ', fp);
		else
			putc(*s, fp);
	}
}

/* Bytes gathered for one fwrite: a CSV line at a time through stdio
 * costs more than making the line. */
struct gather {
	char		 buf[16384];
	size_t		 n;
	FILE		*fp;
};

static void
gather_flush(struct gather *g)
{
	if (g->n > 0)
		fwrite(g->buf, 1, g->n, g->fp);
	g->n = 0;
}

static void
gather_put(struct gather *g, const char *s, size_t len)
{
	while (len > 0) {
		size_t room = sizeof(g->buf) - g->n;
		size_t k = len < room ? len : room;

		memcpy(g->buf + g->n, s, k);
		g->n += k;
		s += k;
		len -= k;
		if (g->n == sizeof(g->buf))
			gather_flush(g);
	}
}

static void
gather_char(struct gather *g, char c)
{
	if (g->n == sizeof(g->buf))
		gather_flush(g);
	g->buf[g->n++] = c;
}

/* Must s be quoted as a CSV field: a comma, a quote or a line break in
 * it, or blanks at either end, which the reader drops around an
 * unquoted field ("BPA " must come back as it went)?  *len: its length
 * when not. */
static int
csv_quoted_by(const char *s, size_t *len, const char *special)
{
	*len = strcspn(s, special);
	return !(s[*len] == '\0' && (*len == 0 || (s[0] != ' ' &&
	    s[0] != '\t' && s[*len - 1] != ' ' && s[*len - 1] != '\t')));
}

static int
csv_quoted(const char *s, size_t *len)
{
	return csv_quoted_by(s, len, ",\"\r\n");
}

int
hv_csv_field(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n, quotes = 0;
	const char *p;
	char *o;

	if (!csv_quoted(s, &n)) {
		if (hv_grow(buf, cap, *len + n + 1, 1) == -1)
			return -1;
		memcpy(*buf + *len, s, n + 1);
		*len += n;
		return 0;
	}
	for (p = s; *p != '\0'; p++)
		quotes += *p == '"';
	n = (size_t)(p - s);
	if (hv_grow(buf, cap, *len + n + quotes + 3, 1) == -1)
		return -1;
	o = *buf + *len;
	*o++ = '"';
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			*o++ = '"';
		*o++ = *p;
	}
	*o++ = '"';
	*o = '\0';
	*len = (size_t)(o - *buf);
	return 0;
}

/* A CSV field, by csv_quoted()'s rule (with ';' for a sheet's); a quote
 * inside doubled. */
static void
gather_csv_field(struct gather *g, const char *s, int sheet)
{
	size_t len;
	const char *p;

	if (!csv_quoted_by(s, &len, sheet ? ";\"\r\n" : ",\"\r\n")) {
		gather_put(g, s, len);
		return;
	}
	gather_char(g, '"');
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			gather_char(g, '"');
		gather_char(g, *p);
	}
	gather_char(g, '"');
}

/* The header line of a delimited table. */
static void
delimited_head(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o)
{
	char hb[256];	/* a header made for it */
	struct gather g;
	size_t c;

	if (o->format == HV_FMT_TSV) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				putc_unlocked('\t', fp);
			put_tsv_field(fp, hv_write_header(t, c, o, hb,
			    sizeof(hb)));
		}
		putc_unlocked('\n', fp);
		return;
	}
	g.n = 0;
	g.fp = fp;
	if (sheet_csv(o))
		gather_put(&g, "\xEF\xBB\xBF", 3);
	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			gather_char(&g, sheet_csv(o) ? ';' : ',');
		gather_csv_field(&g, hv_write_header(t, c, o, hb, sizeof(hb)),
		    sheet_csv(o));
	}
	gather_char(&g, '\n');
	gather_flush(&g);
}

static void
delimited_rows(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o, int first)
{
	struct gather g;
	const char *text;
	char buf[128];
	size_t r, c;

	(void)first;
	if (o->format == HV_FMT_TSV) {
		for (r = 0; r < t->nrows; r++) {
			for (c = 0; c < t->ncols; c++) {
				if (c > 0)
					putc_unlocked('\t', fp);
				put_tsv_field(fp, cell_str(t, r, c, o, buf,
				    sizeof(buf)));
			}
			putc_unlocked('\n', fp);
		}
		return;
	}
	g.n = 0;
	g.fp = fp;
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				gather_char(&g, sheet_csv(o) ? ';' : ',');
			text = cell_str(t, r, c, o, buf, sizeof(buf));
			gather_csv_field(&g, text, sheet_csv(o));
		}
		gather_char(&g, '\n');
	}
	gather_flush(&g);
}

static void
md_head(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char hb[256];	/* a header made for it */
	size_t c;

	for (c = 0; c < t->ncols; c++) {
		fputs(c == 0 ? "| " : " | ", fp);
		put_md_field(fp, hv_write_header(t, c, o, hb, sizeof(hb)));
	}
	fputs(" |\n", fp);
	for (c = 0; c < t->ncols; c++)
		fputs(t->cols[c].spec.numeric ? "|---:" : "|---", fp);
	fputs("|\n", fp);
}

static void
md_rows(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o,
    int first)
{
	const char *text;
	char buf[128];
	size_t r, c;
	int strong;

	(void)first;
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			fputs(c == 0 ? "| " : " | ", fp);
			text = hv_write_human_cell(t, r, c, o, buf,
			    sizeof(buf));
			strong = marked_text(t, r, c, text);
			fputs(strong ? "**" : "", fp);
			put_md_field(fp, text);
			fputs(strong ? "**" : "", fp);
		}
		fputs(" |\n", fp);
	}
}

static void
put_padded(FILE *fp, const char *s, size_t width, int right, int last)
{
	size_t w = hv_utf8_width(s);

	if (right)
		for (; w < width; w++)
			putc(' ', fp);
	fputs(s, fp);
	if (!right && !last)
		for (; w < width; w++)
			putc(' ', fp);
}

/* A cell of the aligned table: human_str's, "*" around a marked one. */
static const char *
aligned_str(const struct hv_table *t, size_t r, size_t c,
    const struct hv_out_opts *o, char *buf, size_t sz)
{
	char text[512];
	const char *s = hv_write_human_cell(t, r, c, o, text, sizeof(text));

	if (marked_text(t, r, c, s))
		snprintf(buf, sz, "*%s*", s);
	else if (s == text)
		snprintf(buf, sz, "%s", text);	/* text is gone on return */
	else
		return s;
	return buf;
}

static int
write_aligned(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char hb[256];	/* a header made for it */
	char buf[600];
	size_t *width, r, c, w;

	if ((width = calloc(t->ncols + 1, sizeof(*width))) == NULL)
		return -1;
	for (c = 0; c < t->ncols; c++)
		width[c] = hv_utf8_width(hv_write_header(t, c, o, hb,
		    sizeof(hb)));
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			w = hv_utf8_width(aligned_str(t, r, c, o, buf,
			    sizeof(buf)));
			if (w > width[c])
				width[c] = w;
		}
	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			fputs("  ", fp);
		put_padded(fp, hv_write_header(t, c, o, hb, sizeof(hb)),
		    width[c], t->cols[c].spec.numeric, c + 1 == t->ncols);
	}
	putc('\n', fp);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				fputs("  ", fp);
			put_padded(fp, aligned_str(t, r, c, o, buf,
			    sizeof(buf)), width[c], t->cols[c].spec.numeric,
			    c + 1 == t->ncols);
		}
		putc('\n', fp);
	}
	free(width);
	return 0;
}

/* Text for HTML: & < > " escaped. */
static void
put_html(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		default:
			putc(*s, fp);
		}
	}
}

static void
html_head(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	char hb[256];	/* a header made for it */
	size_t c;

	fputs("<table>\n<thead>\n<tr>", fp);
	for (c = 0; c < t->ncols; c++) {
		fputs(t->cols[c].spec.numeric ? "<th class=\"num\">" : "<th>",
		    fp);
		put_html(fp, hv_write_header(t, c, o, hb, sizeof(hb)));
		fputs("</th>", fp);
	}
	fputs("</tr>\n</thead>\n<tbody>\n", fp);
}

static void
html_rows(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o,
    int first)
{
	const char *text;
	char buf[128];
	size_t r, c;
	int strong;

	(void)first;
	for (r = 0; r < t->nrows; r++) {
		fputs(t->marked != NULL && t->marked[r] ?
		    "<tr class=\"focus\">" : "<tr>", fp);
		for (c = 0; c < t->ncols; c++) {
			fputs(t->cols[c].spec.numeric ? "<td class=\"num\">" :
			    "<td>", fp);
			text = hv_write_human_cell(t, r, c, o, buf,
			    sizeof(buf));
			strong = marked_text(t, r, c, text);
			fputs(strong ? "<strong>" : "", fp);
			put_html(fp, text);
			fputs(strong ? "</strong>" : "", fp);
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
}

/* s as it is, a byte at a time (under write_part()'s lock). */
static void
put_plain(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++)
		putc_unlocked(*s, fp);
}

/* A JSON string: quote, backslash and control characters escaped (the
 * text is UTF-8 already: the readers check it). */
static void
put_json_string(FILE *fp, const char *s)
{
	putc_unlocked('"', fp);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			putc_unlocked('\\', fp);
			putc_unlocked(c, fp);
		} else if (c == '\n' || c == '\t' || c == '\r') {
			putc_unlocked('\\', fp);
			putc_unlocked(c == '\n' ? 'n' : c == '\t' ? 't' :
			    'r', fp);
		} else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			putc_unlocked(c, fp);
	}
	putc_unlocked('"', fp);
}

/* One object per row, a line each, as they come: numbers rounded as
 * their column says, then written in their shortest exact form (a JSON
 * number in every case: 1e+20 is one); empty cells null.  first: no
 * row written before. */
static void
json_rows(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o,
    int first)
{
	char hb[256];	/* a header made for it */
	const struct cell *cl;
	char buf[128];
	size_t r, c;
	int decimals;

	for (r = 0; r < t->nrows; r++) {
		put_plain(fp, first && r == 0 ? "\n{" : ",\n{");
		for (c = 0; c < t->ncols; c++) {
			cl = cell_at(t, r, c);
			if (c > 0)
				putc_unlocked(',', fp);
			put_json_string(fp, hv_write_header(t, c, o, hb,
			    sizeof(hb)));
			putc_unlocked(':', fp);
			decimals = cell_decimals(t, cl, c);
			if (cl->kind == CELL_NUM && isfinite(cl->v))
				put_plain(fp, hv_num_fmt(buf, sizeof(buf),
				    decimals >= 0 ? hv_num_round(cl->v,
				    decimals) : cl->v, -1, HV_NUMSTYLE_C));
			else if (cl->kind == CELL_TEXT)
				put_json_string(fp, text_of(t, cl, c, o));
			else
				put_plain(fp, "null");
		}
		putc_unlocked('}', fp);
	}
}

static void
json_head(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o)
{
	(void)t;
	(void)o;
	putc_unlocked('[', fp);
}

static void
json_foot(FILE *fp, int any)
{
	fputs(any ? "\n]\n" : "]\n", fp);
}

static void
html_foot(FILE *fp, int any)
{
	(void)any;
	fputs("</tbody>\n</table>\n", fp);
}

/* The writers that stream: what stands before the first row, the rows
 * (first: none written before), what stands after the last (any: some
 * row was written); the aligned table has none, needing every row. */
static const struct writer {
	void	(*head)(const struct hv_table *, FILE *,
		    const struct hv_out_opts *);
	void	(*rows)(const struct hv_table *, FILE *,
		    const struct hv_out_opts *, int);
	void	(*foot)(FILE *, int);
} writers[] = {
	[HV_FMT_CSV] =	{ delimited_head, delimited_rows, NULL },
	[HV_FMT_TSV] =	{ delimited_head, delimited_rows, NULL },
	[HV_FMT_MD] =	{ md_head, md_rows, NULL },
	[HV_FMT_TABLE] = { NULL, NULL, NULL },
	[HV_FMT_JSON] =	{ json_head, json_rows, json_foot },
	[HV_FMT_HTML] =	{ html_head, html_rows, html_foot },
	[HV_FMT_XLSX] =	{ NULL, NULL, NULL },	/* whole, write-xlsx.c */
};

/* One part of the output: the head (rows NULL), rows, or the foot (t
 * NULL).  Under one stdio lock: the fields go out unlocked. */
static void
write_part(const struct hv_table *t, FILE *fp, const struct hv_out_opts *o,
    int rows, int first)
{
	const struct writer *w = &writers[o->format];

	flockfile(fp);
	if (t != NULL && !rows && w->head != NULL)
		w->head(t, fp, o);
	else if (t != NULL && rows && w->rows != NULL)
		w->rows(t, fp, o, first);
	else if (t == NULL && w->foot != NULL)
		w->foot(fp, first);
	funlockfile(fp);
}

/* The error of a stream whose writes failed. */
static int
write_error(struct hv_err *e)
{
	return hv_err_io(e, "output", "%s", errno != 0 ? strerror(errno) :
	    "write error");
}

int
hv_table_write(const struct hv_table *t, FILE *fp,
    const struct hv_out_opts *o, struct hv_err *e)
{
	if (o->format == HV_FMT_XLSX)
		return hv_table_write_xlsx(t, fp, o, e);
	if (o->format == HV_FMT_TABLE) {
		if (write_aligned(t, fp, o) == -1)
			return hv_err_nomem(e);
	} else {
		write_part(t, fp, o, 0, 1);
		write_part(t, fp, o, 1, 1);
		write_part(NULL, fp, o, 0, t->nrows > 0);
	}
	put_legend(t, fp, o);
	if (ferror(fp))
		return write_error(e);
	return 0;
}

struct hv_table_out {
	struct hv_atomic *a;
	FILE		*fp;
	struct hv_out_opts o;
	char		*where;		/* the file, or "standard output" */
	unsigned long long nrows;	/* written so far */
};

int
hv_table_streams(const struct hv_out_opts *o)
{
	return !o->wide && o->format != HV_FMT_TABLE &&
	    o->format != HV_FMT_XLSX;
}

struct hv_table_out *
hv_table_out_open(const struct hv_table *t, const char *path,
    const struct hv_out_opts *o, struct hv_err *e)
{
	struct hv_table_out *w;

	if (!hv_table_streams(o)) {
		hv_err_usage(e, "hv_table_out_open: this output needs every "
		    "row first");
		return NULL;
	}
	if ((w = calloc(1, sizeof(*w))) == NULL ||
	    (w->where = strdup(path != NULL && strcmp(path, "-") != 0 ?
	    path : "standard output")) == NULL) {
		free(w);
		hv_err_nomem(e);
		return NULL;
	}
	if ((w->a = hv_atomic_open(path, e)) == NULL) {
		free(w->where);
		free(w);
		return NULL;
	}
	w->fp = hv_atomic_fp(w->a);
	w->o = *o;
	errno = 0;
	write_part(t, w->fp, o, 0, 1);
	return w;
}

/* A write failed: the file and the reason, the output dropped. */
static int
out_failed(struct hv_table_out *w, struct hv_err *e)
{
	int saved = errno;

	hv_err_io(e, w->where, "%s", saved != 0 ? strerror(saved) :
	    "write error");
	hv_table_out_abort(w);
	return -1;
}

int
hv_table_out_rows(struct hv_table_out *w, struct hv_table *t,
    struct hv_err *e)
{
	write_part(t, w->fp, &w->o, 1, w->nrows == 0);
	w->nrows += t->nrows;
	hv_table_clear_rows(t);
	if (ferror(w->fp))
		return out_failed(w, e);
	return 0;
}

int
hv_table_out_close(struct hv_table_out *w, struct hv_err *e)
{
	int rc;

	write_part(NULL, w->fp, &w->o, 0, w->nrows > 0);
	if (ferror(w->fp))
		return out_failed(w, e);
	rc = hv_atomic_commit(w->a, e);
	free(w->where);
	free(w);
	return rc;
}

void
hv_table_out_abort(struct hv_table_out *w)
{
	if (w == NULL)
		return;
	hv_atomic_abort(w->a);
	free(w->where);
	free(w);
}

int
hv_table_emit(const struct hv_table *t, const char *path,
    const struct hv_out_opts *o, struct hv_err *e)
{
	struct hv_table *w = NULL;
	struct hv_atomic *a;

	if (o->format == HV_FMT_XLSX && (path == NULL ||
	    strcmp(path, "-") == 0) && isatty(STDOUT_FILENO))
		return hv_err_usage(e, "--format xlsx: a workbook is no text "
		    "for a terminal: give -o FILE.xlsx");
	if (o->wide && (w = hv_table_wide(t, e)) == NULL)
		return -1;
	if ((a = hv_atomic_open(path, e)) == NULL) {
		hv_table_free(w);
		return -1;
	}
	errno = 0;
	if (hv_table_write(w != NULL ? w : t, hv_atomic_fp(a), o, e) == -1) {
		int saved = errno;

		hv_atomic_abort(a);
		hv_table_free(w);
		/* a full disk, named: the file and the reason */
		if (e->kind == HV_ERR_IO)
			hv_err_io(e, path != NULL && strcmp(path, "-") != 0 ?
			    path : "standard output", "%s", saved != 0 ?
			    strerror(saved) : "write error");
		return -1;
	}
	hv_table_free(w);
	return hv_atomic_commit(a, e);
}
