/*
 * names.h: the names of an enum's values, one table used both ways: a
 * name to its value (for an option's argument) and a value to its name
 * (for messages), and the list of valid names for "unknown X" errors, so
 * that a message never lists the names by hand.
 */
#ifndef HV_NAMES_H
#define HV_NAMES_H

#include <stddef.h>

#include "error.h"

struct hv_name {
	const char	*name;
	int		 value;
	int		 alias;		/* accepted, not listed: the first
					   entry of a value is its name */
};

/* A table ends with an entry whose name is NULL. */

/* The value named name (ASCII case-insensitive) into *value: 0, or -1
 * when the table has no such name. */
int	hv_name_find(const struct hv_name *t, const char *name, int *value);

/* The name of value (its first entry), or "" when none has it. */
const char *hv_name_of(const struct hv_name *t, int value);

/* The names that are not aliases, joined by sep, into buf (cut with
 * "..." when it does not fit).  Returns buf. */
char	*hv_name_list(const struct hv_name *t, const char *sep, char *buf,
	    size_t sz);

/* hv_name_find, or a usage error "opt: unknown what 'name' (a, b, c)". */
int	hv_name_arg(const struct hv_name *t, const char *opt,
	    const char *what, const char *name, int *value, struct hv_err *e);

#endif
