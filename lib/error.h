/*
 * error.h: how lib/ reports a problem.  Functions that can fail take a
 * struct hv_err *, fill it and return -1; cmd/ prints e.msg and exits with
 * hv_err_exit(e).  The message already carries its place ("file:line:
 * what is wrong") when there is one, and the error its kind, so that
 * running out of memory is never taken for a usage error.
 */
#ifndef HV_ERROR_H
#define HV_ERROR_H

#include <stddef.h>

enum hv_err_kind {
	HV_ERR_DATA,		/* the input: a bad row, a file that does
				   not fit the question (exit status 1) */
	HV_ERR_USAGE,		/* options that cannot be used (2) */
	HV_ERR_IO,		/* a file that cannot be opened, read or
				   written (1) */
	HV_ERR_NOMEM		/* out of memory (1) */
};

struct hv_err {
	enum hv_err_kind kind;
	char		 msg[1024];
};

/* Set e->msg from a printf format, kind HV_ERR_DATA; returns -1 so
 * callers can return it. */
int	hv_err_set(struct hv_err *e, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* As hv_err_set, of kind HV_ERR_USAGE. */
int	hv_err_usage(struct hv_err *e, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* Set e->msg to "file:line: " followed by the formatted text, kind
 * HV_ERR_DATA; line 0 omits the line.  Returns -1. */
int	hv_err_at(struct hv_err *e, const char *file, unsigned long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* "file: " and the text, kind HV_ERR_IO.  Returns -1. */
int	hv_err_io(struct hv_err *e, const char *file, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* "out of memory", kind HV_ERR_NOMEM.  Returns -1. */
int	hv_err_nomem(struct hv_err *e);

/* Put "prefix: " in front of an existing message (for context); the kind
 * stays. */
void	hv_err_prefix(struct hv_err *e, const char *prefix);

/* The same for a bad option argument: "opt: " in front, kind
 * HV_ERR_USAGE (a date given to --on that does not parse). */
void	hv_err_option(struct hv_err *e, const char *opt);

/* The exit status for an error of e's kind: 2 for usage, else 1.  The one
 * place where kinds become statuses: every main() exits through it. */
int	hv_err_exit(const struct hv_err *e);

/* "invalid WHAT 'value'", and " (why)" unless why is NULL, with the len
 * bytes at s quoted as hv_err_quote does; kind HV_ERR_DATA.  Returns -1. */
int	hv_err_invalid(struct hv_err *e, const char *what, const char *s,
	    size_t len, const char *why);

/* Copy at most max bytes of s into buf (size bufsz) for quoting in a
 * message, ending with "..." when cut; never splits a UTF-8 sequence. */
const char *hv_err_quote(const char *s, size_t len, char *buf, size_t bufsz);

/* Lines of a report (notes, warnings, data-quality counts) that a module
 * gathers for cmd/ to print.  Zero-initialise; hv_notes_free() frees. */
struct hv_notes {
	char	**line;
	size_t	  n, cap;
};

/* Add a formatted line.  Returns 0, or -1 when out of memory. */
int	hv_notes_add(struct hv_notes *notes, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	hv_notes_free(struct hv_notes *notes);

#endif
