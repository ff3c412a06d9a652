/* px.c: PX (PC-Axis) files into the dataset JSON-stat gives. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"
#include "num.h"
#include "px.h"
#include "table.h"
#include "utf8.h"

#define MAX_PX	(512u << 20)	/* a larger file is not an SSB table */

/* One KEYWORD[lang]("sub","sub")=item,item; of the metadata. */
struct px_kw {
	char		 *name, *lang;
	char		 *sub[2];
	size_t		  nsub;
	char		**item;
	size_t		  nitem, cap;
	unsigned long	  line;
};

struct px {
	const char	*file;
	char		*text;		/* the file in UTF-8, NUL-terminated */
	const char	*p;		/* where the parse is */
	unsigned long	 line;
	struct px_kw	*kw;
	size_t		 nkw, cap;
	const char	*lang;		/* LANGUAGE, or NULL */
};

int
hv_px_is(const unsigned char *p, size_t n)
{
	static const char *const first[] = { "CHARSET", "AXIS-VERSION",
	    "CODEPAGE", "LANGUAGE", "LANGUAGES", "CREATION-DATE", "MATRIX",
	    "DECIMALS", "SHOWDECIMALS", "SUBJECT-CODE", "TITLE", NULL };
	size_t i, k;

	while (n > 0 && isspace(*p))
		p++, n--;
	for (i = 0; i < n && i < 40 && (isupper(p[i]) || p[i] == '-'); i++)
		;
	if (i == 0 || i >= n || (p[i] != '=' && p[i] != '['))
		return 0;
	for (k = 0; first[k] != NULL; k++)
		if (strlen(first[k]) == i && memcmp(p, first[k], i) == 0)
			return 1;
	return 0;
}

static void
kw_free(struct px_kw *k)
{
	size_t i;

	free(k->name);
	free(k->lang);
	free(k->sub[0]);
	free(k->sub[1]);
	for (i = 0; i < k->nitem; i++)
		free(k->item[i]);
	free(k->item);
}

static void
skip_blank(struct px *px)
{
	while (isspace((unsigned char)*px->p)) {
		if (*px->p == '\n')
			px->line++;
		px->p++;
	}
}

static int
syntax(struct px *px, const char *what, struct hv_err *e)
{
	char q[40];
	size_t n = strcspn(px->p, "\r\n");

	if (*px->p == '\0')
		return hv_err_at(e, px->file, px->line, "PX: %s, found the end "
		    "of the file", what);
	return hv_err_at(e, px->file, px->line, "PX: %s, found '%s'", what,
	    hv_err_quote(px->p, n, q, 24));
}

/* A quoted string at px->p, and those right after it ("a" "b" on the
 * next line is "ab"), into *out. */
static int
read_string(struct px *px, char **out, struct hv_err *e)
{
	char *s = NULL, *end;
	size_t len = 0, cap = 0, n;

	while (*px->p == '"') {
		if ((end = strchr(px->p + 1, '"')) == NULL) {
			free(s);
			return syntax(px, "a string without its closing quote", e);
		}
		n = (size_t)(end - px->p - 1);
		if (hv_grow(&s, &cap, len + n + 1, 1) == -1) {
			free(s);
			return hv_err_nomem(e);
		}
		memcpy(s + len, px->p + 1, n);
		len += n;
		s[len] = '\0';
		for (; px->p < end; px->p++)
			if (*px->p == '\n')
				px->line++;
		px->p = end + 1;
		/* the next line may go on with the string */
		{
			const char *save = px->p;
			unsigned long line = px->line;

			skip_blank(px);
			if (*px->p != '"') {
				px->p = save;
				px->line = line;
			}
		}
	}
	if (s == NULL && (s = strdup("")) == NULL)
		return hv_err_nomem(e);
	*out = s;
	return 0;
}

static int
add_item(struct px_kw *k, char *s, struct hv_err *e)
{
	if (hv_grow(&k->item, &k->cap, k->nitem + 1, sizeof(*k->item)) ==
	    -1) {
		free(s);
		return hv_err_nomem(e);
	}
	k->item[k->nitem++] = s;
	return 0;
}

/* A bare item (a number, YES, TLIST(A1, "1994"-"1996")) up to a comma,
 * a semicolon or a blank outside parentheses. */
static int
read_bare(struct px *px, struct px_kw *k, struct hv_err *e)
{
	const char *start = px->p;
	int depth = 0;
	char *s;

	for (; *px->p != '\0'; px->p++) {
		if (*px->p == '(')
			depth++;
		else if (*px->p == ')' && depth > 0)
			depth--;
		else if (depth == 0 && (*px->p == ',' || *px->p == ';' ||
		    isspace((unsigned char)*px->p)))
			break;
		else if (*px->p == '\n')
			px->line++;
	}
	if ((s = strndup(start, (size_t)(px->p - start))) == NULL)
		return hv_err_nomem(e);
	return add_item(k, s, e);
}

/* One keyword and its values into k; 1 when it is DATA (px->p then at
 * the first cell), 0 for another, -1 with the reason in *e. */
static int
read_keyword(struct px *px, struct px_kw *k, struct hv_err *e)
{
	const char *start;
	char *s;

	memset(k, 0, sizeof(*k));
	skip_blank(px);
	k->line = px->line;
	if (*px->p == '\0')
		return hv_err_at(e, px->file, px->line, "PX: the file ends "
		    "before DATA (its metadata only, or cut short)");
	for (start = px->p; isalnum((unsigned char)*px->p) || *px->p == '-' ||
	    *px->p == '_'; px->p++)
		;
	if (px->p == start)
		return syntax(px, "a keyword expected", e);
	if ((k->name = strndup(start, (size_t)(px->p - start))) == NULL)
		return hv_err_nomem(e);
	if (*px->p == '[') {
		start = ++px->p;
		while (*px->p != '\0' && *px->p != ']' && *px->p != '\n')
			px->p++;
		if (*px->p != ']')
			return syntax(px, "a language ending in ']'", e);
		if ((k->lang = strndup(start, (size_t)(px->p - start))) ==
		    NULL)
			return hv_err_nomem(e);
		px->p++;
	}
	if (*px->p == '(') {
		px->p++;
		for (;;) {
			skip_blank(px);
			if (*px->p != '"')
				return syntax(px, "a quoted name in ( )", e);
			if (read_string(px, &s, e) == -1)
				return -1;
			if (k->nsub < 2)
				k->sub[k->nsub++] = s;
			else
				free(s);
			skip_blank(px);
			if (*px->p == ')')
				break;
			if (*px->p != ',')
				return syntax(px, "',' or ')' after a name", e);
			px->p++;
		}
		px->p++;
	}
	skip_blank(px);
	if (*px->p != '=')
		return syntax(px, "'=' after a keyword", e);
	px->p++;
	if (strcmp(k->name, "DATA") == 0)
		return 1;
	for (;;) {
		skip_blank(px);
		if (*px->p == ';')
			break;
		if (*px->p == '"') {
			if (read_string(px, &s, e) == -1 || add_item(k, s, e) ==
			    -1)
				return -1;
		} else if (*px->p == '\0' || *px->p == ',') {
			return syntax(px, "a value", e);
		} else if (read_bare(px, k, e) == -1) {
			return -1;
		}
		skip_blank(px);
		if (*px->p == ';')
			break;
		if (*px->p != ',')
			return syntax(px, "',' or ';' after a value", e);
		px->p++;
	}
	px->p++;
	return 0;
}

/* The keyword name("sub") in the file's own language, or NULL. */
static const struct px_kw *
find(const struct px *px, const char *name, const char *sub)
{
	const struct px_kw *found = NULL, *k;
	size_t i;

	for (i = 0; i < px->nkw; i++) {
		k = &px->kw[i];
		if (strcmp(k->name, name) != 0 || (sub == NULL) !=
		    (k->nsub == 0) || (sub != NULL && strcmp(k->sub[0], sub) !=
		    0))
			continue;
		if (k->lang == NULL)
			return k;
		if (px->lang != NULL && strcasecmp(k->lang, px->lang) == 0 &&
		    found == NULL)
			found = k;
	}
	return found;
}

/* The text of path in UTF-8: as it is when CODEPAGE says UTF-8 or its
 * bytes are, else converted from Windows-1252. */
static char *
to_utf8(const char *file, char *buf, size_t len, struct hv_err *e)
{
	const char *cp = strstr(buf, "CODEPAGE=\"");
	int utf8 = cp != NULL && strncasecmp(cp + 10, "utf", 3) == 0;
	size_t tail, ok = hv_utf8_check((unsigned char *)buf, len, &tail);
	size_t bad;
	char *out;

	if (ok == len && tail == 0)
		return buf;
	if (utf8) {
		hv_err_at(e, file, 0, "PX: CODEPAGE says UTF-8, but byte %zu "
		    "is not", ok + 1);
		free(buf);
		return NULL;
	}
	out = hv_utf8_from_cp1252(buf, len, &bad);
	free(buf);
	if (out == NULL && bad == len)
		hv_err_nomem(e);
	else if (out == NULL)
		/* the five bytes Windows-1252 leaves undefined */
		hv_err_at(e, file, 0, "PX: byte %zu is neither UTF-8 nor "
		    "Windows-1252", bad + 1);
	return out;
}

/* The cell written as tok (len bytes): a number, or one of PX's symbols
 * shown as the file's DATASYMBOL keywords say. */
static int
read_cell(struct px *px, struct hv_jsonstat *js, size_t i, const char *tok,
    size_t len, int quoted, struct hv_err *e)
{
	static const char *const dots_kw[] = { "DATASYMBOL1", "DATASYMBOL2",
	    "DATASYMBOL3", "DATASYMBOL4", "DATASYMBOL5", "DATASYMBOL6" };
	const struct px_kw *k;
	const char *shown;
	struct hv_num n;
	char q[40], sym[8];
	size_t dots;
	enum hv_sym s;

	for (dots = 0; dots < len && tok[dots] == '.'; dots++)
		;
	if ((dots == len && dots >= 1 && dots <= 6) || (len == 1 &&
	    *tok == '-')) {
		k = find(px, dots == len ? dots_kw[dots - 1] : "DATASYMBOLNIL",
		    NULL);
		snprintf(sym, sizeof(sym), "%.*s", (int)len, tok);
		shown = k != NULL && k->nitem == 1 ? k->item[0] : sym;
		if (js->status == NULL && (js->status = calloc(js->ncells,
		    sizeof(*js->status))) == NULL)
			return hv_err_nomem(e);
		if ((js->status[i] = strdup(shown)) == NULL)
			return hv_err_nomem(e);
		/* nil is a 0; the dots are no value, whatever they show */
		s = *tok == '-' ? HV_SYM_NIL : HV_SYM_MISSING;
		js->value[i] = 0;
		js->has_value[i] = s == HV_SYM_NIL;
		return 0;
	}
	if (!quoted && hv_num_simple(tok, len, &js->value[i])) {
		js->has_value[i] = 1;
		return 0;
	}
	if (quoted || hv_num_parse(tok, len, &n, e) == -1 || n.sym !=
	    HV_SYM_NONE)
		return hv_err_at(e, px->file, px->line, "PX: DATA: cell %zu, "
		    "'%s', is no number or symbol (\".\" to \"......\", "
		    "\"-\")", i + 1, hv_err_quote(tok, len, q, 24));
	js->value[i] = n.v;
	js->has_value[i] = 1;
	return 0;
}

/* The next token of DATA: a quoted symbol or a bare number; 0 at the ';'
 * that ends it, -1 at the end of the file. */
static int
next_token(struct px *px, const char **tok, size_t *len, int *quoted)
{
	const char *end;

	skip_blank(px);
	if (*px->p == ';' || *px->p == '\0')
		return *px->p == ';' ? 0 : -1;
	if ((*quoted = *px->p == '"')) {
		if ((end = strchr(px->p + 1, '"')) == NULL)
			return -1;
		*tok = px->p + 1;
		*len = (size_t)(end - px->p - 1);
		px->p = end + 1;
		return 1;
	}
	*tok = px->p;
	while (*px->p != '\0' && *px->p != ';' && *px->p != '"' &&
	    !isspace((unsigned char)*px->p))
		px->p++;
	*len = (size_t)(px->p - *tok);
	return 1;
}

/* The index of the category of d written as tok in a KEYS line, by its
 * code or its label; -1 when none. */
static long
key_index(const struct hv_jsdim *d, const char *tok, size_t len, int codes)
{
	size_t c;

	for (c = 0; c < d->size; c++) {
		const char *s = codes ? d->code[c] : d->catlabel[c];

		if (strlen(s) == len && memcmp(s, tok, len) == 0)
			return (long)c;
	}
	return -1;
}

/* DATA in the KEYS form: a line per row, the stub's keys first ("0301",
 * "2024",), its cells after them; the rows not given are 0. */
static int
read_keys_data(struct px *px, struct hv_jsonstat *js, size_t nstub,
    const int *codes, struct hv_err *e)
{
	const char *tok;
	size_t len, d, c, row, ncols = 1, nrows = 1;
	unsigned char *seen;
	int quoted, got, rc = -1;
	long at;
	char q[40];

	for (d = nstub; d < js->ndims; d++)
		ncols *= js->dim[d].size;
	nrows = ncols > 0 ? js->ncells / ncols : 0;
	for (c = 0; c < js->ncells; c++)
		js->has_value[c] = 1;	/* 0 unless given */
	/* a row given twice would have the second's cells over the
	 * first's (and the first's symbols beside them): refused */
	if ((seen = calloc(nrows + 1, 1)) == NULL)
		return hv_err_nomem(e);
	for (;;) {
		for (d = 0, row = 0; d < nstub; d++) {
			if ((got = next_token(px, &tok, &len, &quoted)) == 0 &&
			    d == 0) {
				rc = 0;
				goto done;
			}
			if (got != 1 || !quoted) {
				syntax(px, "DATA (KEYS): a quoted key", e);
				goto done;
			}
			if ((at = key_index(&js->dim[d], tok, len,
			    codes[d])) < 0) {
				hv_err_at(e, px->file, px->line, "PX: DATA "
				    "(KEYS): '%s' is no %s of '%s'",
				    hv_err_quote(tok, len, q, 24), codes[d] ?
				    "code" : "value", js->dim[d].label);
				goto done;
			}
			row = row * js->dim[d].size + (size_t)at;
			skip_blank(px);
			if (*px->p == ',')
				px->p++;
		}
		if (row >= nrows) {
			syntax(px, "DATA (KEYS): a row", e);
			goto done;
		}
		if (seen[row]) {
			hv_err_at(e, px->file, px->line, "PX: DATA (KEYS): the "
			    "row of these keys is given twice");
			goto done;
		}
		seen[row] = 1;
		for (c = 0; c < ncols; c++) {
			if (next_token(px, &tok, &len, &quoted) != 1) {
				syntax(px, "DATA (KEYS): a row's cells", e);
				goto done;
			}
			if (read_cell(px, js, row * ncols + c, tok, len, quoted,
			    e) == -1)
				goto done;
		}
	}
done:
	free(seen);
	return rc;
}

static int
read_dense_data(struct px *px, struct hv_jsonstat *js, struct hv_err *e)
{
	const char *tok;
	size_t len, i = 0;
	int quoted, got;

	while ((got = next_token(px, &tok, &len, &quoted)) == 1) {
		if (i == js->ncells)
			return hv_err_at(e, px->file, px->line, "PX: DATA has "
			    "more than the %zu cells the variables make",
			    js->ncells);
		if (read_cell(px, js, i++, tok, len, quoted, e) == -1)
			return -1;
	}
	if (got == -1)
		return syntax(px, "DATA ending in ';'", e);
	if (i < js->ncells)
		return hv_err_at(e, px->file, px->line, "PX: DATA has %zu cells "
		    "where the variables make %zu", i, js->ncells);
	return 0;
}

/* The dimension of variable name into d; codes[0]: its KEYS are codes. */
static int
make_dim(struct px *px, const char *name, struct hv_jsdim *d, int *codes,
    struct hv_err *e)
{
	const struct px_kw *values, *cds, *k;
	const char *cont;
	size_t c;

	if ((values = find(px, "VALUES", name)) == NULL || values->nitem == 0)
		return hv_err_at(e, px->file, 0, "PX: no VALUES for the "
		    "variable '%s'", name);
	cds = find(px, "CODES", name);
	if (cds != NULL && cds->nitem != values->nitem)
		return hv_err_at(e, px->file, cds->line, "PX: %zu CODES for "
		    "the %zu VALUES of '%s'", cds->nitem, values->nitem, name);
	k = find(px, "VARIABLECODE", name);
	d->id = strdup(k != NULL && k->nitem == 1 ? k->item[0] : name);
	d->label = strdup(name);
	d->size = values->nitem;
	d->code = calloc(d->size, sizeof(*d->code));
	d->catlabel = calloc(d->size, sizeof(*d->catlabel));
	if (d->id == NULL || d->label == NULL || d->code == NULL ||
	    d->catlabel == NULL)
		return hv_err_nomem(e);
	for (c = 0; c < d->size; c++)
		if ((d->code[c] = strdup(cds != NULL ? cds->item[c] :
		    values->item[c])) == NULL || (d->catlabel[c] =
		    strdup(values->item[c])) == NULL)
			return hv_err_nomem(e);
	k = find(px, "CONTVARIABLE", NULL);
	cont = k != NULL && k->nitem == 1 ? k->item[0] : NULL;
	k = find(px, "VARIABLE-TYPE", name);
	if (find(px, "TIMEVAL", name) != NULL || (k != NULL && k->nitem == 1 &&
	    strcasecmp(k->item[0], "T") == 0))
		d->role = HV_JS_ROLE_TIME;
	else if (cont != NULL && strcmp(cont, name) == 0)
		d->role = HV_JS_ROLE_METRIC;
	else if (find(px, "MAP", name) != NULL || (k != NULL && k->nitem ==
	    1 && strcasecmp(k->item[0], "G") == 0))
		d->role = HV_JS_ROLE_GEO;
	k = find(px, "KEYS", name);
	*codes = k != NULL && k->nitem == 1 && strcasecmp(k->item[0],
	    "CODES") == 0;
	return 0;
}

/* The notes of the file's own language, in order: NOTE and NOTEX of the
 * table ("text") or of a variable ("region: text"), VALUENOTE and
 * VALUENOTEX of a value ("region Frosta: text"); the X ones are to be
 * shown.  -1 when out of memory. */
static int
read_notes(const struct px *px, struct hv_jsonstat *js)
{
	const struct px_kw *k;
	size_t i, j, n = 0, len;
	char *s;
	int x;

	for (i = 0; i < px->nkw; i++)
		n += strncmp(px->kw[i].name, "NOTE", 4) == 0 ||
		    strncmp(px->kw[i].name, "VALUENOTE", 9) == 0;
	if (n == 0)
		return 0;
	if ((js->note = calloc(n, sizeof(*js->note))) == NULL ||
	    (js->note_shown = calloc(n, 1)) == NULL)
		return -1;
	for (i = 0; i < px->nkw; i++) {
		k = &px->kw[i];
		if (strcmp(k->name, "NOTE") == 0 || strcmp(k->name, "NOTEX") ==
		    0)
			x = k->name[4] == 'X';
		else if (strcmp(k->name, "VALUENOTE") == 0 ||
		    strcmp(k->name, "VALUENOTEX") == 0)
			x = k->name[9] == 'X';
		else
			continue;
		if (k->lang != NULL && (px->lang == NULL ||
		    strcasecmp(k->lang, px->lang) != 0))
			continue;
		for (j = 0, len = 0; j < k->nitem; j++)
			len += strlen(k->item[j]) + 1;
		for (j = 0; j < k->nsub; j++)
			len += strlen(k->sub[j]) + 2;
		if ((s = malloc(len + 1)) == NULL)
			return -1;
		s[0] = '\0';
		for (j = 0; j < k->nsub; j++) {
			strcat(s, k->sub[j]);
			strcat(s, j + 1 < k->nsub ? " " : ": ");
		}
		for (j = 0; j < k->nitem; j++) {
			if (j > 0)
				strcat(s, " ");
			strcat(s, k->item[j]);
		}
		js->note[js->nnote] = s;
		js->note_shown[js->nnote++] = (unsigned char)x;
	}
	return 0;
}

static struct hv_jsonstat *
build(struct px *px, struct hv_err *e)
{
	const struct px_kw *stub, *heading, *k;
	struct hv_jsonstat *js;
	size_t nstub, nhead, d, len = strlen(px->text);
	int *codes = NULL, keys = 0;

	stub = find(px, "STUB", NULL);
	heading = find(px, "HEADING", NULL);
	nstub = stub != NULL ? stub->nitem : 0;
	nhead = heading != NULL ? heading->nitem : 0;
	if (nstub + nhead == 0) {
		hv_err_at(e, px->file, 0, "PX: neither STUB nor HEADING names "
		    "a variable");
		return NULL;
	}
	if ((js = calloc(1, sizeof(*js))) == NULL ||
	    (js->dim = calloc(nstub + nhead, sizeof(*js->dim))) == NULL ||
	    (codes = calloc(nstub + nhead, sizeof(*codes))) == NULL)
		goto oom;
	js->ndims = nstub + nhead;
	k = find(px, "TITLE", NULL);
	if ((js->label = strdup(k != NULL && k->nitem > 0 ? k->item[0] : ""))
	    == NULL)
		goto oom;
	js->ncells = 1;
	for (d = 0; d < js->ndims; d++) {
		if (make_dim(px, d < nstub ? stub->item[d] :
		    heading->item[d - nstub], &js->dim[d], &codes[d], e) == -1)
			goto fail;
		if (js->dim[d].size > 0 && js->ncells > SIZE_MAX /
		    js->dim[d].size) {
			hv_err_at(e, px->file, 0, "PX: the variables make more "
			    "cells than can be counted");
			goto fail;
		}
		js->ncells *= js->dim[d].size;
		keys |= d < nstub && find(px, "KEYS", js->dim[d].label) != NULL;
	}
	/* as for JSON-stat: a file that declares far more cells than it can
	 * hold (KEYS leave rows out) is refused before they are made */
	if (js->ncells / 16 > len + 4096) {
		hv_err_at(e, px->file, 0, "PX: %zu cells declared in a file of "
		    "%zu bytes: more than it can hold", js->ncells, len);
		goto fail;
	}
	if ((js->value = calloc(js->ncells + 1, sizeof(*js->value))) == NULL ||
	    (js->has_value = calloc(js->ncells + 1, 1)) == NULL)
		goto oom;
	if ((keys ? read_keys_data(px, js, nstub, codes, e) :
	    read_dense_data(px, js, e)) == -1)
		goto fail;
	if (read_notes(px, js) == -1)
		goto oom;
	free(codes);
	return js;
oom:
	hv_err_nomem(e);
fail:
	free(codes);
	hv_jsonstat_free(js);
	return NULL;
}

/* The bytes of s into t as they are; -1 when out of memory. */
static int
put_raw(char **t, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);

	if (hv_grow(t, cap, *len + n + 1, 1) == -1)
		return -1;
	memcpy(*t + *len, s, n + 1);
	*len += n;
	return 0;
}

char *
hv_px_csv(const struct hv_jsonstat *js, const char *name, size_t *len,
    struct hv_err *e)
{
	char *t = NULL, num[64];
	size_t cap = 0, d, i, *pos = NULL, tim = js->ndims;
	int first;

	*len = 0;
	for (d = 0; d < js->ndims; d++)
		if (js->dim[d].role == HV_JS_ROLE_TIME && tim == js->ndims)
			tim = d;
	if (tim == js->ndims) {
		hv_err_at(e, name, 0, "PX: no time variable (TIMEVAL, or "
		    "VARIABLE-TYPE \"T\")");
		return NULL;
	}
	if ((pos = calloc(js->ndims + 1, sizeof(*pos))) == NULL)
		goto oom;
	for (d = 0, first = 1; d < js->ndims; d++) {
		if (d == tim)
			continue;
		if ((!first && put_raw(&t, len, &cap, ",") == -1) ||
		    hv_csv_field(&t, len, &cap, js->dim[d].label) == -1)
			goto oom;
		first = 0;
	}
	if (put_raw(&t, len, &cap, first ? "period,value,status\n" :
	    ",period,value,status\n") == -1)
		goto oom;
	for (i = 0; i < js->ncells; i++) {
		hv_jsonstat_pos(js, i, pos);
		for (d = 0, first = 1; d < js->ndims; d++) {
			if (d == tim)
				continue;
			if ((!first && put_raw(&t, len, &cap, ",") == -1) ||
			    hv_csv_field(&t, len, &cap,
			    js->dim[d].catlabel[pos[d]]) == -1)
				goto oom;
			first = 0;
		}
		if ((!first && put_raw(&t, len, &cap, ",") == -1) ||
		    hv_csv_field(&t, len, &cap, js->dim[tim].code[pos[tim]]) == -1 ||
		    put_raw(&t, len, &cap, ",") == -1 ||
		    hv_csv_field(&t, len, &cap, js->has_value[i] ? hv_num_fmt(num,
		    sizeof(num), js->value[i], -1, HV_NUMSTYLE_C) : "") == -1 ||
		    put_raw(&t, len, &cap, ",") == -1 ||
		    hv_csv_field(&t, len, &cap, js->status != NULL &&
		    js->status[i] != NULL ? js->status[i] : "") == -1 ||
		    put_raw(&t, len, &cap, "\n") == -1)
			goto oom;
	}
	free(pos);
	return t;
oom:
	free(pos);
	free(t);
	hv_err_nomem(e);
	return NULL;
}

struct hv_jsonstat *
hv_px_read(struct hv_input *in, struct hv_err *e)
{
	struct hv_jsonstat *js = NULL;
	struct px px;
	struct px_kw k;
	size_t len, i;
	char *buf;
	int got;

	memset(&px, 0, sizeof(px));
	px.file = in->name;
	px.line = 1;
	if ((buf = hv_input_slurp(in, MAX_PX, &len, e)) == NULL)
		return NULL;
	if ((px.text = to_utf8(in->name, buf, len, e)) == NULL)
		return NULL;
	px.p = px.text;
	while ((got = read_keyword(&px, &k, e)) == 0) {
		if (hv_grow(&px.kw, &px.cap, px.nkw + 1, sizeof(*px.kw)) ==
		    -1) {
			kw_free(&k);
			hv_err_nomem(e);
			goto done;
		}
		px.kw[px.nkw++] = k;
		if (strcmp(k.name, "LANGUAGE") == 0 && k.nitem == 1 &&
		    k.lang == NULL)
			px.lang = k.item[0];
	}
	kw_free(&k);
	if (got == 1)
		js = build(&px, e);
done:
	for (i = 0; i < px.nkw; i++)
		kw_free(&px.kw[i]);
	free(px.kw);
	free(px.text);
	return js;
}
