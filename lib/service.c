/* service.c: IPLOS service types, report categories, the category map. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "map.h"
#include "mem.h"
#include "reader.h"
#include "service.h"

/* FinnKode 9151 ("Tjenestetype i helse- og omsorgstjenesten") numbers as
 * SSB's KOSTRA definitions use them; HDO and rehabilitering utenfor
 * institusjon have none (Levanger's own reporting; not a service code
 * since 2019). */
static const struct hv_service services[] = {
	{ "hjemmesykepleie", "15", "Helsetjenester i hjemmet (hjemmesykepleie)",
	    HV_SERVICE_HOME, 0 },
	{ "praktisk_bistand", "1", "Praktisk bistand \xE2\x80\x93 daglige "
	    "gj\xC3\xB8rem\xC3\xA5l", HV_SERVICE_HOME, 0 },
	{ "praktisk_bistand_opplaering", "2", "Praktisk bistand \xE2\x80\x93 "
	    "oppl\xC3\xA6ring \xE2\x80\x93 daglige gj\xC3\xB8rem\xC3\xA5l",
	    HV_SERVICE_HOME, 0 },
	{ "bpa", "3", "Brukerstyrt personlig assistanse (BPA)",
	    HV_SERVICE_HOME, 0 },
	{ "avlastning_utenfor", "7", "Avlastning utenfor institusjon",
	    HV_SERVICE_HOME, 0 },
	{ "omsorgsstonad", "11", "Omsorgsst\xC3\xB8nad", HV_SERVICE_HOME, 0 },
	{ "stottekontakt", "9", "St\xC3\xB8ttekontakt", HV_SERVICE_HOME, 0 },
	{ "trygghetsalarm", "6", "Trygghetsalarm", HV_SERVICE_HOME, 0 },
	{ "matombringing", "5", "Matombringing", HV_SERVICE_HOME, 0 },
	{ "dagtilbud", "4", "Dagaktivitetstilbud", HV_SERVICE_HOME, 0 },
	{ "rehabilitering_utenfor", NULL, "Rehabilitering utenfor institusjon",
	    HV_SERVICE_HOME, 0 },
	{ "omsorgsbolig", "29", "Bolig til helse- og omsorgsform\xC3\xA5l "
	    "(omsorgsbolig)", HV_SERVICE_HOME, 0 },
	{ "hdo", NULL, "Held\xC3\xB8gns omsorgsbolig (HDO)", HV_SERVICE_HOME,
	    0 },
	{ "korttid_utredning", "18", "Tidsbegrenset opphold \xE2\x80\x93 "
	    "utredning/behandling", HV_SERVICE_INSTITUTION, 1 },
	{ "korttid_rehabilitering", "19", "Tidsbegrenset opphold \xE2\x80\x93 "
	    "habilitering/rehabilitering", HV_SERVICE_INSTITUTION, 1 },
	{ "korttid_annet", "20", "Tidsbegrenset opphold \xE2\x80\x93 annet",
	    HV_SERVICE_INSTITUTION, 1 },
	{ "avlastning_institusjon", "8", "Avlastning i institusjon",
	    HV_SERVICE_INSTITUTION, 1 },
	{ "langtidsopphold", "21", "Langtidsopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 1 },
	{ "dagopphold", "17", "Dagopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 0 },
	{ "nattopphold", "22", "Nattopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 0 },
	{ "kad", "25", "Kommunal \xC3\xB8yeblikkelig hjelp \xE2\x80\x93 "
	    "d\xC3\xB8gnopphold (KAD)", HV_SERVICE_INSTITUTION, 1 },
	{ "lokaliseringsteknologi", "26", "Lokaliseringsteknologi (GPS)",
	    HV_SERVICE_OTHER, 0 },
	{ "medisineringsstotte", "27", "Elektronisk medisineringsst\xC3\xB8tte",
	    HV_SERVICE_OTHER, 0 },
	{ "digitalt_tilsyn", "28", "Digitalt tilsyn", HV_SERVICE_OTHER, 0 },
	{ "tvang_planlagt", "14", "Bruk av tvang, psykisk utviklingshemning "
	    "\xE2\x80\x93 planlagte tiltak", HV_SERVICE_COERCION, 0 },
	{ "tvang_nodsituasjon", "23", "Bruk av tvang, psykisk "
	    "utviklingshemning \xE2\x80\x93 n\xC3\xB8" "dsituasjoner",
	    HV_SERVICE_COERCION, 0 },
	{ "helsehjelp_tvang", "24", "Helsehjelp med tvang",
	    HV_SERVICE_COERCION, 0 },
};
#define NSERVICES (sizeof(services) / sizeof(services[0]))

/* The default categories: R1's rows first, with their names, then the
 * rest.  A member "*home" means every home-based service. */
static const struct {
	const char	*name;
	const char	*members[6];
} categories[] = {
	{ "Hjemmesykepleie", { "hjemmesykepleie" } },
	{ "Praktisk bistand", { "praktisk_bistand",
	    "praktisk_bistand_opplaering" } },
	{ "Kommunal rehabilitering", { "rehabilitering_utenfor",
	    "korttid_rehabilitering" } },
	{ "Avlastning i institusjon", { "avlastning_institusjon" } },
	{ "Korttidsopphold", { "korttid_utredning", "korttid_rehabilitering",
	    "korttid_annet" } },
	{ "Langtidsopphold", { "langtidsopphold" } },
	{ "BPA", { "bpa" } },
	{ "Hjemmetjenester", { "*home" } },
	{ "Korttids- eller avlastningsopphold", { "korttid_utredning",
	    "korttid_rehabilitering", "korttid_annet",
	    "avlastning_institusjon" } },
	{ "Held\xC3\xB8gns omsorgsbolig", { "hdo" } },
	{ "Omsorgsbolig", { "omsorgsbolig" } },
	{ "Avlastning utenfor institusjon", { "avlastning_utenfor" } },
	{ "Omsorgsst\xC3\xB8nad", { "omsorgsstonad" } },
	{ "St\xC3\xB8ttekontakt", { "stottekontakt" } },
	{ "Trygghetsalarm", { "trygghetsalarm" } },
	{ "Matombringing", { "matombringing" } },
	{ "Dagaktivitetstilbud", { "dagtilbud" } },
	{ "Dagopphold i institusjon", { "dagopphold" } },
	{ "Nattopphold i institusjon", { "nattopphold" } },
	{ "Kommunal \xC3\xB8yeblikkelig hjelp (KAD)", { "kad" } },
	{ "Velferdsteknologi", { "lokaliseringsteknologi",
	    "medisineringsstotte", "digitalt_tilsyn" } },
};
#define NCATEGORIES (sizeof(categories) / sizeof(categories[0]))

/* FinnKode writes avlastning i institusjon's subtypes 08.01 (rullerende)
 * and 08.02; they count as 8. */
static const char *avlastning_aliases[] = { "08", "8.01", "08.01", "8.02",
    "08.02", NULL };

struct code_entry {
	int		 service;
	size_t		*cats;
	size_t		 ncats, cats_cap;
};

struct maprow {
	char		*code;
	int		 service;
	long		 cat;		/* -1: none */
};

struct hv_catmap {
	struct hv_map	 *codes;	/* code -> entry */
	struct code_entry *entries;
	size_t		  nentries, entries_cap;
	char		**cats;
	size_t		  ncats, cats_cap;
	struct hv_map	 *catmap;	/* category name -> index */
	struct maprow	 *rows;		/* as given, for printing */
	size_t		  nrows, rows_cap;
};

const struct hv_service *
hv_service_list(void)
{
	return services;
}

size_t
hv_service_count(void)
{
	return NSERVICES;
}

/* Index of the canonical service code, or -1. */
static int
service_find(const char *code)
{
	size_t i;

	for (i = 0; i < NSERVICES; i++)
		if (strcmp(services[i].code, code) == 0)
			return (int)i;
	return -1;
}

static struct hv_catmap *
catmap_new(void)
{
	struct hv_catmap *m = calloc(1, sizeof(*m));

	if (m == NULL)
		return NULL;
	m->codes = hv_map_new();
	m->catmap = hv_map_new();
	if (m->codes == NULL || m->catmap == NULL) {
		hv_catmap_free(m);
		return NULL;
	}
	return m;
}

void
hv_catmap_free(struct hv_catmap *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nentries; i++)
		free(m->entries[i].cats);
	free(m->entries);
	for (i = 0; i < m->ncats; i++)
		free(m->cats[i]);
	free(m->cats);
	for (i = 0; i < m->nrows; i++)
		free(m->rows[i].code);
	free(m->rows);
	hv_map_free(m->codes);
	hv_map_free(m->catmap);
	free(m);
}

/*
 * Add a row: extract code `code` is service `service` and counts in
 * category `cat` (NULL: none).  Returns 0, 1 when the code is already
 * another service (the caller's error), or -1 when out of memory.
 */
static int
add_row(struct hv_catmap *m, const char *code, int service, const char *cat)
{
	struct code_entry *en;
	long ci = -1, ei;
	size_t i;

	ei = hv_map_put(m->codes, code, strlen(code), (long)m->nentries);
	if (ei == -2)
		return -1;
	if ((size_t)ei == m->nentries) {
		if (hv_grow(&m->entries, &m->entries_cap, m->nentries + 1,
		    sizeof(*m->entries)) == -1)
			return -1;
		en = &m->entries[m->nentries++];
		memset(en, 0, sizeof(*en));
		en->service = service;
	}
	en = &m->entries[ei];
	if (en->service != service)
		return 1;
	if (cat != NULL) {
		ci = hv_map_put(m->catmap, cat, strlen(cat), (long)m->ncats);
		if (ci == -2)
			return -1;
		if ((size_t)ci == m->ncats) {
			if (hv_grow(&m->cats, &m->cats_cap, m->ncats + 1,
			    sizeof(*m->cats)) == -1 ||
			    (m->cats[m->ncats] = strdup(cat)) == NULL)
				return -1;
			m->ncats++;
		}
		for (i = 0; i < en->ncats; i++)
			if (en->cats[i] == (size_t)ci)
				break;
		if (i == en->ncats) {
			if (hv_grow(&en->cats, &en->cats_cap, en->ncats + 1,
			    sizeof(*en->cats)) == -1)
				return -1;
			en->cats[en->ncats++] = (size_t)ci;
		}
	}
	if (hv_grow(&m->rows, &m->rows_cap, m->nrows + 1,
	    sizeof(*m->rows)) == -1 ||
	    (m->rows[m->nrows].code = strdup(code)) == NULL)
		return -1;
	m->rows[m->nrows].service = service;
	m->rows[m->nrows].cat = ci;
	m->nrows++;
	return 0;
}

/* Is service s a member of default category c? */
static int
member(size_t c, size_t s)
{
	size_t k;

	for (k = 0; k < 6 && categories[c].members[k] != NULL; k++) {
		if (strcmp(categories[c].members[k], "*home") == 0 &&
		    services[s].kind == HV_SERVICE_HOME)
			return 1;
		if (strcmp(categories[c].members[k], services[s].code) == 0)
			return 1;
	}
	return 0;
}

/* Rows for one code of service s: one per category it counts in. */
static int
add_code(struct hv_catmap *m, const char *code, size_t s)
{
	size_t c;
	int n = 0;

	for (c = 0; c < NCATEGORIES; c++) {
		if (!member(c, s))
			continue;
		if (add_row(m, code, (int)s, categories[c].name) != 0)
			return -1;
		n++;
	}
	if (n == 0 && add_row(m, code, (int)s, NULL) != 0)
		return -1;
	return 0;
}

struct hv_catmap *
hv_catmap_default(struct hv_err *e)
{
	struct hv_catmap *m = catmap_new();
	size_t s, c, i;
	int a;

	if (m == NULL)
		goto oom;
	/* the categories first, so that they keep the report's order */
	for (c = 0; c < NCATEGORIES; c++)
		if (hv_map_put(m->catmap, categories[c].name,
		    strlen(categories[c].name), (long)c) == -2)
			goto oom;
	if ((m->cats = calloc(NCATEGORIES, sizeof(*m->cats))) == NULL)
		goto oom;
	for (c = 0; c < NCATEGORIES; c++)
		if ((m->cats[m->ncats++] = strdup(categories[c].name)) == NULL)
			goto oom;
	for (s = 0; s < NSERVICES; s++)
		if (add_code(m, services[s].code, s) == -1)
			goto oom;
	for (s = 0; s < NSERVICES; s++)
		if (services[s].finnkode != NULL &&
		    add_code(m, services[s].finnkode, s) == -1)
			goto oom;
	a = service_find("avlastning_institusjon");
	for (i = 0; avlastning_aliases[i] != NULL; i++)
		if (add_code(m, avlastning_aliases[i], (size_t)a) == -1)
			goto oom;
	return m;
oom:
	hv_catmap_free(m);
	hv_err_nomem(e);
	return NULL;
}

struct hv_catmap *
hv_catmap_load(const char *path, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_catmap *m;
	struct hv_row row;
	int code, svc, cat, s, got, rc;
	const char *name;

	if ((r = hv_reader_open(path, NULL, e)) == NULL)
		return NULL;
	name = hv_reader_name(r);
	code = hv_reader_col(r, "code");
	svc = hv_reader_col(r, "service");
	cat = hv_reader_col(r, "category");
	if (code < 0 || svc < 0 || cat < 0) {
		hv_err_at(e, name, 1, "a category map has the columns code, "
		    "service and category");
		hv_reader_close(r);
		return NULL;
	}
	if ((m = catmap_new()) == NULL) {
		hv_err_nomem(e);
		hv_reader_close(r);
		return NULL;
	}
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if (row.len[code] == 0) {
			hv_err_at(e, name, row.line, "empty code");
			goto fail;
		}
		if ((s = service_find(row.field[svc])) < 0) {
			hv_err_at(e, name, row.line, "unknown service '%s' "
			    "(see iplos-sum --print-map for the services)",
			    row.field[svc]);
			goto fail;
		}
		rc = add_row(m, row.field[code], s, row.len[cat] > 0 ?
		    row.field[cat] : NULL);
		if (rc == 1) {
			hv_err_at(e, name, row.line, "code '%s' is given "
			    "another service above", row.field[code]);
			goto fail;
		}
		if (rc == -1) {
			hv_err_nomem(e);
			goto fail;
		}
	}
	if (got == -1)
		goto fail;
	hv_reader_close(r);
	return m;
fail:
	hv_reader_close(r);
	hv_catmap_free(m);
	return NULL;
}

static int	add_map_row(struct hv_table *, const struct hv_catmap *, size_t);

struct hv_table *
hv_catmap_table(const struct hv_catmap *m)
{
	static const char *names[] = { "code", "service", "category" };
	struct hv_colspec spec;
	struct hv_table *t = hv_table_new();
	size_t i;
	long c;

	if (t == NULL)
		return NULL;
	memset(&spec, 0, sizeof(spec));
	spec.role = HV_ROLE_KEY;
	spec.decimals = -1;
	for (i = 0; i < 3; i++) {
		spec.name = names[i];
		if (hv_table_add_col(t, &spec) == -1)
			goto fail;
	}
	/* by category, in the map's order, so that a map read back from
	 * this table keeps it; codes that count nowhere last */
	for (c = 0; c <= (long)m->ncats; c++) {
		for (i = 0; i < m->nrows; i++) {
			if (m->rows[i].cat != (c < (long)m->ncats ? c : -1))
				continue;
			if (add_map_row(t, m, i) == -1)
				goto fail;
		}
	}
	return t;
fail:
	hv_table_free(t);
	return NULL;
}

/* One row of the map's table. */
static int
add_map_row(struct hv_table *t, const struct hv_catmap *m, size_t i)
{
	long r;

	if ((r = hv_table_add_row(t)) == -1 ||
		    hv_table_set_text(t, (size_t)r, 0, m->rows[i].code) == -1 ||
		    hv_table_set_text(t, (size_t)r, 1,
		    services[m->rows[i].service].code) == -1 ||
		    hv_table_set_text(t, (size_t)r, 2, m->rows[i].cat < 0 ?
		    NULL : m->cats[m->rows[i].cat]) == -1)
		return -1;
	return 0;
}

long
hv_catmap_code(const struct hv_catmap *m, const char *code, size_t len)
{
	return hv_map_get(m->codes, code, len);
}

int
hv_catmap_entry(const struct hv_catmap *m, size_t i, const size_t **cats,
    size_t *ncats)
{
	*cats = m->entries[i].cats;
	*ncats = m->entries[i].ncats;
	return m->entries[i].service;
}

size_t
hv_catmap_nentries(const struct hv_catmap *m)
{
	return m->nentries;
}

size_t
hv_catmap_ncategories(const struct hv_catmap *m)
{
	return m->ncats;
}

const char *
hv_catmap_category(const struct hv_catmap *m, size_t i)
{
	return m->cats[i];
}

int
hv_catmap_find_category(const struct hv_catmap *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->ncats; i++)
		if (strcasecmp(m->cats[i], name) == 0)
			return (int)i;
	return -1;
}
