/*
 * fuzz-iplos: iplos-sum's row checker and counter.  The same extract
 * counted by one thread and by three reading blocks of 64 bytes gives
 * the same table, the same report lines and the same error; and no
 * national identity number from the input appears in any of them (a
 * run of exactly eleven digits of the input found in an output line;
 * no count or sum of a small input has eleven digits).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "iplos.h"

struct result {
	char	*table;		/* CSV, or NULL */
	char	*report;	/* the report lines and the error */
	size_t	 len;
};

static void
run(const struct hv_iplos_opts *o, const char *path, struct result *res)
{
	struct hv_reader_opts in;
	struct hv_notes audit = { NULL, 0, 0 };
	struct hv_iplos *ip;
	struct hv_reader *r;
	struct hv_table *t = NULL;
	struct hv_err e;
	size_t i;
	FILE *fp;

	memset(res, 0, sizeof(*res));
	if ((fp = open_memstream(&res->report, &res->len)) == NULL)
		abort();
	if ((ip = hv_iplos_new(o, &e)) == NULL)
		fz_fail("options refused: %s", e.msg);
	hv_reader_opts_init(&in);
	hv_iplos_reader_opts(ip, &in);
	if ((r = hv_reader_open(path, &in, &e)) == NULL) {
		fprintf(fp, "open: %s\n", e.msg);
	} else {
		if (hv_iplos_add(ip, r, &e) == -1)
			fprintf(fp, "error: %s\n", e.msg);
		else if (hv_iplos_finish(ip, &e) == -1 ||
		    (t = hv_iplos_table(ip, o->suppress ? &audit : NULL,
		    &audit, &e)) == NULL)
			fprintf(fp, "table: %s\n", e.msg);
		hv_reader_close(r);
	}
	for (i = 0; i < hv_iplos_report(ip)->n; i++)
		fprintf(fp, "%s\n", hv_iplos_report(ip)->line[i]);
	for (i = 0; i < audit.n; i++)
		fprintf(fp, "%s\n", audit.line[i]);
	fclose(fp);
	if (t != NULL)
		res->table = fz_table_text(t);
	hv_table_free(t);
	hv_notes_free(&audit);
	hv_iplos_free(ip);
}

/* A run of eleven digits in text that is in the input too. */
static const char *
leaked_id(const char *text, const uint8_t *data, size_t size)
{
	const char *s;
	size_t n, i;

	for (s = text; s != NULL && *s != '\0'; s += n > 0 ? n : 1) {
		for (n = 0; isdigit((unsigned char)s[n]); n++)
			;
		if (n != 11)
			continue;
		for (i = 0; i + n <= size; i++)
			if (memcmp(data + i, s, n) == 0 &&
			    (i == 0 || !isdigit(data[i - 1])) &&
			    (i + n == size || !isdigit(data[i + n])))
				return s;
	}
	return NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_iplos_opts o;
	struct result one, three;
	struct hv_err e;
	unsigned opt = fz_options(data, &size);
	const char *path = fz_file(data, size), *id;

	hv_iplos_opts_init(&o);
	o.this_year = 2026;
	/* on a date every measure; over a year those counted over one */
	if (((opt & 1) ? hv_iplos_add_during(&o, "2023", &e) :
	    hv_iplos_add_on(&o, "2024-01-01", &e)) == -1 ||
	    hv_iplos_parse_measures(&o, !(opt & 2) ? "recipients" :
	    (opt & 1) ? "recipients,bed-days,waiting-days" :
	    "recipients,hours,users,waiting", &e) == -1 ||
	    ((opt & 4) && hv_iplos_parse_by(&o, "age-group,sex", &e) == -1) ||
	    ((opt & 8) && hv_iplos_parse_by(&o, "district", &e) == -1))
		fz_fail("options: %s", e.msg);
	o.suppress = opt & 0x10 ? 3 : 0;
	o.skip_invalid = (opt >> 5) & 1;
	if (opt & 0x40)
		o.by |= HV_IPLOS_BY_SERVICE;

	o.threads = 1;
	run(&o, path, &one);
	o.threads = 3;
	o.block_size = HV_IPLOS_MIN_BLOCK;
	run(&o, path, &three);
	free(o.windows);

	FZ_CHECK((one.table == NULL) == (three.table == NULL),
	    "one thread %s a table, three %s", one.table ? "makes" : "makes no",
	    three.table ? "do" : "do not");
	FZ_CHECK(one.table == NULL || strcmp(one.table, three.table) == 0,
	    "three threads count another table than one");
	FZ_CHECK(strcmp(one.report, three.report) == 0, "three threads "
	    "report otherwise than one:\n%s---\n%s", one.report, three.report);
	FZ_CHECK((id = leaked_id(one.report, data, size)) == NULL,
	    "a person id in the report: %.20s", id);
	FZ_CHECK((id = leaked_id(one.table, data, size)) == NULL,
	    "a person id in the table: %.20s", id);
	free(one.table);
	free(one.report);
	free(three.table);
	free(three.report);
	return 0;
}
