/* list.c: comma lists in, lists of names out. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "list.h"

const char *
hv_list_next(const char *p, char *item, size_t sz)
{
	const char *end;

	if (p == NULL || *p == '\0')
		return NULL;
	end = strchr(p, ',');
	if (end == NULL)
		end = p + strlen(p);
	snprintf(item, sz, "%.*s", (int)(end - p), p);
	return *end == ',' ? end + 1 : end;
}

int
hv_list_has(const char *list, const char *name)
{
	const char *p = list;
	char item[256];

	while ((p = hv_list_next(p, item, sizeof(item))) != NULL)
		if (strcasecmp(item, name) == 0)
			return 1;
	return 0;
}

#define ELLIPSIS "..."

void
hv_list_append(char *buf, size_t sz, const char *sep, const char *item)
{
	size_t len = strlen(buf), need;

	if (len >= sizeof(ELLIPSIS) - 1 &&
	    strcmp(buf + len - (sizeof(ELLIPSIS) - 1), ELLIPSIS) == 0)
		return;		/* full already */
	need = (len > 0 ? strlen(sep) : 0) + strlen(item);
	/* room is kept for a separator and the ellipsis after this one */
	if (len + need + strlen(sep) + sizeof(ELLIPSIS) <= sz) {
		snprintf(buf + len, sz - len, "%s%s", len > 0 ? sep : "", item);
		return;
	}
	if (len + strlen(sep) + sizeof(ELLIPSIS) <= sz)
		snprintf(buf + len, sz - len, "%s%s", len > 0 ? sep : "",
		    ELLIPSIS);
}
