/*
 * iplos-columns.c: which column of an extract is which canonical column.
 * A header named as the canonical column is it; --columns maps others,
 * as a list (person_id=Pasient,start_date=Fra) or a file (@FILE, one
 * pair a line), so that a municipality keeps its EPJ's mapping beside
 * its extract.  A header missing is reported with every other missing
 * one, each with the header that looks like it, if any.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "iplos-int.h"
#include "list.h"
#include "utf8.h"

static const struct {
	const char	*name;
	int		 required;
	/* headers EPJ exports use for it, in their loose form (utf8.h) */
	const char	*like[13];	/* ended by NULL */
} columns[NCOLS] = {
	{ "person_id", 1, { "pasient", "pasient-id", "pasientid",
	    "pasientnummer", "person", "person-id", "personid", "bruker",
	    "bruker-id", "brukerid", "pseudonym", "id" } },
	{ "birth_year", 1, { "f\xC3\xB8" "dsels\xC3\xA5r", "fodselsar",
	    "fodselsaar", "f\xC3\xB8" "dt", "f\xC3\xB8" "dd", "f\xC3\xB8"
	    "dsels\xC3\xA5r/dato", "f\xC3\xB8" "dselsdato", "fodselsdato",
	    "alder" } },
	{ "sex", 1, { "kj\xC3\xB8nn", "kjonn", "kj\xC3\xB8nn kode" } },
	{ "district", 0, { "bydel", "sone", "distrikt", "omr\xC3\xA5" "de",
	    "omrade", "enhet", "tjenestested" } },
	{ "service", 1, { "tjeneste", "tjenestetype", "tjenestenavn",
	    "tjenestekode", "tjeneste navn", "vedtakstype", "iplos-tjeneste",
	    "tjenester" } },
	{ "decision_date", 0, { "vedtaksdato", "vedtatt", "vedtak dato",
	    "dato vedtak", "vedtak" } },
	{ "start_date", 1, { "startdato", "fra", "fra dato", "fradato",
	    "gyldig fra", "fom", "f.o.m", "start", "fra og med" } },
	{ "end_date", 1, { "sluttdato", "til", "til dato", "tildato",
	    "gyldig til", "tom", "t.o.m", "slutt", "til og med" } },
	{ "hours_per_week", 0, { "timer per uke", "timer pr uke",
	    "timer pr. uke", "timer/uke", "timer i uken", "timer",
	    "timer per uke (vedtak)" } },
};

#define COLUMNS_FILE_MAX	((size_t)1 << 20)

/* The canonical column named by the n bytes at s, or -1. */
static int
column_named(const char *s, size_t n)
{
	int c;

	for (c = 0; c < NCOLS; c++)
		if (strlen(columns[c].name) == n &&
		    strncmp(s, columns[c].name, n) == 0)
			return c;
	return -1;
}

/* "person_id, birth_year, ..." */
static void
column_list(char *buf, size_t sz)
{
	int c;

	buf[0] = '\0';
	for (c = 0; c < NCOLS; c++)
		hv_list_append(buf, sz, ", ", columns[c].name);
}

/* Leave the blanks out at either end of [*s, *end). */
static void
trim(const char **s, const char **end)
{
	while (*s < *end && (**s == ' ' || **s == '\t'))
		(*s)++;
	while (*end > *s && ((*end)[-1] == ' ' || (*end)[-1] == '\t' ||
	    (*end)[-1] == '\r'))
		(*end)--;
}

/*
 * One NAME=HEADER, len bytes at pair, into ip->colname: from, for
 * messages, is "--columns" or "FILE:LINE".  Blanks around either side
 * are left out.  0, or -1 with a usage error.
 */
static int
column_pair(struct hv_iplos *ip, const char *pair, size_t len,
    const char *from, struct hv_err *e)
{
	const char *end = pair + len, *eq = memchr(pair, '=', len);
	const char *name = pair, *name_end, *h, *h_end = end;
	char list[256];
	int c;

	if (eq == NULL)
		return hv_err_usage(e, "%s: '%.*s' is not NAME=HEADER", from,
		    (int)len, pair);
	name_end = eq;
	trim(&name, &name_end);
	h = eq + 1;
	trim(&h, &h_end);
	if ((c = column_named(name, (size_t)(name_end - name))) < 0) {
		column_list(list, sizeof(list));
		return hv_err_usage(e, "%s: unknown column '%.*s' (%s)", from,
		    (int)(name_end - name), name, list);
	}
	if (h == h_end)
		return hv_err_usage(e, "%s: no header given for %s", from,
		    columns[c].name);
	if (ip->colname[c] != NULL)
		return hv_err_usage(e, "%s: %s is given twice ('%s' and "
		    "'%.*s')", from, columns[c].name, ip->colname[c],
		    (int)(h_end - h), h);
	if ((ip->colname[c] = strndup(h, (size_t)(h_end - h))) == NULL)
		return hv_err_nomem(e);
	return 0;
}

/* A comma list of pairs. */
static int
columns_list(struct hv_iplos *ip, const char *list, struct hv_err *e)
{
	const char *p = list, *comma;

	for (;;) {
		comma = strchr(p, ',');
		if (column_pair(ip, p, comma != NULL ? (size_t)(comma - p) :
		    strlen(p), "--columns", e) == -1)
			return -1;
		if (comma == NULL)
			return 0;
		p = comma + 1;
	}
}

/* A file of pairs: one a line, blank lines and lines starting with '#'
 * left out; UTF-8 (a BOM skipped) or Windows-1252, as the readers take
 * text. */
static int
columns_file(struct hv_iplos *ip, const char *path, struct hv_err *e)
{
	struct hv_input in;
	char *text, *utf8, from[300];
	const char *p, *nl, *a, *b;
	size_t len, tail, bad;
	unsigned long line;
	int rc = 0;

	if (hv_input_open(&in, path, e) == -1) {
		hv_err_prefix(e, "--columns");
		return -1;
	}
	text = hv_input_slurp(&in, COLUMNS_FILE_MAX, &len, e);
	hv_input_close(&in);
	if (text == NULL)
		return -1;
	if (hv_utf8_check((const unsigned char *)text, len, &tail) != len ||
	    tail != 0) {
		utf8 = hv_utf8_from_cp1252(text, len, &bad);
		free(text);
		if (utf8 == NULL && bad == len)
			return hv_err_nomem(e);
		if (utf8 == NULL)
			return hv_err_at(e, path, 0, "byte %zu is neither UTF-8 "
			    "nor Windows-1252", bad + 1);
		text = utf8;
	}
	p = text;
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	for (line = 1; rc == 0 && *p != '\0'; line++, p = nl + (*nl != '\0')) {
		if ((nl = strchr(p, '\n')) == NULL)
			nl = p + strlen(p);
		a = p;
		b = nl;
		trim(&a, &b);
		if (a == b || *a == '#')
			continue;
		snprintf(from, sizeof(from), "%s:%lu", path, line);
		rc = column_pair(ip, a, (size_t)(b - a), from, e);
	}
	free(text);
	return rc;
}

int
hv_iplos_columns_parse(struct hv_iplos *ip, struct hv_err *e)
{
	size_t i;
	int rc;

	for (i = 0; i < ip->o.ncolumns; i++) {
		if (ip->o.columns[i][0] == '@')
			rc = columns_file(ip, ip->o.columns[i] + 1, e);
		else
			rc = columns_list(ip, ip->o.columns[i], e);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/* The header of r that looks like canonical column c, or -1: one whose
 * loose form is one of the column's usual names. */
static int
header_like(const struct hv_reader *r, int c)
{
	const struct hv_row *h = hv_reader_header(r);
	size_t i;

	for (i = 0; i < h->n; i++)
		if (hv_utf8_loose_in(h->field[i], h->len[i], columns[c].like))
			return (int)i;
	return -1;
}

/* Is column c needed by what ip counts? */
static int
needed(const struct hv_iplos *ip, int c)
{
	unsigned m = ip->o.measures;

	return columns[c].required ||
	    (c == C_DISTRICT && (ip->o.by & HV_IPLOS_BY_DISTRICT)) ||
	    (c == C_DECISION && (m & ((1u << HV_IPLOS_WAITING) |
	    (1u << HV_IPLOS_WAITING_DAYS)))) ||
	    (c == C_HOURS && (m & ((1u << HV_IPLOS_HOURS) |
	    (1u << HV_IPLOS_USERS))));
}

/* The error of the needed columns r does not have: every one, each with
 * the header that looks like it. */
static int
missing_columns(const struct hv_iplos *ip, const struct hv_reader *r,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	char names[512] = "", hint[512] = "", item[160], q[64];
	int c, like, nmissing = 0, quote;

	for (c = 0; c < NCOLS; c++) {
		if (!needed(ip, c) || ip->col[c] >= 0)
			continue;
		nmissing++;
		like = ip->colname[c] == NULL ? header_like(r, c) : -1;
		if (like >= 0) {
			hv_err_quote(h->field[like], h->len[like], q,
			    sizeof(q));
			snprintf(item, sizeof(item), "%s (perhaps '%s')",
			    columns[c].name, q);
		} else {
			snprintf(item, sizeof(item), "%s", columns[c].name);
		}
		hv_list_append(names, sizeof(names), ", ", item);
		snprintf(item, sizeof(item), "%s=%s", columns[c].name,
		    like >= 0 ? q : "NAME");
		hv_list_append(hint, sizeof(hint), ",", item);
	}
	/* quoted for the shell when a header is more than a word */
	quote = strpbrk(hint, " \t'\"$`\\!*?;&|<>()[]{}#~") != NULL;
	return hv_err_at(e, ip->file, 1, "no column%s %s: map yours with "
	    "--columns %s%s%s", nmissing == 1 ? "" : "s", names, quote ? "'" :
	    "", hint, quote ? "'" : "");
}

int
hv_iplos_find_columns(struct hv_iplos *ip, struct hv_reader *r,
    struct hv_err *e)
{
	const struct hv_row *h;
	char header[256];
	int c, k, missing = 0;

	for (c = 0; c < NCOLS; c++) {
		if (ip->colname[c] == NULL) {
			ip->col[c] = hv_reader_col(r, columns[c].name);
		} else if ((ip->col[c] = hv_reader_col(r, ip->colname[c])) <
		    0) {
			hv_err_quote(ip->colname[c], strlen(ip->colname[c]),
			    header, sizeof(header));
			return hv_err_at(e, ip->file, 1, "no column '%s' "
			    "(given with --columns for %s)", header,
			    columns[c].name);
		}
		if (needed(ip, c) && ip->col[c] < 0)
			missing = 1;
	}
	if (missing)
		return missing_columns(ip, r, e);
	/* one column, one role: a person id read as a district would be
	 * written as a label */
	for (c = 0; c < NCOLS; c++)
		for (k = c + 1; k < NCOLS; k++)
			if (ip->col[c] >= 0 && ip->col[c] == ip->col[k]) {
				h = hv_reader_header(r);
				hv_err_quote(h->field[ip->col[c]],
				    h->len[ip->col[c]], header, sizeof(header));
				return hv_err_usage(e, "--columns: column '%s' "
				    "of %s given two roles, %s and %s", header,
				    ip->file, columns[c].name, columns[k].name);
			}
	return 0;
}
