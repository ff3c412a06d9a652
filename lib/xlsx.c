/* xlsx.c: a sheet of an xlsx workbook as CSV text, by libzip and expat. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <expat.h>
#include <zip.h>

#include "list.h"
#include "mem.h"
#include "num.h"
#include "period.h"
#include "table.h"
#include "xlsx.h"

#define MAX_MEMBER	(512u << 20)	/* a larger part is no KOSTRA sheet */
#define MAX_COLS	16384		/* Excel's XFD */

/* A growing text. */
struct text {
	char	*s;
	size_t	 len, cap;
};

static int
text_add(struct text *t, const char *s, size_t n)
{
	if (hv_grow(&t->s, &t->cap, t->len + n + 1, 1) == -1)
		return -1;
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
	return 0;
}

/* A list of strings. */
struct strings {
	char	**s;
	size_t	  n, cap;
};

static int
strings_add(struct strings *l, const char *s, size_t n)
{
	if (hv_grow(&l->s, &l->cap, l->n + 1, sizeof(*l->s)) == -1 ||
	    (l->s[l->n] = strndup(s, n)) == NULL)
		return -1;
	l->n++;
	return 0;
}

static void
strings_free(struct strings *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->s[i]);
	free(l->s);
	memset(l, 0, sizeof(*l));
}

int
hv_xlsx_is_zip(const unsigned char *p, size_t n)
{
	return n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0;
}

/* An attribute of an element, or NULL. */
static const char *
attr(const XML_Char **atts, const char *name)
{
	for (; atts[0] != NULL; atts += 2)
		if (strcmp(atts[0], name) == 0)
			return atts[1];
	return NULL;
}

/* The element's name without its namespace prefix (x:c is c). */
static const char *
local(const char *name)
{
	const char *colon = strrchr(name, ':');

	return colon != NULL ? colon + 1 : name;
}

/* --- the parts ----------------------------------------------------------- */

/* What one XML part is read into: the callbacks' state. */
struct part {
	int		 oom;
	/* workbook.xml */
	struct strings	 sheet_name, sheet_rid;
	int		 date1904;
	/* workbook.xml.rels */
	struct strings	 rel_id, rel_target;
	/* sharedStrings.xml */
	struct strings	*shared;
	struct text	 si;
	int		 in_si, in_t, in_rph;
	/* styles.xml */
	int		 in_numfmts, in_cellxfs;
	struct strings	 fmt_code;	/* custom formats: id, then code */
	long		*xf_fmt;
	size_t		 nxf, xf_cap;
};

static void XMLCALL
on_meta(void *data, const XML_Char *el, const XML_Char **atts)
{
	struct part *p = data;
	const char *name = local(el), *a, *b;

	if (strcmp(name, "sheet") == 0 && (a = attr(atts, "name")) != NULL &&
	    (b = attr(atts, "r:id")) != NULL) {
		if (strings_add(&p->sheet_name, a, strlen(a)) == -1 ||
		    strings_add(&p->sheet_rid, b, strlen(b)) == -1)
			p->oom = 1;
	} else if (strcmp(name, "workbookPr") == 0 &&
	    (a = attr(atts, "date1904")) != NULL) {
		p->date1904 = strcmp(a, "1") == 0 || strcmp(a, "true") == 0;
	} else if (strcmp(name, "Relationship") == 0 &&
	    (a = attr(atts, "Id")) != NULL &&
	    (b = attr(atts, "Target")) != NULL) {
		if (strings_add(&p->rel_id, a, strlen(a)) == -1 ||
		    strings_add(&p->rel_target, b, strlen(b)) == -1)
			p->oom = 1;
	} else if (strcmp(name, "numFmts") == 0) {
		p->in_numfmts = 1;
	} else if (strcmp(name, "cellXfs") == 0) {
		p->in_cellxfs = 1;
	} else if (p->in_numfmts && strcmp(name, "numFmt") == 0 &&
	    (a = attr(atts, "numFmtId")) != NULL &&
	    (b = attr(atts, "formatCode")) != NULL) {
		if (strings_add(&p->fmt_code, a, strlen(a)) == -1 ||
		    strings_add(&p->fmt_code, b, strlen(b)) == -1)
			p->oom = 1;
	} else if (p->in_cellxfs && strcmp(name, "xf") == 0) {
		a = attr(atts, "numFmtId");
		if (hv_grow(&p->xf_fmt, &p->xf_cap, p->nxf + 1,
		    sizeof(*p->xf_fmt)) == -1)
			p->oom = 1;
		else
			p->xf_fmt[p->nxf++] = a != NULL ? atol(a) : 0;
	} else if (strcmp(name, "si") == 0) {
		p->in_si = 1;
		p->si.len = 0;
		if (text_add(&p->si, "", 0) == -1)
			p->oom = 1;
	} else if (strcmp(name, "rPh") == 0) {
		p->in_rph = 1;	/* phonetic reading: not the text */
	} else if (p->in_si && strcmp(name, "t") == 0) {
		p->in_t = 1;
	}
}

static void XMLCALL
off_meta(void *data, const XML_Char *el)
{
	struct part *p = data;
	const char *name = local(el);

	if (strcmp(name, "numFmts") == 0)
		p->in_numfmts = 0;
	else if (strcmp(name, "cellXfs") == 0)
		p->in_cellxfs = 0;
	else if (strcmp(name, "t") == 0)
		p->in_t = 0;
	else if (strcmp(name, "rPh") == 0)
		p->in_rph = 0;
	else if (strcmp(name, "si") == 0 && p->in_si) {
		p->in_si = 0;
		if (p->shared != NULL && strings_add(p->shared, p->si.s,
		    p->si.len) == -1)
			p->oom = 1;
	}
}

static void XMLCALL
text_meta(void *data, const XML_Char *s, int len)
{
	struct part *p = data;

	if (p->in_si && p->in_t && !p->in_rph && text_add(&p->si, s,
	    (size_t)len) == -1)
		p->oom = 1;
}

/* A member of the zip in memory; NULL with the reason in *e, or when it
 * is not there and not required (*absent set then). */
static char *
member(zip_t *z, const char *path, size_t *len, int required, int *absent,
    const char *name, struct hv_err *e)
{
	zip_stat_t st;
	zip_file_t *f;
	char *buf;
	zip_int64_t got;
	size_t n = 0;

	*absent = 0;
	zip_stat_init(&st);
	if (zip_stat(z, path, 0, &st) == -1) {
		if (required)
			hv_err_at(e, name, 0, "a zip archive, but no Excel "
			    "workbook (no %s in it): unzip it, or save the "
			    "sheet as CSV", path);
		*absent = 1;
		return NULL;
	}
	if (!(st.valid & ZIP_STAT_SIZE) || st.size > MAX_MEMBER) {
		hv_err_at(e, name, 0, "xlsx: %s is larger than %u MB", path,
		    MAX_MEMBER >> 20);
		return NULL;
	}
	if ((buf = malloc((size_t)st.size + 1)) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	if ((f = zip_fopen(z, path, 0)) == NULL) {
		hv_err_at(e, name, 0, "xlsx: %s: %s", path, zip_strerror(z));
		free(buf);
		return NULL;
	}
	while (n < st.size && (got = zip_fread(f, buf + n, st.size - n)) > 0)
		n += (size_t)got;
	zip_fclose(f);
	if (n != st.size) {
		hv_err_at(e, name, 0, "xlsx: %s is damaged (%zu of %llu "
		    "bytes)", path, n, (unsigned long long)st.size);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Parse the XML in buf with the callbacks of h; -1 with *e. */
static int
parse(const char *buf, size_t len, void *state, XML_StartElementHandler on,
    XML_EndElementHandler off, XML_CharacterDataHandler text,
    const char *name, const char *path, int *oom, struct hv_err *e)
{
	XML_Parser x = XML_ParserCreate("UTF-8");
	int ok;

	if (x == NULL)
		return hv_err_nomem(e);
	XML_SetUserData(x, state);
	XML_SetElementHandler(x, on, off);
	XML_SetCharacterDataHandler(x, text);
	ok = XML_Parse(x, buf, (int)len, 1) == XML_STATUS_OK;
	if (!ok)
		hv_err_at(e, name, 0, "xlsx: %s: %s at line %lu", path,
		    XML_ErrorString(XML_GetErrorCode(x)),
		    (unsigned long)XML_GetCurrentLineNumber(x));
	XML_ParserFree(x);
	if (ok && *oom)
		return hv_err_nomem(e);
	return ok ? 0 : -1;
}

/* Is number format id (with the custom codes of p) a date, and with a
 * time of day? */
static int
fmt_is_date(const struct part *p, long id, int *with_time)
{
	const char *code = NULL, *c;
	size_t i;
	int date = 0, quoted = 0, bracket = 0;

	*with_time = 0;
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) ||
	    (id >= 50 && id <= 58))
		return 1;
	if (id == 22) {
		*with_time = 1;
		return 1;
	}
	for (i = 0; i + 1 < p->fmt_code.n; i += 2)
		if (atol(p->fmt_code.s[i]) == id)
			code = p->fmt_code.s[i + 1];
	if (code == NULL)
		return 0;
	for (c = code; *c != '\0'; c++) {
		if (*c == '\\' && c[1] != '\0') {
			c++;
			continue;
		}
		if (*c == '"')
			quoted = !quoted;
		else if (!quoted && *c == '[')
			bracket = 1;
		else if (!quoted && *c == ']')
			bracket = 0;
		else if (!quoted && !bracket) {
			if (strchr("dDyY", *c) != NULL)
				date = 1;
			else if (strchr("hH", *c) != NULL)
				*with_time = 1;
		}
	}
	return date;
}

/* --- the sheet ----------------------------------------------------------- */

struct cell {
	unsigned long	 col;
	char		*text;
};

struct row {
	unsigned long	 r;		/* its row number, from 1 */
	struct cell	*cell;
	size_t		 n, cap;
};

struct sheet {
	const struct part *meta;
	const struct strings *shared;
	struct row	*row;
	size_t		 n, cap;
	unsigned long	 next_r;	/* a row without r= */
	/* the cell being read */
	int		 in_c, in_v, in_t;
	unsigned long	 col, next_col;
	char		 type[16];
	long		 style;
	struct text	 v;
	int		 oom, bad;
	char		 why[160];
};

static unsigned long
ref_col(const char *ref)
{
	unsigned long col = 0;

	for (; isalpha((unsigned char)*ref); ref++)
		col = col * 26 + (unsigned long)(toupper((unsigned char)*ref) -
		    'A' + 1);
	return col;	/* 1 for A, 0 when none */
}

static void XMLCALL
on_sheet(void *data, const XML_Char *el, const XML_Char **atts)
{
	struct sheet *s = data;
	const char *name = local(el), *a;
	struct row *r;

	if (strcmp(name, "row") == 0) {
		if (hv_grow(&s->row, &s->cap, s->n + 1, sizeof(*s->row)) == -1) {
			s->oom = 1;
			return;
		}
		r = &s->row[s->n++];
		memset(r, 0, sizeof(*r));
		a = attr(atts, "r");
		r->r = a != NULL ? strtoul(a, NULL, 10) : s->next_r;
		if (r->r < s->next_r || r->r > 1048576) {
			s->bad = 1;
			snprintf(s->why, sizeof(s->why), "row %lu out of order "
			    "or past Excel's last", r->r);
		}
		s->next_r = r->r + 1;
		s->next_col = 1;
	} else if (strcmp(name, "c") == 0 && s->n > 0) {
		s->in_c = 1;
		a = attr(atts, "r");
		s->col = a != NULL ? ref_col(a) : 0;
		if (s->col == 0)
			s->col = s->next_col;
		if (s->col > MAX_COLS) {
			s->bad = 1;
			snprintf(s->why, sizeof(s->why), "a cell past column "
			    "XFD");
			s->col = MAX_COLS;
		}
		s->next_col = s->col + 1;
		a = attr(atts, "t");
		snprintf(s->type, sizeof(s->type), "%s", a != NULL ? a : "n");
		a = attr(atts, "s");
		s->style = a != NULL ? atol(a) : 0;
		s->v.len = 0;
		if (text_add(&s->v, "", 0) == -1)
			s->oom = 1;
	} else if (s->in_c && strcmp(name, "v") == 0) {
		s->in_v = 1;
	} else if (s->in_c && strcmp(name, "t") == 0) {
		s->in_t = 1;	/* an inline string's text */
	} else if (s->in_c && strcmp(name, "rPh") == 0) {
		s->in_t = -1;	/* phonetic: not the text */
	}
}

/* The cell just read as the text of a CSV field into *out. */
static int
cell_text(struct sheet *s, char **out)
{
	const char *v = s->v.s;
	char *end, buf[64];
	double d;
	long idx, day;
	int with_time;
	struct hv_period p;

	*out = NULL;
	if (strcmp(s->type, "s") == 0) {
		idx = strtol(v, &end, 10);
		if (end == v || idx < 0 || (size_t)idx >= s->shared->n) {
			s->bad = 1;
			snprintf(s->why, sizeof(s->why), "a shared string %.20s "
			    "that is not in the table", v);
			return 0;
		}
		*out = strdup(s->shared->s[idx]);
	} else if (strcmp(s->type, "b") == 0) {
		*out = strdup(strcmp(v, "1") == 0 ? "TRUE" : "FALSE");
	} else if (strcmp(s->type, "n") == 0 && *v != '\0') {
		d = strtod(v, &end);
		if (end == v || *end != '\0' || !isfinite(d)) {
			*out = strdup(v);	/* the reader will say */
		} else if (s->style >= 0 && (size_t)s->style < s->meta->nxf &&
		    fmt_is_date(s->meta, s->meta->xf_fmt[s->style],
		    &with_time) && d >= 0 && d < 2958466) {
			/* 1900: day 1 is 1900-01-01, and Lotus's 1900-02-29
			 * (day 60) is counted; 1904: day 0 is 1904-01-01 */
			day = (long)floor(d);
			if (s->meta->date1904)
				day += hv_days_from_civil(1904, 1, 1);
			else
				day += hv_days_from_civil(1899, 12, day < 61 ?
				    31 : 30);
			p = hv_date_from_days(day);
			hv_period_fmt(&p, buf, sizeof(buf));
			if (with_time) {
				long sec = lround((d - floor(d)) * 86400);

				snprintf(buf + strlen(buf), sizeof(buf) -
				    strlen(buf), "T%02ld:%02ld", sec / 3600 %
				    24, sec / 60 % 60);
			}
			*out = strdup(buf);
		} else {
			*out = strdup(hv_num_fmt(buf, sizeof(buf), d, -1,
			    HV_NUMSTYLE_C));
		}
	} else {
		*out = strdup(v);	/* str, inlineStr, e (#N/A) */
	}
	return *out == NULL ? -1 : 0;
}

static void XMLCALL
off_sheet(void *data, const XML_Char *el)
{
	struct sheet *s = data;
	const char *name = local(el);
	struct row *r;
	char *text, *nl;

	if (strcmp(name, "v") == 0) {
		s->in_v = 0;
	} else if (strcmp(name, "t") == 0 && s->in_t == 1) {
		s->in_t = 0;
	} else if (strcmp(name, "rPh") == 0) {
		s->in_t = 0;
	} else if (strcmp(name, "c") == 0 && s->in_c) {
		s->in_c = 0;
		if (cell_text(s, &text) == -1) {
			s->oom = 1;
			return;
		}
		if (text == NULL || *text == '\0') {
			free(text);
			return;
		}
		/* a line break in a cell (a header "Lørenskog\n2025") is a
		 * space: a CSV line is a sheet row */
		for (nl = text; (nl = strpbrk(nl, "\r\n")) != NULL; )
			*nl = ' ';
		r = &s->row[s->n - 1];
		if (hv_grow(&r->cell, &r->cap, r->n + 1, sizeof(*r->cell)) ==
		    -1) {
			free(text);
			s->oom = 1;
			return;
		}
		r->cell[r->n].col = s->col;
		r->cell[r->n++].text = text;
	}
}

static void XMLCALL
text_sheet(void *data, const XML_Char *t, int len)
{
	struct sheet *s = data;

	if (s->in_c && (s->in_v || s->in_t == 1) && text_add(&s->v, t,
	    (size_t)len) == -1)
		s->oom = 1;
}

/* One CSV field, by the writers' rule. */
static int
put_field(struct text *out, const char *s)
{
	return hv_csv_field(&out->s, &out->len, &out->cap, s);
}

/* The rows as CSV: the one-cell rows above the first wider one joined
 * as the title on the first line, a line per sheet row after it, up to
 * the first empty row after the table's first row of figures (what
 * follows, another table or notes, is left out and said in note). */
static int
sheet_csv(const struct sheet *s, const char *sheetname, struct text *out,
    char *note, size_t note_sz)
{
	unsigned long width = 0, line = 1, c;
	size_t i, j, first = s->n, end = s->n;
	struct text title = { NULL, 0, 0 };
	int rc = -1;

	for (i = 0; i < s->n; i++)
		if (first == s->n && s->row[i].n > 1)
			first = i;
	/* the table ends at an empty row after a row of figures: a row
	 * without a filled cell, or a gap in the row numbers */
	for (i = first + 2; i < s->n && end == s->n; i++)
		if (s->row[i - 1].n > 0 && (s->row[i].n == 0 ||
		    s->row[i].r > s->row[i - 1].r + 1))
			end = i;
	for (j = end; j < s->n && s->row[j].n == 0; j++)
		;
	if (j < s->n) {
		for (i = s->n; s->row[i - 1].n == 0; i--)
			;
		char rows[48];

		if (s->row[j].r == s->row[i - 1].r)
			snprintf(rows, sizeof(rows), "row %lu", s->row[j].r);
		else
			snprintf(rows, sizeof(rows), "rows %lu-%lu",
			    s->row[j].r, s->row[i - 1].r);
		snprintf(note, note_sz, "sheet '%s': %s left out: the table "
		    "ends at the empty row %lu (what follows is another table "
		    "or notes)", sheetname, rows, s->row[end - 1].r + 1);
	}
	for (i = 0; i < end; i++)
		for (j = 0; j < s->row[i].n; j++)
			if (s->row[i].cell[j].col > width)
				width = s->row[i].cell[j].col;
	if (text_add(out, "", 0) == -1)
		return -1;
	for (i = 0; i < first && i < s->n; i++)
		if (s->row[i].n >= 1 && ((title.len > 0 && text_add(&title, " "
		    "\xE2\x80\x93 ", 5) == -1) || text_add(&title,
		    s->row[i].cell[0].text, strlen(s->row[i].cell[0].text)) ==
		    -1))
			goto done;
	if (title.len > 0 && (put_field(out, title.s) == -1 ||
	    text_add(out, "\n", 1) == -1))
		goto done;
	if (title.len > 0)
		line = 2;
	for (i = first; i < end; i++) {
		const struct row *r = &s->row[i];

		for (; line < r->r; line++)
			if (text_add(out, "\n", 1) == -1)
				goto done;
		if (r->n == 1 && r->cell[0].col == 1) {
			/* a footnote, or a lone cell: one field */
			if (put_field(out, r->cell[0].text) == -1)
				goto done;
		} else {
			for (c = 1, j = 0; c <= width; c++) {
				if (c > 1 && text_add(out, ",", 1) == -1)
					goto done;
				if (j < r->n && r->cell[j].col == c &&
				    put_field(out, r->cell[j++].text) == -1)
					goto done;
			}
		}
		if (text_add(out, "\n", 1) == -1)
			goto done;
		line++;
	}
	rc = 0;
done:
	free(title.s);
	return rc;
}

static void
sheet_free(struct sheet *s)
{
	size_t i, j;

	for (i = 0; i < s->n; i++) {
		for (j = 0; j < s->row[i].n; j++)
			free(s->row[i].cell[j].text);
		free(s->row[i].cell);
	}
	free(s->row);
	free(s->v.s);
}

static void
part_free(struct part *p)
{
	strings_free(&p->sheet_name);
	strings_free(&p->sheet_rid);
	strings_free(&p->rel_id);
	strings_free(&p->rel_target);
	strings_free(&p->fmt_code);
	free(p->si.s);
	free(p->xf_fmt);
}

/* The path in the zip of the sheet chosen (NULL: the first), into path;
 * -1 with the sheets there are in *e. */
static int
sheet_path(const struct part *p, const char *sheet, const char *name,
    char *path, size_t sz, const char **chosen, struct hv_err *e)
{
	char list[256] = "", *end;
	const char *target;
	size_t i, k = 0;
	long n;

	if (p->sheet_name.n == 0)
		return hv_err_at(e, name, 0, "xlsx: a workbook without sheets");
	if (sheet != NULL) {
		n = strtol(sheet, &end, 10);
		if (end != sheet && *end == '\0' && n >= 1 &&
		    (size_t)n <= p->sheet_name.n) {
			k = (size_t)n - 1;
		} else {
			for (k = 0; k < p->sheet_name.n; k++)
				if (strcasecmp(p->sheet_name.s[k], sheet) == 0)
					break;
			if (k == p->sheet_name.n) {
				for (i = 0; i < p->sheet_name.n; i++) {
					char item[96];

					snprintf(item, sizeof(item), "%zu '%s'",
					    i + 1, p->sheet_name.s[i]);
					hv_list_append(list, sizeof(list), ", ",
					    item);
				}
				return hv_err_usage(e, "--sheet %s: %s has no "
				    "such sheet (its sheets: %s)", sheet, name,
				    list);
			}
		}
	}
	for (i = 0; i < p->rel_id.n; i++)
		if (strcmp(p->rel_id.s[i], p->sheet_rid.s[k]) == 0)
			break;
	if (i == p->rel_id.n)
		return hv_err_at(e, name, 0, "xlsx: sheet '%s' has no part",
		    p->sheet_name.s[k]);
	target = p->rel_target.s[i];
	*chosen = p->sheet_name.s[k];
	if (*target == '/')
		snprintf(path, sz, "%s", target + 1);
	else
		snprintf(path, sz, "xl/%s", target);
	return 0;
}

char *
hv_xlsx_csv(const void *zipdata, size_t len, const char *sheetname,
    const char *name, size_t *out_len, char *note, size_t note_sz,
    struct hv_err *e)
{
	const char *chosen = "";
	struct strings shared = { NULL, 0, 0 };
	struct part meta;
	struct sheet sh;
	struct text out = { NULL, 0, 0 };
	zip_source_t *src;
	zip_error_t zerr;
	zip_t *z = NULL;
	char *buf = NULL, path[512];
	size_t n;
	int ok = 0, absent;

	memset(&meta, 0, sizeof(meta));
	memset(&sh, 0, sizeof(sh));
	if (note_sz > 0)
		note[0] = '\0';
	zip_error_init(&zerr);
	if ((src = zip_source_buffer_create(zipdata, len, 0, &zerr)) == NULL ||
	    (z = zip_open_from_source(src, ZIP_RDONLY, &zerr)) == NULL) {
		hv_err_at(e, name, 0, "a zip archive (an xlsx workbook is one) "
		    "that does not open: %s: a damaged or cut-short file?",
		    zip_error_strerror(&zerr));
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&zerr);
		return NULL;
	}
	zip_error_fini(&zerr);
	/* the workbook's sheets, where they are, the shared strings and the
	 * cell formats */
	if ((buf = member(z, "xl/workbook.xml", &n, 1, &absent, name, e)) ==
	    NULL ||
	    parse(buf, n, &meta, on_meta, off_meta, text_meta, name,
	    "xl/workbook.xml", &meta.oom, e) == -1)
		goto done;
	free(buf);
	if ((buf = member(z, "xl/_rels/workbook.xml.rels", &n, 1, &absent,
	    name, e)) == NULL || parse(buf, n, &meta, on_meta, off_meta, text_meta, name,
	    "xl/_rels/workbook.xml.rels", &meta.oom, e) == -1)
		goto done;
	free(buf);
	meta.shared = &shared;
	if ((buf = member(z, "xl/sharedStrings.xml", &n, 0, &absent, name,
	    e)) != NULL && parse(buf, n, &meta, on_meta, off_meta, text_meta,
	    name, "xl/sharedStrings.xml", &meta.oom, e) == -1)
		goto done;
	if (buf == NULL && !absent)
		goto done;
	free(buf);
	meta.shared = NULL;
	if ((buf = member(z, "xl/styles.xml", &n, 0, &absent, name, e)) !=
	    NULL && parse(buf, n, &meta, on_meta, off_meta, text_meta, name,
	    "xl/styles.xml", &meta.oom, e) == -1)
		goto done;
	if (buf == NULL && !absent)
		goto done;
	free(buf);
	buf = NULL;
	if (sheet_path(&meta, sheetname, name, path, sizeof(path), &chosen,
	    e) == -1)
		goto done;
	sh.meta = &meta;
	sh.shared = &shared;
	sh.next_r = 1;
	if ((buf = member(z, path, &n, 1, &absent, name, e)) == NULL ||
	    parse(buf, n, &sh, on_sheet, off_sheet, text_sheet, name, path,
	    &sh.oom, e) == -1)
		goto done;
	if (sh.bad) {
		hv_err_at(e, name, 0, "xlsx: %s: %s", path, sh.why);
		goto done;
	}
	if (sheet_csv(&sh, chosen, &out, note, note_sz) == -1) {
		hv_err_nomem(e);
		goto done;
	}
	ok = 1;
done:
	free(buf);
	sheet_free(&sh);
	part_free(&meta);
	strings_free(&shared);
	zip_discard(z);		/* read only: nothing to write back */
	if (!ok) {
		free(out.s);
		return NULL;
	}
	*out_len = out.len;
	return out.s;
}
