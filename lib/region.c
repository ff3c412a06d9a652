/* region.c: region codes across reforms, and SSB's names for them. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "mem.h"
#include "names.h"
#include "num.h"
#include "period.h"
#include "reader.h"
#include "region.h"
#include "table.h"

const struct hv_name hv_change_kinds[] = {
	{ "renumber",	HV_CHANGE_RENUMBER,	0 },
	{ "merge",	HV_CHANGE_MERGE,	0 },
	{ "split",	HV_CHANGE_SPLIT,	0 },
	{ "name",	HV_CHANGE_NAME,		0 },
	{ NULL,		0,			0 },
};

struct hv_regions {
	struct hv_region_change *ch;	/* sorted by old code, then year */
	struct hv_region_change *given;	/* the same, in the order given */
	size_t		 n, cap;
	char		*strings;	/* a file's codes and names */
	size_t		 strings_len, strings_cap;
	const struct hv_region_period **periods;	/* by code, year */
};

/* --- codes and names ------------------------------------------------- */

static int
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

enum hv_unit_kind
hv_region_kind(const char *code)
{
	size_t n = strlen(code);

	if (n == 4 && all_digits(code, 4))
		return HV_UNIT_MUNICIPALITY;
	if (n == 2 && all_digits(code, 2))
		return HV_UNIT_COUNTY;
	if (n == 5 && strncmp(code, "EKG", 3) == 0 && all_digits(code + 3, 2))
		return HV_UNIT_GROUP;
	if (n == 5 && strncmp(code, "EKA", 3) == 0 && all_digits(code + 3, 2))
		return HV_UNIT_COUNTY_SUM;
	if (strcmp(code, "EAK") == 0 || strcmp(code, "EAKUO") == 0)
		return HV_UNIT_COUNTRY;
	return HV_UNIT_OTHER;
}

int
hv_region_known(const char *code)
{
	enum hv_unit_kind kind = hv_region_kind(code);
	size_t i;

	if (kind == HV_UNIT_OTHER)
		return 0;
	if (kind != HV_UNIT_MUNICIPALITY && kind != HV_UNIT_COUNTY)
		return 1;
	for (i = 0; i < hv_region_nperiods; i++)
		if (strcmp(hv_region_periods[i].code, code) == 0)
			return 1;
	return 0;
}

const char *
hv_region_plain_code(const char *code)
{
	const char *p = code;

	/* letters, then '-' or '_', then the digits: K-5037, KOMMUNE_5037 */
	while (isalpha((unsigned char)*p))
		p++;
	if (p > code && (*p == '-' || *p == '_') &&
	    isdigit((unsigned char)p[1]))
		return p + 1;
	return code;
}

/* The length of name without a trailing " (...)". */
static size_t
without_paren(const char *name, size_t len)
{
	size_t n = len;

	while (n > 0 && name[n - 1] == ' ')
		n--;
	if (n == 0 || name[n - 1] != ')')
		return n;
	while (n > 0 && name[n - 1] != '(')
		n--;
	if (n == 0)
		return len;
	n--;
	while (n > 0 && name[n - 1] == ' ')
		n--;
	return n > 0 ? n : len;
}

char *
hv_region_short_name(const char *name, char *buf, size_t sz)
{
	const char *dash = strstr(name, " - ");
	size_t len = dash != NULL ? (size_t)(dash - name) : strlen(name);

	snprintf(buf, sz, "%.*s", (int)without_paren(name, len), name);
	return buf;
}

/* Is the query the n bytes at s, ASCII case-insensitively? */
static int
same(const char *s, size_t n, const char *query)
{
	return strlen(query) == n && strncasecmp(s, query, n) == 0;
}

int
hv_region_name_matches(const char *label, const char *query)
{
	const char *p = label, *dash;
	size_t n;

	if (same(label, strlen(label), query) ||
	    same(label, without_paren(label, strlen(label)), query))
		return 1;
	/* each parallel name, and it without its "(...)" */
	for (;;) {
		dash = strstr(p, " - ");
		n = dash != NULL ? (size_t)(dash - p) : strlen(p);
		if (same(p, n, query) || same(p, without_paren(p, n), query))
			return 1;
		if (dash == NULL)
			return 0;
		p = dash + 3;
	}
}

/* --- the set of changes ---------------------------------------------- */

static int
cmp_old(const void *a, const void *b)
{
	const struct hv_region_change *x = a, *y = b;
	int c = strcmp(x->old, y->old);

	return c != 0 ? c : x->year - y->year;
}

static int
cmp_period(const void *a, const void *b)
{
	const struct hv_region_period *x = *(const void *const *)a,
	    *y = *(const void *const *)b;
	int c = strcmp(x->code, y->code);

	return c != 0 ? c : x->from - y->from;
}

/* Sort the changes by old code and year, and the periods by code and
 * first year, for look-ups by binary search. */
static int
index_all(struct hv_regions *rg)
{
	size_t i;

	free(rg->given);
	if ((rg->given = malloc((rg->n + 1) * sizeof(*rg->given))) == NULL)
		return -1;
	memcpy(rg->given, rg->ch, rg->n * sizeof(*rg->ch));
	hv_sort(rg->ch, rg->n, sizeof(*rg->ch), cmp_old);
	rg->periods = calloc(hv_region_nperiods + 1, sizeof(*rg->periods));
	if (rg->periods == NULL)
		return -1;
	for (i = 0; i < hv_region_nperiods; i++)
		rg->periods[i] = &hv_region_periods[i];
	hv_sort(rg->periods, hv_region_nperiods, sizeof(*rg->periods),
	    cmp_period);
	return 0;
}

/* The first change of old code code (ch is sorted), or rg->n. */
static size_t
first_old(const struct hv_regions *rg, const char *code)
{
	size_t lo = 0, hi = rg->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(rg->ch[mid].old, code) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < rg->n && strcmp(rg->ch[lo].old, code) == 0 ? lo : rg->n;
}

/* The first period of code in rg->periods, or hv_region_nperiods. */
static size_t
first_period(const struct hv_regions *rg, const char *code)
{
	size_t lo = 0, hi = hv_region_nperiods, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(rg->periods[mid]->code, code) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < hv_region_nperiods &&
	    strcmp(rg->periods[lo]->code, code) == 0 ? lo :
	    hv_region_nperiods;
}

/* The first change of old code code after year, and how many changes of
 * that code have that change's year (*n); rg->n when none. */
static size_t
next_change(const struct hv_regions *rg, const char *code, int year,
    size_t *n)
{
	size_t i = first_old(rg, code), k;

	for (; i < rg->n && strcmp(rg->ch[i].old, code) == 0; i++) {
		if (rg->ch[i].year <= year)
			continue;
		for (k = i; k < rg->n && strcmp(rg->ch[k].old, code) == 0 &&
		    rg->ch[k].year == rg->ch[i].year; k++)
			;
		*n = k - i;
		return i;
	}
	*n = 0;
	return rg->n;
}

/* --- reading a file of changes --------------------------------------- */

/* A copy of s kept in rg->strings (offsets, not yet pointers: the pool
 * moves while it grows). */
static long
keep(struct hv_regions *rg, const char *s)
{
	size_t n = strlen(s) + 1;
	long at = (long)rg->strings_len;

	if (hv_grow(&rg->strings, &rg->strings_cap, rg->strings_len + n, 1) ==
	    -1)
		return -1;
	memcpy(rg->strings + rg->strings_len, s, n);
	rg->strings_len += n;
	return at;
}

/* A change read from a file, its strings as offsets into the pool
 * until the file is read (kind -1: to find). */
struct read_change {
	long		 old, new, old_name, new_name;
	int		 year, kind;
	const char	*file;
	unsigned long	 line;
};

struct read_set {
	struct read_change *v;
	size_t		 n, cap;
};

static int
add_read(struct hv_regions *rg, struct read_set *rs, const char *old,
    const char *new, int year, int kind, const char *old_name,
    const char *new_name, const char *file, unsigned long line)
{
	struct read_change *c;

	if (hv_grow(&rs->v, &rs->cap, rs->n + 1, sizeof(*rs->v)) == -1)
		return -1;
	c = &rs->v[rs->n];
	if ((c->old = keep(rg, hv_region_plain_code(old))) == -1 ||
	    (c->new = keep(rg, hv_region_plain_code(new))) == -1 ||
	    (c->old_name = keep(rg, old_name != NULL ? old_name : "")) == -1 ||
	    (c->new_name = keep(rg, new_name != NULL ? new_name : "")) == -1)
		return -1;
	c->year = year;
	c->kind = kind;
	c->file = file;
	c->line = line;
	rs->n++;
	return 0;
}

/* "2018" or "2018-01-01" (a date of the calendar): its year, or -1. */
static int
year_of(const char *s)
{
	struct hv_period p;
	struct hv_err e;
	long long y;

	if (hv_num_whole(s, strlen(s), 1000, 9999, &y) == 0)
		return (int)y;
	if (hv_date_parse(s, strlen(s), &p, &e) == 0)
		return p.year;
	return -1;
}

static int
read_csv(struct hv_regions *rg, struct read_set *rs, const char *path,
    struct hv_err *e)
{
	static const char *const old_names[] = { "old", "oldCode", "old_code",
	    NULL };
	static const char *const new_names[] = { "new", "newCode", "new_code",
	    NULL };
	static const char *const from_names[] = { "from", "changeOccurred",
	    "valid_from", NULL };
	static const char *const oname_names[] = { "old_name", "oldName",
	    NULL };
	static const char *const nname_names[] = { "new_name", "newName",
	    "name", NULL };
	struct hv_reader *r;
	struct hv_row row;
	int o, n, f, k, on, nn, got, year, kind;
	const char *file;

	if ((r = hv_reader_open(path, NULL, e)) == NULL)
		return -1;
	file = hv_reader_name(r);
	o = hv_reader_first_col(r, old_names);
	n = hv_reader_first_col(r, new_names);
	f = hv_reader_first_col(r, from_names);
	k = hv_reader_col(r, "kind");
	on = hv_reader_first_col(r, oname_names);
	nn = hv_reader_first_col(r, nname_names);
	if (o < 0 || n < 0 || f < 0) {
		hv_err_at(e, file, hv_reader_header(r)->line, "a code file has "
		    "the columns old, new and from (or KLASS's oldCode, "
		    "newCode and changeOccurred)");
		hv_reader_close(r);
		return -1;
	}
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if ((year = year_of(row.field[f])) < 0) {
			hv_err_at(e, file, row.line, "invalid year '%s' in "
			    "column '%s' (a year or a date)", row.field[f],
			    hv_reader_header(r)->field[f]);
			got = -1;
			break;
		}
		kind = -1;
		if (k >= 0 && row.len[k] > 0 &&
		    hv_name_find(hv_change_kinds, row.field[k], &kind) == -1) {
			char list[80];

			hv_err_at(e, file, row.line, "unknown kind '%s' (%s)",
			    row.field[k], hv_name_list(hv_change_kinds, ", ",
			    list, sizeof(list)));
			got = -1;
			break;
		}
		if (add_read(rg, rs, row.field[o], row.field[n], year, kind,
		    on >= 0 ? row.field[on] : NULL, nn >= 0 ? row.field[nn] :
		    NULL, path, row.line) == -1) {
			hv_err_nomem(e);
			got = -1;
			break;
		}
	}
	hv_reader_close(r);
	return got == -1 ? -1 : 0;
}

/* KLASS's changes answer, the len bytes at buf, into rs. */
static int
parse_json(struct hv_regions *rg, struct read_set *rs, const char *buf,
    size_t len, const char *path, struct hv_err *e)
{
	const cJSON *list, *it, *old, *new, *when, *on, *nn;
	cJSON *root;
	unsigned long i = 0;
	int year, rc = -1;

	root = cJSON_ParseWithLength(buf, len);
	list = cJSON_GetObjectItemCaseSensitive(root, "codeChanges");
	if (!cJSON_IsArray(list)) {
		hv_err_at(e, path, 0, "not a KLASS changes answer (no "
		    "\"codeChanges\" array)");
		goto done;
	}
	cJSON_ArrayForEach(it, list) {
		i++;
		old = cJSON_GetObjectItemCaseSensitive(it, "oldCode");
		new = cJSON_GetObjectItemCaseSensitive(it, "newCode");
		when = cJSON_GetObjectItemCaseSensitive(it, "changeOccurred");
		on = cJSON_GetObjectItemCaseSensitive(it, "oldName");
		nn = cJSON_GetObjectItemCaseSensitive(it, "newName");
		if (!cJSON_IsString(old) || !cJSON_IsString(new) ||
		    !cJSON_IsString(when) ||
		    (year = year_of(when->valuestring)) < 0) {
			hv_err_at(e, path, 0, "change %lu: no oldCode, newCode "
			    "and changeOccurred (a date)", i);
			goto done;
		}
		if (add_read(rg, rs, old->valuestring, new->valuestring, year,
		    -1, cJSON_IsString(on) ? on->valuestring : NULL,
		    cJSON_IsString(nn) ? nn->valuestring : NULL, path, i) ==
		    -1) {
			hv_err_nomem(e);
			goto done;
		}
	}
	rc = 0;
done:
	cJSON_Delete(root);
	return rc;
}

static int
read_json(struct hv_regions *rg, struct read_set *rs, const char *path,
    struct hv_err *e)
{
	FILE *fp;
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	int rc;

	if ((fp = fopen(path, "rb")) == NULL)
		return hv_err_io(e, path, "cannot open");
	do {
		if (hv_grow(&buf, &cap, len + 65537, 1) == -1) {
			fclose(fp);
			free(buf);
			return hv_err_nomem(e);
		}
		got = fread(buf + len, 1, cap - len - 1, fp);
		len += got;
	} while (got > 0);
	fclose(fp);
	buf[len] = '\0';
	rc = parse_json(rg, rs, buf, len, path, e);
	free(buf);
	return rc;
}

/* The kind of change i of rs as KLASS's tables find it. */
static int
kind_of(const struct read_set *rs, const char *pool, size_t i)
{
	const struct read_change *c = &rs->v[i], *d;
	size_t j, from_old = 0, into_new = 0;

	for (j = 0; j < rs->n; j++) {
		d = &rs->v[j];
		if (d->year != c->year)
			continue;
		from_old += strcmp(pool + d->old, pool + c->old) == 0;
		into_new += strcmp(pool + d->new, pool + c->new) == 0;
	}
	if (from_old > 1)
		return HV_CHANGE_SPLIT;
	if (into_new > 1)
		return HV_CHANGE_MERGE;
	return strcmp(pool + c->old, pool + c->new) != 0 ? HV_CHANGE_RENUMBER :
	    HV_CHANGE_NAME;
}

/* Do the changes, followed forward in time from change i (another code
 * at each step, a change of the same date or later), come back to its
 * old code? */
static int
circles(const struct hv_regions *rg, size_t i)
{
	const char *start = rg->ch[i].old, *code = rg->ch[i].new;
	const struct hv_region_change *c, *next;
	int year = rg->ch[i].year, steps;
	size_t k;

	if (strcmp(code, start) == 0)
		return 0;
	for (steps = 0; steps < 1000; steps++) {
		next = NULL;
		for (k = first_old(rg, code); k < rg->n &&
		    strcmp(rg->ch[k].old, code) == 0; k++) {
			c = &rg->ch[k];
			if (c->year >= year && strcmp(c->new, code) != 0 &&
			    (next == NULL || c->year < next->year))
				next = c;
		}
		if (next == NULL)
			return 0;
		if (strcmp(next->new, start) == 0)
			return 1;
		code = next->new;
		year = next->year;
	}
	return 1;
}

/* The changes read into rs as rg's, their kinds found, checked. */
static int
take(struct hv_regions *rg, struct read_set *rs, const char *path,
    struct hv_err *e)
{
	const struct read_change *c;
	size_t i;

	if (hv_grow(&rg->ch, &rg->cap, rs->n + 1, sizeof(*rg->ch)) == -1)
		return hv_err_nomem(e);
	for (i = 0; i < rs->n; i++) {
		c = &rs->v[i];
		rg->ch[i].old = rg->strings + c->old;
		rg->ch[i].new = rg->strings + c->new;
		rg->ch[i].old_name = rg->strings + c->old_name;
		rg->ch[i].new_name = rg->strings + c->new_name;
		rg->ch[i].year = c->year;
		rg->ch[i].kind = (enum hv_change_kind)(c->kind >= 0 ? c->kind :
		    kind_of(rs, rg->strings, i));
	}
	rg->n = rs->n;
	/* each change knows its line only in rs: check before sorting */
	if (index_all(rg) == -1)
		return hv_err_nomem(e);
	for (i = 0; i < rg->n; i++) {
		if (circles(rg, i)) {
			size_t j;

			for (j = 0; j < rs->n; j++)
				if (strcmp(rg->strings + rs->v[j].old,
				    rg->ch[i].old) == 0 && rs->v[j].year ==
				    rg->ch[i].year)
					break;
			return hv_err_at(e, path, j < rs->n ? rs->v[j].line :
			    0, "the changes go round in a circle: %s changes "
			    "back into %s", rg->ch[i].old, rg->ch[i].old);
		}
	}
	return 0;
}

static int
from_file(struct hv_regions *rg, const char *path, struct hv_err *e)
{
	struct read_set rs = { NULL, 0, 0 };
	FILE *fp;
	int ch = EOF, rc = -1;

	if ((fp = fopen(path, "rb")) == NULL)
		return hv_err_io(e, path, "cannot open");
	while ((ch = getc(fp)) == ' ' || ch == '\t' || ch == '\r' ||
	    ch == '\n')
		;
	fclose(fp);
	if ((ch == '{' ? read_json(rg, &rs, path, e) : read_csv(rg, &rs,
	    path, e)) == 0)
		rc = take(rg, &rs, path, e);
	free(rs.v);
	return rc;
}

struct hv_regions *
hv_regions_from_klass(const char *buf, size_t len, const char *name,
    struct hv_err *e)
{
	struct read_set rs = { NULL, 0, 0 };
	struct hv_regions *rg;
	int rc;

	if ((rg = calloc(1, sizeof(*rg))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	rc = parse_json(rg, &rs, buf, len, name, e);
	if (rc == 0)
		rc = take(rg, &rs, name, e);
	free(rs.v);
	if (rc == -1) {
		hv_regions_free(rg);
		return NULL;
	}
	return rg;
}

struct hv_regions *
hv_regions_new(const char *path, struct hv_err *e)
{
	struct hv_regions *rg;

	if ((rg = calloc(1, sizeof(*rg))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	if (path != NULL) {
		if (from_file(rg, path, e) == -1) {
			hv_regions_free(rg);
			return NULL;
		}
		return rg;
	}
	if (hv_grow(&rg->ch, &rg->cap, hv_region_nchanges + 1,
	    sizeof(*rg->ch)) == -1) {
		hv_regions_free(rg);
		hv_err_nomem(e);
		return NULL;
	}
	memcpy(rg->ch, hv_region_changes, hv_region_nchanges *
	    sizeof(*rg->ch));
	rg->n = hv_region_nchanges;
	if (index_all(rg) == -1) {
		hv_regions_free(rg);
		hv_err_nomem(e);
		return NULL;
	}
	return rg;
}

void
hv_regions_free(struct hv_regions *rg)
{
	if (rg == NULL)
		return;
	free(rg->ch);
	free(rg->given);
	free(rg->strings);
	free(rg->periods);
	free(rg);
}

size_t
hv_regions_nchanges(const struct hv_regions *rg)
{
	return rg->n;
}

const struct hv_region_change *
hv_regions_change(const struct hv_regions *rg, size_t i)
{
	return &rg->given[i];
}

/* --- questions ------------------------------------------------------- */

int
hv_regions_valid(const struct hv_regions *rg, const char *code, int year)
{
	const struct hv_region_period *p;
	size_t i = first_period(rg, code);

	if (i == hv_region_nperiods)
		return -1;
	for (; i < hv_region_nperiods; i++) {
		p = rg->periods[i];
		if (strcmp(p->code, code) != 0)
			break;
		if (p->from <= year && year <= p->to)
			return 1;
	}
	return 0;
}

const char *
hv_regions_name(const struct hv_regions *rg, const char *code, int year)
{
	const struct hv_region_period *p, *last = NULL;
	size_t i = first_period(rg, code);

	for (; i < hv_region_nperiods; i++) {
		p = rg->periods[i];
		if (strcmp(p->code, code) != 0)
			break;
		if (p->from <= year && year <= p->to)
			return p->name;
		/* sorted by the first year: the last before year */
		if (last == NULL || p->from <= year)
			last = p;
	}
	return last != NULL ? last->name : NULL;
}

const char *
hv_regions_series(const struct hv_regions *rg, const char *code, int year,
    const struct hv_region_change **end)
{
	const struct hv_region_change *c;
	size_t i, n, steps;

	*end = NULL;
	for (steps = 0; steps < 100; steps++) {
		if ((i = next_change(rg, code, year, &n)) == rg->n)
			return code;
		c = &rg->ch[i];
		if (n > 1 || c->kind == HV_CHANGE_MERGE ||
		    c->kind == HV_CHANGE_SPLIT) {
			*end = c;
			return code;
		}
		code = c->new;
		year = c->year;
	}
	return code;
}

int
hv_regions_exists(const struct hv_regions *rg, const char *code, int year)
{
	const struct hv_region_change *end;
	const struct hv_region_period *p;
	size_t i;
	int valid = hv_regions_valid(rg, code, year);

	if (valid != 0)
		return valid;
	/* rare: a renumbered series in a year before its code */
	for (i = 0; i < hv_region_nperiods; i++) {
		p = &hv_region_periods[i];
		if (p->from <= year && year <= p->to &&
		    strcmp(hv_regions_series(rg, p->code, year, &end), code) ==
		    0)
			return 1;
	}
	return 0;
}

/* Add code to out (n so far, room for max) unless it is there. */
static size_t
add_code(const char **out, size_t n, size_t max, const char *code)
{
	size_t i;

	for (i = 0; i < n && i < max; i++)
		if (strcmp(out[i], code) == 0)
			return n;
	if (n < max)
		out[n] = code;
	return n + 1;
}

static size_t
successors(const struct hv_regions *rg, const char *code, int from, int to,
    const char **out, size_t n, size_t max, int depth)
{
	size_t i, k, count;

	i = next_change(rg, code, from, &count);
	if (depth > 100 || i == rg->n || rg->ch[i].year > to)
		return add_code(out, n, max, code);
	for (k = i; k < i + count; k++)
		n = successors(rg, rg->ch[k].new, rg->ch[k].year, to, out, n,
		    max, depth + 1);
	return n;
}

size_t
hv_regions_successors(const struct hv_regions *rg, const char *code,
    int from, int to, const char **out, size_t max)
{
	return successors(rg, code, from, to, out, 0, max, 0);
}

size_t
hv_regions_merged(const struct hv_regions *rg, const char *code, int year,
    const char **out, size_t max)
{
	const struct hv_region_change *c;
	size_t i, n = 0;

	for (i = 0; i < rg->n; i++) {
		c = &rg->ch[i];
		if (strcmp(c->new, code) == 0 && c->year == year &&
		    c->kind == HV_CHANGE_MERGE)
			n = add_code(out, n, max, c->old);
	}
	return n;
}

struct hv_table *
hv_regions_table(const struct hv_regions *rg)
{
	static const char *names[] = { "old", "new", "from", "kind",
	    "old_name", "new_name" };
	const struct hv_region_change *c;
	struct hv_colspec spec;
	struct hv_table *t = hv_table_new();
	size_t i;
	long r;

	if (t == NULL)
		return NULL;
	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		spec.name = names[i];
		spec.numeric = i == 2;
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	/* in the order of the changes in time, as KLASS lists them */
	for (i = 0; i < hv_regions_nchanges(rg); i++) {
		c = hv_regions_change(rg, i);
		if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, c->old) == -1 ||
		    hv_table_set_text(t, (size_t)r, 1, c->new) == -1 ||
		    hv_table_set_text(t, (size_t)r, 3, hv_name_of(
		    hv_change_kinds, (int)c->kind)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 4, c->old_name) == -1 ||
		    hv_table_set_text(t, (size_t)r, 5, c->new_name) == -1 ||
		    hv_table_set_num(t, (size_t)r, 2, c->year) == -1)
			goto fail;
	}
	return t;
fail:
	hv_table_free(t);
	return NULL;
}
