/* names.c: an enum's names, both ways. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "list.h"
#include "names.h"

int
hv_name_find(const struct hv_name *t, const char *name, int *value)
{
	size_t i;

	for (i = 0; t[i].name != NULL; i++) {
		if (strcasecmp(t[i].name, name) == 0) {
			*value = t[i].value;
			return 0;
		}
	}
	return -1;
}

const char *
hv_name_of(const struct hv_name *t, int value)
{
	size_t i;

	for (i = 0; t[i].name != NULL; i++)
		if (t[i].value == value)
			return t[i].name;
	return "";
}

char *
hv_name_list(const struct hv_name *t, const char *sep, char *buf, size_t sz)
{
	size_t i;

	if (sz > 0)
		buf[0] = '\0';
	for (i = 0; t[i].name != NULL; i++)
		if (!t[i].alias)
			hv_list_append(buf, sz, sep, t[i].name);
	return buf;
}

int
hv_name_arg(const struct hv_name *t, const char *opt, const char *what,
    const char *name, int *value, struct hv_err *e)
{
	char list[400];

	if (hv_name_find(t, name, value) == 0)
		return 0;
	return hv_err_usage(e, "%s: unknown %s '%s' (%s)", opt, what, name,
	    hv_name_list(t, ", ", list, sizeof(list)));
}
