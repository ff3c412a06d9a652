/* error.c: error messages with a place. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

int
hv_err_set(struct hv_err *e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int
hv_err_at(struct hv_err *e, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;
	int n;

	if (line > 0)
		n = snprintf(e->msg, sizeof(e->msg), "%s:%lu: ", file, line);
	else
		n = snprintf(e->msg, sizeof(e->msg), "%s: ", file);
	if (n < 0 || (size_t)n >= sizeof(e->msg))
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg + n, sizeof(e->msg) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

void
hv_err_prefix(struct hv_err *e, const char *prefix)
{
	size_t pl = strlen(prefix), ml = strlen(e->msg);

	if (pl + 3 >= sizeof(e->msg))
		return;
	if (pl + 2 + ml >= sizeof(e->msg))
		ml = sizeof(e->msg) - pl - 3;	/* cut the end */
	memmove(e->msg + pl + 2, e->msg, ml);
	e->msg[pl + 2 + ml] = '\0';
	memcpy(e->msg, prefix, pl);
	memcpy(e->msg + pl, ": ", 2);
}

const char *
hv_err_quote(const char *s, size_t len, char *buf, size_t bufsz)
{
	size_t n = len;

	if (bufsz < 8) {
		if (bufsz > 0)
			buf[0] = '\0';
		return buf;
	}
	if (n > bufsz - 4) {
		n = bufsz - 4;
		/* back up to the start of a UTF-8 sequence */
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		memcpy(buf, s, n);
		memcpy(buf + n, "...", 4);
		return buf;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

int
hv_notes_add(struct hv_notes *notes, const char *fmt, ...)
{
	char buf[512], **l;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if ((l = realloc(notes->line, (notes->n + 1) * sizeof(*l))) == NULL)
		return -1;
	notes->line = l;
	if ((l[notes->n] = strdup(buf)) == NULL)
		return -1;
	notes->n++;
	return 0;
}

void
hv_notes_free(struct hv_notes *notes)
{
	size_t i;

	for (i = 0; i < notes->n; i++)
		free(notes->line[i]);
	free(notes->line);
	notes->line = NULL;
	notes->n = 0;
}
