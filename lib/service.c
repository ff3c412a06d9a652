/* service.c: IPLOS service types, report categories, the category map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "map.h"
#include "mem.h"
#include "reader.h"
#include "service.h"
#include "utf8.h"

/* FinnKode 9151 ("Tjenestetype i helse- og omsorgstjenesten") numbers as
 * SSB's KOSTRA definitions use them; HDO and rehabilitering utenfor
 * institusjon have none (Levanger's own reporting; not a service code
 * since 2019). */
static const struct hv_service services[] = {
	{ "hjemmesykepleie", "15", "Helsetjenester i hjemmet (hjemmesykepleie)",
	    HV_SERVICE_HOME, 0, 1 },
	{ "praktisk_bistand", "1", "Praktisk bistand \xE2\x80\x93 daglige "
	    "gj\xC3\xB8rem\xC3\xA5l", HV_SERVICE_HOME, 0, 1 },
	{ "praktisk_bistand_opplaering", "2", "Praktisk bistand \xE2\x80\x93 "
	    "oppl\xC3\xA6ring \xE2\x80\x93 daglige gj\xC3\xB8rem\xC3\xA5l",
	    HV_SERVICE_HOME, 0, 1 },
	{ "bpa", "3", "Brukerstyrt personlig assistanse (BPA)",
	    HV_SERVICE_HOME, 0, 1 },
	{ "avlastning_utenfor", "7", "Avlastning utenfor institusjon",
	    HV_SERVICE_HOME, 0, 1 },
	{ "omsorgsstonad", "11", "Omsorgsst\xC3\xB8nad", HV_SERVICE_HOME, 0, 1 },
	{ "stottekontakt", "9", "St\xC3\xB8ttekontakt", HV_SERVICE_HOME, 0, 1 },
	{ "trygghetsalarm", "6", "Trygghetsalarm", HV_SERVICE_HOME, 0, 0 },
	{ "matombringing", "5", "Matombringing", HV_SERVICE_HOME, 0, 0 },
	{ "dagtilbud", "4", "Dagaktivitetstilbud", HV_SERVICE_HOME, 0, 1 },
	{ "rehabilitering_utenfor", NULL, "Rehabilitering utenfor institusjon",
	    HV_SERVICE_HOME, 0, 0 },
	{ "omsorgsbolig", "29", "Bolig til helse- og omsorgsform\xC3\xA5l "
	    "(omsorgsbolig)", HV_SERVICE_HOME, 0, 0 },
	{ "hdo", NULL, "Held\xC3\xB8gns omsorgsbolig (HDO)", HV_SERVICE_HOME,
	    0, 0 },
	{ "korttid_utredning", "18", "Tidsbegrenset opphold \xE2\x80\x93 "
	    "utredning/behandling", HV_SERVICE_INSTITUTION, 1, 0 },
	{ "korttid_rehabilitering", "19", "Tidsbegrenset opphold \xE2\x80\x93 "
	    "habilitering/rehabilitering", HV_SERVICE_INSTITUTION, 1, 0 },
	{ "korttid_annet", "20", "Tidsbegrenset opphold \xE2\x80\x93 annet",
	    HV_SERVICE_INSTITUTION, 1, 0 },
	{ "avlastning_institusjon", "8", "Avlastning i institusjon",
	    HV_SERVICE_INSTITUTION, 1, 0 },
	{ "langtidsopphold", "21", "Langtidsopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 1, 0 },
	{ "dagopphold", "17", "Dagopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 0, 1 },
	{ "nattopphold", "22", "Nattopphold i institusjon",
	    HV_SERVICE_INSTITUTION, 0, 1 },
	{ "kad", "25", "Kommunal \xC3\xB8yeblikkelig hjelp \xE2\x80\x93 "
	    "d\xC3\xB8gnopphold (KAD)", HV_SERVICE_INSTITUTION, 1, 0 },
	{ "lokaliseringsteknologi", "26", "Lokaliseringsteknologi (GPS)",
	    HV_SERVICE_OTHER, 0, 0 },
	{ "medisineringsstotte", "27", "Elektronisk medisineringsst\xC3\xB8tte",
	    HV_SERVICE_OTHER, 0, 0 },
	{ "digitalt_tilsyn", "28", "Digitalt tilsyn", HV_SERVICE_OTHER, 0, 0 },
	{ "tvang_planlagt", "14", "Bruk av tvang, psykisk utviklingshemning "
	    "\xE2\x80\x93 planlagte tiltak", HV_SERVICE_COERCION, 0, 0 },
	{ "tvang_nodsituasjon", "23", "Bruk av tvang, psykisk "
	    "utviklingshemning \xE2\x80\x93 n\xC3\xB8" "dsituasjoner",
	    HV_SERVICE_COERCION, 0, 0 },
	{ "helsehjelp_tvang", "24", "Helsehjelp med tvang",
	    HV_SERVICE_COERCION, 0, 0 },
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

/*
 * Other names of the services, as EPJ systems and older IPLOS versions
 * write them (matched in their loose form, so one spelling each): the
 * official names without our additions in parentheses, the names before
 * 2019 (hjemmesykepleie, omsorgslønn), and the everyday names that name
 * one service only ("Korttidsopphold" names three, and is not here).
 */
static const struct {
	const char	*service;
	const char	*name;
} other_names[] = {
	{ "hjemmesykepleie", "Helsetjenester i hjemmet" },
	{ "hjemmesykepleie", "Hjemmesykepleie" },
	{ "hjemmesykepleie", "Helsetjenester i hjemmet (tidl. "
	    "hjemmesykepleie)" },
	{ "hjemmesykepleie", "Helsetjenester i hjemmet (tidligere "
	    "hjemmesykepleie)" },
	{ "praktisk_bistand", "Praktisk bistand: daglige gj\xC3\xB8rem\xC3\xA5l" },
	{ "praktisk_bistand_opplaering", "Praktisk bistand \xE2\x80\x93 "
	    "oppl\xC3\xA6ring" },
	{ "praktisk_bistand_opplaering", "Praktisk bistand: oppl\xC3\xA6ring" },
	{ "bpa", "Praktisk bistand \xE2\x80\x93 brukerstyrt \xE2\x80\x93 "
	    "personlig assistanse" },
	{ "bpa", "Praktisk bistand \xE2\x80\x93 brukerstyrt personlig "
	    "assistanse" },
	{ "bpa", "Brukerstyrt personlig assistanse" },
	{ "bpa", "BPA" },
	{ "avlastning_utenfor", "Avlastning \xE2\x80\x93 utenfor institusjon" },
	{ "omsorgsstonad", "Omsorgsl\xC3\xB8nn" },
	{ "dagtilbud", "Dagaktivitetstilbud (dagsenter)" },
	{ "omsorgsbolig", "Bolig som kommunen disponerer for helse- og "
	    "omsorgsform\xC3\xA5l" },
	{ "omsorgsbolig", "Bolig til helse- og omsorgsform\xC3\xA5l" },
	{ "omsorgsbolig", "Omsorgsbolig" },
	{ "hdo", "Held\xC3\xB8gns omsorgsbolig" },
	{ "hdo", "Omsorgsbolig med held\xC3\xB8gns bemanning" },
	{ "korttid_utredning", "Korttidsopphold \xE2\x80\x93 "
	    "utredning/behandling" },
	{ "korttid_rehabilitering", "Korttidsopphold \xE2\x80\x93 "
	    "habilitering/rehabilitering" },
	{ "korttid_annet", "Korttidsopphold \xE2\x80\x93 annet" },
	{ "avlastning_institusjon", "Avlastning \xE2\x80\x93 i institusjon" },
	{ "avlastning_institusjon", "Avlastning i institusjon \xE2\x80\x93 "
	    "rullerende" },
	{ "avlastning_institusjon", "Avlastning i institusjon \xE2\x80\x93 "
	    "ikke rullerende" },
	{ "langtidsopphold", "Langtidsopphold" },
	{ "langtidsopphold", "Langtidsopphold i sykehjem" },
	{ "kad", "Kommunal \xC3\xB8yeblikkelig hjelp \xE2\x80\x93 "
	    "d\xC3\xB8gnopphold" },
	{ "kad", "\xC3\x98yeblikkelig hjelp d\xC3\xB8gnopphold" },
	{ "kad", "KAD" },
	{ "lokaliseringsteknologi", "Lokaliseringsteknologi" },
	{ "medisineringsstotte", "Medisineringsst\xC3\xB8tte" },
	{ "tvang_planlagt", "Bruk av tvang psykisk utviklingshemning "
	    "\xE2\x80\x93 planlagte tiltak" },
	{ "tvang_nodsituasjon", "Bruk av tvang psykisk utviklingshemning "
	    "\xE2\x80\x93 n\xC3\xB8" "dsituasjoner" },
};
#define NOTHER_NAMES (sizeof(other_names) / sizeof(other_names[0]))

/* The longest loose form looked up: longer values are no service. */
#define LOOSE_MAX	256

struct code_entry {
	int		 service;
	size_t		*cats;
	size_t		 ncats, cats_cap;
	const char	*code;		/* the first row's */
	unsigned long	 line;		/* in the map file; 0: built in */
};

struct maprow {
	char		*code;
	int		 service;
	long		 cat;		/* -1: none */
};

struct hv_catmap {
	struct hv_map	 *codes;	/* code -> entry */
	struct hv_map	 *loose;	/* its loose form -> entry */
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
	m->loose = hv_map_new();
	m->catmap = hv_map_new();
	if (m->codes == NULL || m->loose == NULL || m->catmap == NULL) {
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
	hv_map_free(m->loose);
	hv_map_free(m->catmap);
	free(m);
}

/*
 * Add a row: extract code `code` is service `service` and counts in
 * category `cat` (NULL: none).  Returns 0, 1 when the code is already
 * another service (the caller's error), or -1 when out of memory.
 */
static int
add_row(struct hv_catmap *m, const char *code, int service, const char *cat,
    unsigned long line)
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
		en->line = line;
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
	if (m->entries[ei].code == NULL)
		m->entries[ei].code = m->rows[m->nrows].code;
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

/* Rows for one code of service s: one per category it counts in by
 * default.  0; 1 when the code is there as another service; -1 when out
 * of memory.  A code there as s already is left as it is. */
static int
add_code(struct hv_catmap *m, const char *code, size_t s, unsigned long line)
{
	size_t c;
	long ei;
	int n = 0, rc;

	if ((ei = hv_map_get(m->codes, code, strlen(code))) >= 0)
		return m->entries[ei].service == (int)s ? 0 : 1;
	for (c = 0; c < NCATEGORIES; c++) {
		if (!member(c, s))
			continue;
		if ((rc = add_row(m, code, (int)s, categories[c].name,
		    line)) != 0)
			return rc;
		n++;
	}
	if (n == 0)
		return add_row(m, code, (int)s, NULL, line);
	return 0;
}

/* Do entries a and b count alike (one service, the same categories)? */
static int
same_entry(const struct hv_catmap *m, size_t a, size_t b)
{
	const struct code_entry *x = &m->entries[a], *y = &m->entries[b];
	size_t i, j;

	if (x->service != y->service || x->ncats != y->ncats)
		return 0;
	for (i = 0; i < x->ncats; i++) {
		for (j = 0; j < y->ncats; j++)
			if (x->cats[i] == y->cats[j])
				break;
		if (j == y->ncats)
			return 0;
	}
	return 1;
}

/*
 * Index the loose form of every entry's code, from entry `from` on.
 * Two codes of one loose form that count alike are one; that count
 * differently, -1 with *a and *b set to the two entries (the caller's
 * error), or -2 when out of memory.
 */
static int
index_loose(struct hv_catmap *m, size_t from, size_t *a, size_t *b)
{
	char key[LOOSE_MAX];
	size_t i, n;
	long got;

	for (i = from; i < m->nentries; i++) {
		n = hv_utf8_loose(m->entries[i].code,
		    strlen(m->entries[i].code), key, sizeof(key));
		if (n == (size_t)-1 || n == 0)
			continue;
		if ((got = hv_map_put(m->loose, key, n, (long)i)) == -2)
			return -2;
		if ((size_t)got != i && !same_entry(m, (size_t)got, i)) {
			*a = (size_t)got;
			*b = i;
			return -1;
		}
	}
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
		if (add_code(m, services[s].code, s, 0) != 0)
			goto oom;
	for (s = 0; s < NSERVICES; s++)
		if (services[s].finnkode != NULL &&
		    add_code(m, services[s].finnkode, s, 0) != 0)
			goto oom;
	a = service_find("avlastning_institusjon");
	for (i = 0; avlastning_aliases[i] != NULL; i++)
		if (add_code(m, avlastning_aliases[i], (size_t)a, 0) != 0)
			goto oom;
	for (s = 0; s < NSERVICES; s++)
		if (add_code(m, services[s].name, s, 0) != 0)
			goto oom;
	for (i = 0; i < NOTHER_NAMES; i++)
		if (add_code(m, other_names[i].name,
		    (size_t)service_find(other_names[i].service), 0) != 0)
			goto oom;
	/* the built-in names are told apart in their loose forms
	 * (tests/unit/test-service.c holds them to it) */
	if ((a = index_loose(m, 0, &s, &i)) != 0) {
		if (a == -2)
			goto oom;
		hv_err_set(e, "built-in map: '%s' and '%s' are one name in "
		    "their loose form but count differently",
		    m->entries[s].code, m->entries[i].code);
		hv_catmap_free(m);
		return NULL;
	}
	return m;
oom:
	hv_catmap_free(m);
	hv_err_nomem(e);
	return NULL;
}

/* The service a map file's service cell names: a canonical code, or
 * any code or name the built-in map knows; -1 when none. */
static int
service_named(const struct hv_catmap *builtin, const char *cell, size_t len)
{
	const size_t *cats;
	size_t ncats;
	long ei;
	int sv;

	if ((sv = service_find(cell)) >= 0)
		return sv;
	if ((ei = hv_catmap_code(builtin, cell, len)) < 0)
		return -1;
	return hv_catmap_entry(builtin, (size_t)ei, &cats, &ncats);
}

/* The error of two codes that are one loose form, a and b the entries. */
static int
loose_clash(const struct hv_catmap *m, const char *name, size_t a, size_t b,
    struct hv_err *e)
{
	const struct code_entry *x = &m->entries[a], *y = &m->entries[b];
	char where[64] = "the built-in map";

	if (x->line > 0)
		snprintf(where, sizeof(where), "line %lu", x->line);
	return hv_err_at(e, name, y->line, "code '%s' is '%s' of %s (case, "
	    "blanks, dashes and punctuation at the ends are not told apart), "
	    "which counts as %s%s", y->code, x->code, where,
	    services[x->service].code, x->service == y->service ?
	    " in other categories" : "");
}

struct hv_catmap *
hv_catmap_load(const char *path, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_catmap *m = NULL, *builtin;
	struct hv_row row;
	size_t first, a, b;
	int code, svc, cat, s, got, rc;
	const char *name;

	if ((builtin = hv_catmap_default(e)) == NULL)
		return NULL;
	if ((r = hv_reader_open(path, NULL, e)) == NULL)
		goto fail;
	name = hv_reader_name(r);
	code = hv_reader_col(r, "code");
	svc = hv_reader_col(r, "service");
	cat = hv_reader_col(r, "category");
	if (code < 0 || svc < 0) {
		hv_err_at(e, name, 1, "a category map has the columns code, "
		    "service and category (a full map), or code and service "
		    "(aliases for the built-in map)");
		goto fail;
	}
	/* aliases: added to the built-in map, in its categories */
	if (cat < 0) {
		m = builtin;
		builtin = NULL;
	} else if ((m = catmap_new()) == NULL) {
		hv_err_nomem(e);
		goto fail;
	}
	first = m->nentries;
	while ((got = hv_reader_next(r, &row, e)) == 1) {
		if (row.len[code] == 0) {
			hv_err_at(e, name, row.line, "empty code");
			goto fail;
		}
		if ((s = service_named(builtin != NULL ? builtin : m,
		    row.field[svc], row.len[svc])) < 0) {
			hv_err_at(e, name, row.line, "unknown service '%s' "
			    "(see iplos-sum --print-map for the services)",
			    row.field[svc]);
			goto fail;
		}
		if (cat < 0)
			rc = add_code(m, row.field[code], (size_t)s, row.line);
		else
			rc = add_row(m, row.field[code], s, row.len[cat] > 0 ?
			    row.field[cat] : NULL, row.line);
		if (rc == 1) {
			hv_err_at(e, name, row.line, "code '%s' is %s "
			    "already, as another service", row.field[code],
			    cat < 0 ? "in the built-in map" : "given above");
			goto fail;
		}
		if (rc == -1) {
			hv_err_nomem(e);
			goto fail;
		}
	}
	if (got == -1)
		goto fail;
	if ((rc = index_loose(m, first, &a, &b)) != 0) {
		if (rc == -2)
			hv_err_nomem(e);
		else
			loose_clash(m, name, a, b, e);
		goto fail;
	}
	hv_reader_close(r);
	hv_catmap_free(builtin);
	return m;
fail:
	hv_reader_close(r);
	hv_catmap_free(builtin);
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

/* The entry of a loose form of n bytes that is a number, with leading
 * zeros or not ("015", "08.01"), or -1. */
static long
number_code(const struct hv_catmap *m, const char *key, size_t n)
{
	while (n > 1 && key[0] == '0' && key[1] >= '0' && key[1] <= '9')
		key++, n--;
	return hv_map_get(m->loose, key, n);
}

/* The entry of a value that is not a code of m: its loose form, a
 * number, or a number and a name that count alike ("15 - Helsetjenester
 * i hjemmet", "21: Langtidsopphold"). */
static long
loose_code(const struct hv_catmap *m, const char *code, size_t len)
{
	char key[LOOSE_MAX];
	size_t n, k, rest;
	long a, b;

	n = hv_utf8_loose(code, len, key, sizeof(key));
	if (n == (size_t)-1 || n == 0)
		return -1;
	if ((a = hv_map_get(m->loose, key, n)) >= 0)
		return a;
	for (k = 0; k < n && ((key[k] >= '0' && key[k] <= '9') ||
	    key[k] == '.'); k++)
		;
	if (k == 0)
		return -1;
	if (k == n)
		return number_code(m, key, n);
	rest = k;
	while (rest < n && (key[rest] == ' ' || key[rest] == '-' ||
	    key[rest] == ':' || key[rest] == ')'))
		rest++;
	if (rest == k && key[k - 1] != '.')
		return -1;			/* "15abc" */
	while (k > 0 && key[k - 1] == '.')
		k--;
	if (k == 0 || rest == n ||
	    (a = number_code(m, key, k)) < 0 ||
	    (b = hv_map_get(m->loose, key + rest, n - rest)) < 0 ||
	    !same_entry(m, (size_t)a, (size_t)b))
		return -1;
	return a;
}

long
hv_catmap_exact(const struct hv_catmap *m, const char *code, size_t len)
{
	return hv_map_get(m->codes, code, len);
}

long
hv_catmap_code(const struct hv_catmap *m, const char *code, size_t len)
{
	long e = hv_map_get(m->codes, code, len);

	return e >= 0 ? e : loose_code(m, code, len);
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
