/*
 * kostra-codes.c: region codes across reforms.  A municipality that got
 * a new code (a merger, a new county) is one series: every observation
 * is read under its code of today, following the changes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kostra-int.h"
#include "mem.h"
#include "num.h"

/* Region codes that changed, so that a series across a reform is one
 * series: the Trøndelag municipalities of the reference tables (the
 * counties merged in 2018; Steinkjer and Verran in 2020). */
static const struct {
	const char	*old, *new;
	int		 from;
	const char	*name;
} builtin_codes[] = {
	{ "1719", "5037", 2018, "Levanger" },
	{ "1721", "5038", 2018, "Verdal" },
	{ "1714", "5035", 2018, "Stj\xC3\xB8rdal" },
	{ "1702", "5004", 2018, "Steinkjer" },
	{ "1724", "5039", 2018, "Verran" },
	{ "5004", "5006", 2020, "Steinkjer" },
	{ "5039", "5006", 2020, "Steinkjer (Verran)" },
	{ "1663", "5031", 2018, "Malvik" },
	{ "1653", "5028", 2018, "Melhus" },
};
#define NBUILTIN (sizeof(builtin_codes) / sizeof(builtin_codes[0]))
static int
add_change(struct hv_kostra *k, const char *old, const char *new, int from)
{
	struct change *c;

	if (hv_grow(&k->codes, &k->codes_cap, k->ncodes + 1,
	    sizeof(*k->codes)) == -1)
		return -1;
	c = &k->codes[k->ncodes];
	c->old = strdup(hv_kostra_plain_code(old));
	c->new = strdup(hv_kostra_plain_code(new));
	c->from = from;
	if (c->old == NULL || c->new == NULL) {
		free(c->old);
		free(c->new);
		return -1;
	}
	k->ncodes++;
	return 0;
}

static int
load_codes(struct hv_kostra *k, const char *path, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_row row;
	int o, n, f, got;
	struct hv_num y;

	if ((r = hv_reader_open(path, NULL, e)) == NULL)
		return -1;
	o = hv_reader_col(r, "old");
	n = hv_reader_col(r, "new");
	f = hv_reader_col(r, "from");
	if (o < 0 || n < 0 || f < 0) {
		hv_err_at(e, hv_reader_name(r), 1, "a code file has the "
		    "columns old, new and from");
		hv_reader_close(r);
		return -1;
	}
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if (hv_num_parse(row.field[f], row.len[f], &y, e) == -1 ||
		    y.sym != HV_SYM_NONE) {
			hv_err_at(e, hv_reader_name(r), row.line, "invalid "
			    "year '%s' in column 'from'", row.field[f]);
			got = -1;
			break;
		}
		if (add_change(k, row.field[o], row.field[n], (int)y.v) ==
		    -1) {
			hv_err_nomem(e);
			got = -1;
			break;
		}
	}
	hv_reader_close(r);
	return got == -1 ? -1 : 0;
}

/* Today's code of an old one, following the changes. */
void
hv_kostra_current_codes(const struct hv_kostra *k, struct obsset *s)
{
	size_t i, c, hops;
	char *nc;

	for (i = 0; i < s->n; i++) {
		for (hops = 0; hops < 10; hops++) {
			for (c = 0; c < k->ncodes; c++)
				if (strcmp(s->o[i].unit, k->codes[c].old) == 0)
					break;
			if (c == k->ncodes || (nc = strdup(k->codes[c].new)) ==
			    NULL)
				break;
			free(s->o[i].unit);
			s->o[i].unit = nc;
		}
	}
}

struct hv_table *
hv_kostra_codes_table(void)
{
	static const char *names[] = { "old", "new", "from", "name" };
	struct hv_colspec spec;
	struct hv_table *t = hv_table_new();
	size_t i;
	long r;

	if (t == NULL)
		return NULL;
	memset(&spec, 0, sizeof(spec));
	spec.decimals = -1;
	for (i = 0; i < 4; i++) {
		spec.name = names[i];
		spec.numeric = i == 2;
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	for (i = 0; i < NBUILTIN; i++) {
		if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, builtin_codes[i].old) ==
		    -1 || hv_table_set_text(t, (size_t)r, 1,
		    builtin_codes[i].new) == -1 || hv_table_set_text(t,
		    (size_t)r, 3, builtin_codes[i].name) == -1)
			goto fail;
		hv_table_set_num(t, (size_t)r, 2, builtin_codes[i].from);
	}
	return t;
fail:
	hv_table_free(t);
	return NULL;
}

int
hv_kostra_codes_load(struct hv_kostra *k, const char *path, struct hv_err *e)
{
	size_t i;

	if (path != NULL)
		return load_codes(k, path, e);
	for (i = 0; i < NBUILTIN; i++)
		if (add_change(k, builtin_codes[i].old, builtin_codes[i].new,
		    builtin_codes[i].from) == -1)
			return hv_err_nomem(e);
	return 0;
}
