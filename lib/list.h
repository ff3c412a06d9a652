/*
 * list.h: comma-separated lists, as options give them ("BPA,Avlastning"),
 * and lists of names built up for a message ("there are: a; b; ...").
 * No allocation.
 */
#ifndef HV_LIST_H
#define HV_LIST_H

#include <stddef.h>

/* The items of a comma-separated list, one at a time: copies the next
 * item at p (cut to sz - 1 bytes) into item and returns where the rest
 * starts, or NULL when no item is left (p may be NULL).  Use:
 *	for (p = list; (p = hv_list_next(p, item, sizeof(item))) != NULL;)
 */
const char *hv_list_next(const char *p, char *item, size_t sz);

/* Does the comma list hold name (ASCII case-insensitive)?  A NULL list
 * holds nothing. */
int	hv_list_has(const char *list, const char *name);

/* Append item to the text in buf (size sz), after sep unless buf is
 * empty.  What does not fit whole is left out, and the text ends with
 * "..." once; so a message that lists names never cuts one. */
void	hv_list_append(char *buf, size_t sz, const char *sep,
	    const char *item);

/* Is name close to want, as a mistyped name is (ASCII case-insensitive:
 * one of them begins the other, or at most one edit apart, two for names
 * of five bytes or more)?  For "did you mean" lists. */
int	hv_list_near(const char *want, const char *name);

#endif
