/* error.c: error messages with a place. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "mem.h"

int
hv_err_set(struct hv_err *e, const char *fmt, ...)
{
	va_list ap;

	e->kind = HV_ERR_DATA;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int
hv_err_usage(struct hv_err *e, const char *fmt, ...)
{
	va_list ap;

	e->kind = HV_ERR_USAGE;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int
hv_err_nomem(struct hv_err *e)
{
	e->kind = HV_ERR_NOMEM;
	snprintf(e->msg, sizeof(e->msg), "out of memory");
	return -1;
}

int
hv_err_exit(const struct hv_err *e)
{
	return e->kind == HV_ERR_USAGE ? 2 : 1;
}

/* "file: " or "file:line: " into e->msg; returns its length, or -1 when
 * the place alone fills the message. */
static int
place(struct hv_err *e, const char *file, unsigned long line)
{
	int n;

	if (line > 0)
		n = snprintf(e->msg, sizeof(e->msg), "%s:%lu: ", file, line);
	else
		n = snprintf(e->msg, sizeof(e->msg), "%s: ", file);
	return n < 0 || (size_t)n >= sizeof(e->msg) ? -1 : n;
}

int
hv_err_at(struct hv_err *e, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;
	int n;

	e->kind = HV_ERR_DATA;
	if ((n = place(e, file, line)) < 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg + n, sizeof(e->msg) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

int
hv_err_io(struct hv_err *e, const char *file, const char *fmt, ...)
{
	va_list ap;
	int n;

	e->kind = HV_ERR_IO;
	if ((n = place(e, file, 0)) < 0)
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

void
hv_err_option(struct hv_err *e, const char *opt)
{
	hv_err_prefix(e, opt);
	e->kind = HV_ERR_USAGE;
}

int
hv_err_invalid(struct hv_err *e, const char *what, const char *s,
    size_t len, const char *why)
{
	char q[80];

	hv_err_quote(s, len, q, sizeof(q));
	if (why == NULL)
		return hv_err_set(e, "invalid %s '%s'", what, q);
	return hv_err_set(e, "invalid %s '%s' (%s)", what, q, why);
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
	va_list ap;
	char *line;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || hv_grow(&notes->line, &notes->cap, notes->n + 1,
	    sizeof(*notes->line)) == -1 ||
	    (line = malloc((size_t)n + 1)) == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(line, (size_t)n + 1, fmt, ap);
	va_end(ap);
	notes->line[notes->n++] = line;
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
	notes->n = notes->cap = 0;
}
