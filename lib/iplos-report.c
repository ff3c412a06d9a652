/*
 * iplos-report.c: the data-quality report of an extract: invalid rows
 * per reason (count and first lines), repeated rows, persons whose rows
 * disagree, rows left out.  Lines only, never a person id; a value from
 * the data only when enough persons hold it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iplos-int.h"
#include "mem.h"
#include "period.h"

/* The reason's text: "invalid start_date (no such day)". */
static void
reason_text(enum reason r, char *buf, size_t sz)
{
	static const char *const date_col[] = { "decision_date",
	    "start_date", "end_date" };
	static const char *const text[NREASONS] = {
		[R_PERSON] = "empty person_id",
		[R_BIRTH] = "invalid birth_year (four digits, or a date)",
		[R_BIRTH_FUTURE] = "birth_year in the future",
		[R_SEX] = "invalid sex (1, 2, M, K, mann, kvinne or empty)",
		[R_SERVICE] = "unknown service",
		[R_NO_START] = "neither start_date nor decision_date",
		[R_END_NO_START] = "end_date without start_date",
		[R_END_BEFORE] = "end_date before start_date",
		[R_HOURS] = "invalid hours_per_week (not a number)",
		[R_HOURS_RANGE] = "hours_per_week outside 0-168",
		[R_HOURS_IGNORED] = "hours_per_week on a service that has "
		    "none (a stay, an alarm): not counted",
	};

	if (r >= R_DECISION && r < R_NO_START)
		snprintf(buf, sz, "invalid %s (%s)", date_col[(r - R_DECISION) /
		    NFAULTS], hv_date_fault_text((enum hv_date_fault)
		    ((r - R_DECISION) % NFAULTS + 1)));
	else
		snprintf(buf, sz, "%s", text[r]);
}

/* Add what block b found (its lines numbered from 1, but the first
 * block's from the file's start) to the file's report. */
void
hv_iplos_merge_blocksum(struct hv_iplos *ip, const struct blocksum *bs,
    size_t b)
{
	const struct reason_count *from;
	struct reason_count *to;
	unsigned long base = ip->line_base[b];
	size_t r, j;

	ip->rows += bs->rows;
	ip->invalid += bs->invalid;
	for (r = 0; r < NREASONS; r++) {
		from = &bs->reasons[r];
		to = &ip->reasons[r];
		for (j = 0; j < from->count && to->count + j < FIRST_LINES; j++)
			to->lines[to->count + j] = base + from->lines[j];
		to->count += from->count;
	}
	hv_iplos_unknown_merge(&ip->unknown, &bs->unknown);
	hv_iplos_unknown_merge(&ip->bad, &bs->bad);
	for (j = 0; j < SCAN_COLS; j++) {
		ip->ident.maybe[j] += bs->ident.maybe[j];
		ip->ident.national[j] += bs->ident.national[j];
	}
	ip->line_base[b + 1] = base + bs->line_end - 1;
}

/* --- values from the data in messages -------------------------------- */

static void
held_add(struct unknown_value *v, uint64_t person)
{
	uint32_t i;

	for (i = 0; i < v->nheld; i++)
		if (v->held[i] == person)
			return;
	if (v->nheld < UNKNOWN_HELD)
		v->held[v->nheld++] = person;
}

/* The value of hash h and reason r in u, made when there is room; NULL
 * when not. */
static struct unknown_value *
unknown_find(struct unknowns *u, uint64_t h, uint8_t r, const char *text)
{
	size_t i;

	for (i = 0; i < u->n; i++)
		if (u->v[i].hash == h && u->v[i].reason == r)
			return &u->v[i];
	if (u->n == UNKNOWN_VALUES)
		return NULL;
	memset(&u->v[u->n], 0, sizeof(u->v[u->n]));
	u->v[u->n].hash = h;
	u->v[u->n].reason = r;
	snprintf(u->v[u->n].text, sizeof(u->v[u->n].text), "%s", text);
	return &u->v[u->n++];
}

void
hv_iplos_unknown_add(struct unknowns *u, enum reason reason, const char *s,
    size_t len, uint64_t person)
{
	struct unknown_value *v;
	char text[sizeof(v->text)];

	hv_err_quote(s, len, text, sizeof(text));
	if ((v = unknown_find(u, hv_iplos_fnv(HV_IPLOS_FNV_START, s, len, 0),
	    (uint8_t)reason, text)) == NULL) {
		u->other_rows++;
		return;
	}
	v->rows++;
	held_add(v, person);
}

void
hv_iplos_unknown_merge(struct unknowns *to, const struct unknowns *from)
{
	struct unknown_value *v;
	size_t i;
	uint32_t k;

	to->other_rows += from->other_rows;
	for (i = 0; i < from->n; i++) {
		if ((v = unknown_find(to, from->v[i].hash, from->v[i].reason,
		    from->v[i].text)) == NULL) {
			to->other_rows += from->v[i].rows;
			continue;
		}
		v->rows += from->v[i].rows;
		for (k = 0; k < from->v[i].nheld; k++)
			held_add(v, from->v[i].held[k]);
	}
}

/*
 * The values of reason r in u, for its line: the values enough persons
 * hold, most rows first, and how many others there are.  A value held
 * by fewer may be a person's own (an id in the wrong column): it is
 * counted, never written.  Returns the number not shown.  (Values past
 * the first UNKNOWN_VALUES of a file are not told apart, and not
 * shown.)
 */
static unsigned long
values_text(const struct hv_iplos *ip, const struct unknowns *u,
    enum reason r, char *buf, size_t sz)
{
	unsigned long from = hv_iplos_shown_from(ip), hidden = 0;
	size_t i, j, n = 0, nshown = 0, shown[UNKNOWN_VALUES];

	buf[0] = '\0';
	for (i = 0; i < u->n; i++) {
		if (u->v[i].reason != r)
			continue;
		if (u->v[i].nheld < from || from > UNKNOWN_HELD) {
			hidden++;
			continue;
		}
		/* most rows first; of as many, the first met first */
		for (j = nshown; j > 0 && u->v[shown[j - 1]].rows <
		    u->v[i].rows; j--)
			shown[j] = shown[j - 1];
		shown[j] = i;
		nshown++;
	}
	for (j = 0; j < nshown && n < sz; j++)
		n += (size_t)snprintf(buf + n, sz - n, "%s'%s' (%lu row%s)",
		    j > 0 ? ", " : ": ", u->v[shown[j]].text,
		    u->v[shown[j]].rows, u->v[shown[j]].rows == 1 ? "" : "s");
	if (n < sz && hidden > 0 && nshown > 0)
		n += (size_t)snprintf(buf + n, sz - n, " and %lu other value%s",
		    hidden, hidden == 1 ? "" : "s");
	return hidden;
}

/* --- identity numbers ------------------------------------------------- */

/*
 * About one numeric pseudonym in 500 passes the control digits by
 * chance (ident.h), so a column is weighed: it stops the run when at least one in twenty of its
 * fields that might be identity numbers are (every one, in a column of
 * fødselsnummer; in a column of pseudonyms like PAS-4711 a single one).
 */
int
hv_iplos_check_identity(const struct hv_iplos *ip, const struct hv_reader *r,
    struct hv_err *e)
{
	const struct hv_row *h = hv_reader_header(r);
	const struct ident_scan *scan = &ip->ident;
	char name[64];
	size_t c;

	for (c = 0; c < SCAN_COLS; c++) {
		if (scan->national[c] == 0 ||
		    scan->national[c] * 20 < scan->maybe[c])
			continue;
		if (c < h->n)
			hv_err_quote(h->field[c], h->len[c], name,
			    sizeof(name));
		return hv_err_at(e, ip->file, 0, "column %s%s%s%s holds %lu "
		    "value%s that %s f\xC3\xB8" "dselsnummer, D- or H-nummer "
		    "(national identity numbers, control digits checked): "
		    "pseudonymise the extract first; nothing written",
		    c + 1 < SCAN_COLS ? "" : "256 or after",
		    c + 1 < SCAN_COLS && c < h->n ? "'" : "",
		    c + 1 < SCAN_COLS && c < h->n ? name : "",
		    c + 1 < SCAN_COLS && c < h->n ? "'" : "",
		    scan->national[c], scan->national[c] == 1 ? "" : "s",
		    scan->national[c] == 1 ? "is a" : "are");
	}
	return 0;
}

/* "4, 9, 12" (and ", ..." when there are more) */
static void
line_list(const unsigned long *lines, unsigned long count, char *buf,
    size_t sz)
{
	size_t n = 0, i;

	buf[0] = '\0';
	for (i = 0; i < count && i < FIRST_LINES; i++)
		n += (size_t)snprintf(buf + n, sz - n, "%s%lu", i > 0 ? ", " :
		    "", lines[i]);
	if (count > FIRST_LINES && n < sz)
		snprintf(buf + n, sz - n, ", ...");
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

unsigned long
hv_iplos_disagreeing(const struct hv_iplos *ip)
{
	unsigned long n = 0;
	size_t k;

	for (k = 0; k < ip->nparts; k++)
		n += ip->part[k].ndisagree;
	return n;
}

/* The repeated rows of all parts: how many, and the first lines. */
static unsigned long
repeat_lines(const struct hv_iplos *ip, unsigned long *lines)
{
	uint64_t at[FIRST_LINES * HV_IPLOS_MAX_THREADS];
	unsigned long count = 0;
	size_t k, j, n = 0;

	for (k = 0; k < ip->nparts; k++) {
		count += ip->part[k].repeats;
		for (j = 0; j < ip->part[k].repeats && j < FIRST_LINES; j++)
			at[n++] = ip->part[k].repeat_at[j];
	}
	hv_sort(at, n, sizeof(*at), cmp_u64);
	for (j = 0; j < n && j < FIRST_LINES; j++)
		lines[j] = ip->line_base[at[j] >> LINE_BITS] +
		    (unsigned long)(at[j] & (((uint64_t)1 << LINE_BITS) - 1));
	return count;
}

int
hv_iplos_report_file(struct hv_iplos *ip, unsigned long disagree_before)
{
	struct reason_count *rc;
	unsigned long rlines[FIRST_LINES], repeats, ndisagree;
	char lines[128], text[96], values[4096];
	unsigned long hidden = 0;
	int r;

	for (r = 0; r < NREASONS; r++) {
		rc = &ip->reasons[r];
		if (rc->count == 0)
			continue;
		line_list(rc->lines, rc->count, lines, sizeof(lines));
		reason_text((enum reason)r, text, sizeof(text));
		hidden += values_text(ip, r == R_SERVICE ? &ip->unknown :
		    &ip->bad, (enum reason)r, values, sizeof(values));
		if (hv_notes_add(&ip->report, "%s: %s: %lu row%s (line%s %s)%s%s",
		    ip->file, text, rc->count, rc->count == 1 ? "" : "s",
		    rc->count == 1 ? "" : "s", lines, values, r == R_SERVICE ?
		    "; name them with --map FILE (columns code,service: "
		    "iplos-sum --print-map lists the services)" : "") == -1)
			return -1;
	}
	if ((ip->unknown.other_rows > 0 || ip->bad.other_rows > 0) &&
	    hv_notes_add(&ip->report, "%s: %lu rows had values past the "
	    "first %d of their kind: counted above, not listed", ip->file,
	    ip->unknown.other_rows + ip->bad.other_rows, UNKNOWN_VALUES) == -1)
		return -1;
	if (hidden > 0 && hv_notes_add(&ip->report, "%s: values that fewer "
	    "than %lu persons hold are not shown: they may be a person's "
	    "own", ip->file, hv_iplos_shown_from(ip)) == -1)
		return -1;
	/* a file with invalid rows, read strictly, is refused: which later
	 * rows were counted depends on how the file was cut into blocks,
	 * so what they found is not said (the same for every thread count) */
	if (ip->invalid > 0 && !ip->o.skip_invalid)
		return 0;
	if ((repeats = repeat_lines(ip, rlines)) > 0) {
		line_list(rlines, repeats, lines, sizeof(lines));
		if (hv_notes_add(&ip->report, "%s: %lu row%s repeat%s an "
		    "earlier row exactly (line%s %s): hours and waiting times "
		    "counted once",
		    ip->file, repeats, repeats == 1 ? "" : "s",
		    repeats == 1 ? "s" : "", repeats == 1 ? "" : "s",
		    lines) == -1)
			return -1;
	}
	ndisagree = hv_iplos_disagreeing(ip) - disagree_before;
	if (ndisagree > 0 &&
	    hv_notes_add(&ip->report, "%s: %lu person%s with rows that "
	    "disagree on birth_year or sex: the first row's values are used",
	    ip->file,
	    ndisagree, ndisagree == 1 ? "" : "s") == -1)
		return -1;
	if (ip->skipped > 0 && hv_notes_add(&ip->report, "%s: skipped %lu "
	    "invalid row%s of %lu", ip->file, ip->skipped, ip->skipped == 1 ?
	    "" : "s", ip->rows) == -1)
		return -1;
	return 0;
}
