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

#endif
