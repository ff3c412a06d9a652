/*
 * iplos-report.c: the data-quality report of an extract: invalid rows
 * per reason (count and first lines), repeated rows, persons whose rows
 * disagree, rows left out.  Lines only: never a person id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iplos-int.h"

static const char *reason_text[NREASONS] = {
	"empty person_id",
	"person_id looks like a f\xC3\xB8" "dselsnummer (national identity "
	    "number): pseudonymise the extract first",
	"invalid birth_year (four digits)",
	"birth_year in the future",
	"invalid sex (1, 2, M, K or empty)",
	"unknown service",
	"invalid decision_date",
	"invalid start_date",
	"invalid end_date",
	"neither start_date nor decision_date",
	"end_date without start_date",
	"end_date before start_date",
	"invalid hours_per_week",
	"hours_per_week outside 0-168",
};

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
		if (to->count == 0 && from->count > 0)
			memcpy(to->example, from->example, sizeof(to->example));
		to->count += from->count;
	}
	ip->line_base[b + 1] = base + bs->line_end - 1;
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
	qsort(at, n, sizeof(*at), cmp_u64);
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
	char lines[128];
	int r;

	for (r = 0; r < NREASONS; r++) {
		rc = &ip->reasons[r];
		if (rc->count == 0)
			continue;
		line_list(rc->lines, rc->count, lines, sizeof(lines));
		if (hv_notes_add(&ip->report, "%s: %s%s%s%s: %lu row%s (line%s "
		    "%s)", ip->file, reason_text[r], rc->example[0] != '\0' ?
		    " (first: '" : "",
		    rc->example, rc->example[0] != '\0' ? "')" : "", rc->count,
		    rc->count == 1 ? "" : "s", rc->count == 1 ? "" : "s",
		    lines) == -1)
			return -1;
	}
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
