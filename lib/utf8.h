/* utf8.h: the little UTF-8 knowledge the reader and the writers need. */
#ifndef HV_UTF8_H
#define HV_UTF8_H

#include <stddef.h>

/*
 * Check the n bytes at s.  Returns n when they are valid UTF-8; otherwise
 * the offset of the first invalid byte.  A sequence cut off by the end of
 * the buffer is not invalid: *tail is set to its length (0 to 3) and the
 * return value is n - *tail.
 */
size_t	hv_utf8_check(const unsigned char *s, size_t n, size_t *tail);

/* The number of bytes at s, of n, before the first above 0x7F. */
size_t	hv_utf8_ascii(const unsigned char *s, size_t n);

/* Display width in terminal columns: one per code point (the letters of
 * Norwegian text, æ ø å included, are all one column wide). */
size_t	hv_utf8_width(const char *s);

/*
 * The n bytes at s, Windows-1252 (the superset of ISO-8859-1 that the
 * toolkit takes text that is not UTF-8 for), as UTF-8 and a NUL, which
 * the caller frees.  NULL when a byte is one Windows-1252 leaves
 * undefined (its offset in *bad), or when out of memory (*bad = n).
 */
char	*hv_utf8_from_cp1252(const char *s, size_t n, size_t *bad);

/*
 * The loose form of a name as people type it, for matching names: ASCII
 * and Latin-1 letters in lower case (Æ Ø Å as æ ø å), every run of blanks
 * (space, tab, no-break space) as one space, every kind of dash (hyphen,
 * en and em dash, minus) as '-' with no blanks around it, and blanks and
 * punctuation (. , ; : ' " * and quotation marks) at either end left out.
 * "  Praktisk bistand \u2013 daglige gjøremål." and "praktisk bistand -
 * Daglige Gjøremål" have one loose form.  Writes at most sz - 1 bytes
 * and a NUL into out; returns the loose form's length, or (size_t)-1
 * when it does not fit.  Text that is not valid UTF-8 is copied as it is.
 */
size_t	hv_utf8_loose(const char *s, size_t len, char *out, size_t sz);

/* Is the loose form of the len bytes at s one of words (loose forms
 * themselves, the list ended by NULL)? */
int	hv_utf8_loose_in(const char *s, size_t len, const char *const *words);

#endif
