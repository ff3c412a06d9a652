/* utf8.c: validate UTF-8 and measure text for column alignment. */
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* Length of the sequence that starts with byte c, or 0 if c cannot start
 * one (a continuation byte, an overlong lead, or beyond U+10FFFF). */
static size_t
seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

size_t
hv_utf8_ascii(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint64_t w;

	/* most text is ASCII: eight bytes at a time */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w & 0x8080808080808080ULL) != 0)
			break;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

size_t
hv_utf8_check(const unsigned char *s, size_t n, size_t *tail)
{
	size_t i = 0, len, k;

	*tail = 0;
	while (i < n) {
		if ((i += hv_utf8_ascii(s + i, n - i)) == n)
			break;
		len = seq_len(s[i]);
		if (len == 0)
			return i;
		for (k = 1; k < len; k++) {
			if (i + k == n) {
				*tail = k;
				return i;
			}
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
		}
		/* overlong three- and four-byte forms, surrogates */
		if ((s[i] == 0xE0 && s[i + 1] < 0xA0) ||
		    (s[i] == 0xED && s[i + 1] > 0x9F) ||
		    (s[i] == 0xF0 && s[i + 1] < 0x90) ||
		    (s[i] == 0xF4 && s[i + 1] > 0x8F))
			return i;
		i += len;
	}
	return n;
}

size_t
hv_utf8_width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}
