/* helpers.h: what the unit tests share. */
#ifndef UT_HELPERS_H
#define UT_HELPERS_H

#include "table.h"

/* Table t as the writers write it with o (NULL: CSV, machine numbers),
 * pivoted first when o->wide, as hv_table_emit does; the caller frees
 * the text.  Fails the test when anything fails. */
char	*ut_table_text(const struct hv_table *t, const struct hv_out_opts *o);

/* The whole of the file at path, NUL-terminated; the caller frees it.
 * Fails the test when it cannot be read. */
char	*ut_read_file(const char *path);

/* A file named name holding text, in a new temporary folder; its path,
 * which the caller gives to ut_temp_remove().  Fails the test when it
 * cannot be made. */
char	*ut_temp_file(const char *name, const char *text);
void	 ut_temp_remove(char *path);

#endif
