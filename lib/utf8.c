/* utf8.c: validate UTF-8 and measure text for column alignment. */
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
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

/* Is the code point at s (n bytes left) a blank?  Its length in *len. */
static int
loose_blank(const unsigned char *s, size_t n, size_t *len)
{
	*len = 1;
	if (s[0] == ' ' || s[0] == '\t')
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {	/* U+00A0 */
		*len = 2;
		return 1;
	}
	return 0;
}

/* A dash: '-', U+2010 to U+2015, U+2212. */
static int
loose_dash(const unsigned char *s, size_t n, size_t *len)
{
	*len = 1;
	if (s[0] == '-')
		return 1;
	*len = 3;
	return n >= 3 && ((s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 &&
	    s[2] <= 0x95) || (s[0] == 0xE2 && s[1] == 0x88 && s[2] == 0x92));
}

/* Punctuation left out at the ends: ASCII, and the quotation marks
 * U+00AB, U+00BB, U+2018 to U+201F. */
static int
loose_punct(const unsigned char *s, size_t n, size_t *len)
{
	*len = 1;
	if (s[0] != '\0' && strchr(".,;:'\"*", s[0]) != NULL)
		return 1;
	*len = 2;
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB))
		return 1;
	*len = 3;
	return n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x98 &&
	    s[2] <= 0x9F;
}

/* The length of the code point at s (n bytes left) that is left out at
 * an end, or 0. */
static size_t
loose_edge(const unsigned char *s, size_t n)
{
	size_t len;

	if (loose_blank(s, n, &len) || loose_punct(s, n, &len))
		return len;
	return 0;
}

/* The same for the code point that ends at s + n. */
static size_t
loose_edge_back(const unsigned char *s, size_t n)
{
	size_t k, len;

	for (k = 1; k <= 3 && k <= n; k++) {
		if ((s[n - k] & 0xC0) == 0x80)
			continue;
		len = loose_edge(s + n - k, k);
		return len == k ? k : 0;
	}
	return 0;
}

size_t
hv_utf8_loose(const char *str, size_t n, char *out, size_t sz)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, o = 0, k, len;
	int blank = 0;

	while (n > 0 && (k = loose_edge(s, n)) > 0)
		s += k, n -= k;
	while (n > 0 && (k = loose_edge_back(s, n)) > 0)
		n -= k;
	for (i = 0; i < n; i += len) {
		if (loose_blank(s + i, n - i, &len)) {
			blank = 1;
			continue;
		}
		if (loose_dash(s + i, n - i, &len)) {
			blank = 0;
			while (o > 0 && out[o - 1] == ' ')
				o--;
			if (o + 1 >= sz)
				return (size_t)-1;
			out[o++] = '-';
			/* no blank after a dash */
			while (i + len < n && loose_blank(s + i + len,
			    n - i - len, &k))
				len += k;
			continue;
		}
		if (blank && o > 0 && out[o - 1] != '-') {
			if (o + 1 >= sz)
				return (size_t)-1;
			out[o++] = ' ';
		}
		blank = 0;
		len = 1;
		if (s[i] >= 'A' && s[i] <= 'Z') {
			if (o + 1 >= sz)
				return (size_t)-1;
			out[o++] = (char)(s[i] + 32);
			continue;
		}
		/* U+00C0 to U+00DE (but U+00D7, the multiplication sign) in
		 * lower case: 0xC3 0x80-0x9E to 0xC3 0xA0-0xBE */
		if (s[i] == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9E && s[i + 1] != 0x97) {
			if (o + 2 >= sz)
				return (size_t)-1;
			out[o++] = (char)0xC3;
			out[o++] = (char)(s[i + 1] + 0x20);
			len = 2;
			continue;
		}
		if (o + 1 >= sz)
			return (size_t)-1;
		out[o++] = (char)s[i];
	}
	if (sz == 0)
		return (size_t)-1;
	out[o] = '\0';
	return o;
}

char *
hv_utf8_from_cp1252(const char *s, size_t n, size_t *bad)
{
	/* a Windows-1252 byte is at most three UTF-8 bytes (0x80 is the
	 * euro sign, U+20AC), and the NUL after them */
	size_t inleft = n, outleft = 3 * n;
	char *out, *in = (char *)s, *o;
	iconv_t cd;

	*bad = n;
	if ((out = malloc(outleft + 1)) == NULL)
		return NULL;
	o = out;
	if ((cd = iconv_open("UTF-8", "WINDOWS-1252")) == (iconv_t)-1) {
		free(out);
		return NULL;
	}
	if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
		*bad = (size_t)(in - s);
		iconv_close(cd);
		free(out);
		return NULL;
	}
	iconv_close(cd);
	*o = '\0';
	return out;
}

int
hv_utf8_loose_in(const char *s, size_t len, const char *const *words)
{
	char key[128];
	size_t i;

	if (hv_utf8_loose(s, len, key, sizeof(key)) == (size_t)-1)
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (strcmp(key, words[i]) == 0)
			return 1;
	return 0;
}
