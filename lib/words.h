/*
 * words.h: the toolkit's own words (never the data's) in English and
 * Norwegian.  A word has a name, the machine form written in CSV and
 * read back by the tools (a column "age_group", a measure "change_pct",
 * a key "kvinne"); its Norwegian for a column header or a key; and, when
 * it also names a row of a wide table, that row's label in each language
 * (a printf template with one %s, the base period or the window, where
 * the label takes one).
 *
 * Each engine keeps the words of its measures in its table of measures,
 * so that adding a measure is editing one table; the words all tools
 * share (the interchange format's columns, sex) are hv_words below.
 */
#ifndef HV_WORDS_H
#define HV_WORDS_H

enum hv_lang {
	HV_LANG_EN,		/* the default: names as the machine writes
				   them, English labels */
	HV_LANG_NB		/* Norwegian (bokmål), for people */
};

struct hv_word {
	const char	*name;
	const char	*nb;		/* NULL: the name */
	const char	*label_en;	/* a wide table's row; NULL: none */
	const char	*label_nb;
};

/* The shared words, ended by an entry whose name is NULL. */
extern const struct hv_word hv_words[];

/* A word as a header or key in lang: its name in English, its Norwegian
 * (or name) in Norwegian. */
const char *hv_word_text(const struct hv_word *w, enum hv_lang lang);

/* The row label of w in lang (NULL when w names no row). */
const char *hv_word_label(const struct hv_word *w, enum hv_lang lang);

/* name in lang, through hv_words: name itself when it is no shared word
 * (data is never translated). */
const char *hv_word_of(const char *name, enum hv_lang lang);

#endif
