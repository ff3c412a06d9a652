/*
 * error.h: how lib/ reports a problem.  Functions that can fail take a
 * struct hv_err *, fill it and return -1; cmd/ prints e.msg.  The message
 * already carries its place ("file:line: what is wrong") when there is one.
 */
#ifndef HV_ERROR_H
#define HV_ERROR_H

#include <stddef.h>

struct hv_err {
	char	msg[1024];
};

/* Set e->msg from a printf format; returns -1 so callers can return it. */
int	hv_err_set(struct hv_err *e, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* Set e->msg to "file:line: " followed by the formatted text; line 0 omits
 * the line.  Returns -1. */
int	hv_err_at(struct hv_err *e, const char *file, unsigned long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Put "prefix: " in front of an existing message (for context). */
void	hv_err_prefix(struct hv_err *e, const char *prefix);

/* Copy at most max bytes of s into buf (size bufsz) for quoting in a
 * message, ending with "..." when cut; never splits a UTF-8 sequence. */
const char *hv_err_quote(const char *s, size_t len, char *buf, size_t bufsz);

/* Lines of a report (notes, warnings, data-quality counts) that a module
 * gathers for cmd/ to print.  Zero-initialise; hv_notes_free() frees. */
struct hv_notes {
	char	**line;
	size_t	  n;
};

/* Add a formatted line.  Returns 0, or -1 when out of memory. */
int	hv_notes_add(struct hv_notes *notes, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	hv_notes_free(struct hv_notes *notes);

#endif
