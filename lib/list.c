/* list.c: comma lists in, lists of names out. */
#include <ctype.h>
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

int
hv_list_near(const char *want, const char *name)
{
	size_t la = strlen(want), lb = strlen(name), i, j, row[65], prev, tmp;
	size_t limit = la >= 5 ? 2 : 1;

	if (la == 0 || lb == 0 || la > 64 || lb > 64)
		return 0;
	if (la >= 3 && lb >= 3 && (strncasecmp(want, name, la < lb ? la :
	    lb) == 0))
		return 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return 0;
	/* Levenshtein distance, one row at a time */
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			row[j] = prev + (tolower((unsigned char)want[i - 1]) !=
			    tolower((unsigned char)name[j - 1]));
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	return row[lb] <= limit;
}
