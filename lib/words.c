/* words.c: the toolkit's own words in two languages. */
#include <string.h>

#include "words.h"

/* The words every tool shares: the interchange format's columns, the
 * tools' key columns, and the values of the sex column. */
const struct hv_word hv_words[] = {
	{ "category",	"Kategori",		NULL, NULL },
	{ "service",	"Tjeneste",		NULL, NULL },
	{ "age_group",	"Aldersgruppe",		NULL, NULL },
	{ "sex",	"Kj\xC3\xB8nn",		NULL, NULL },
	{ "district",	"Sone",			NULL, NULL },
	{ "measure",	"M\xC3\xA5l",		NULL, NULL },
	{ "period",	"Periode",		NULL, NULL },
	{ "value",	"Verdi",		NULL, NULL },
	{ "status",	"Status",		NULL, NULL },
	{ "unit",	"Kode",			NULL, NULL },
	{ "label",	"Navn",			NULL, NULL },
	{ "series",	"Serie",		NULL, NULL },
	{ "variable",	"Statistikkvariabel",	NULL, NULL },
	{ "source",	"Kilde",		NULL, NULL },
	{ "mann",	"Menn",			NULL, NULL },
	{ "kvinne",	"Kvinner",		NULL, NULL },
	{ "uoppgitt",	"Uoppgitt",		NULL, NULL },
	{ NULL,		NULL,			NULL, NULL },
};

static const struct hv_word *
word_find(const struct hv_word *t, const char *name)
{
	for (; t->name != NULL; t++)
		if (strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

const char *
hv_word_text(const struct hv_word *w, enum hv_lang lang)
{
	return lang == HV_LANG_NB && w->nb != NULL ? w->nb : w->name;
}

const char *
hv_word_label(const struct hv_word *w, enum hv_lang lang)
{
	return lang == HV_LANG_NB ? w->label_nb : w->label_en;
}

const char *
hv_word_of(const char *name, enum hv_lang lang)
{
	const struct hv_word *w;

	if (lang == HV_LANG_EN || (w = word_find(hv_words, name)) == NULL)
		return name;
	return hv_word_text(w, lang);
}
