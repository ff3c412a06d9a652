/* helpers.c: what the unit tests share (helpers.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <check.h>

#include "helpers.h"

char *
ut_temp_file(const char *name, const char *text)
{
	char dir[] = "/tmp/hvstat-test-XXXXXX";
	char *path;
	FILE *fp;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = malloc(strlen(dir) + strlen(name) + 2);
	ck_assert_ptr_nonnull(path);
	sprintf(path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	ck_assert_int_eq(fclose(fp), 0);
	return path;
}

void
ut_temp_remove(char *path)
{
	char *slash = strrchr(path, '/');

	unlink(path);
	*slash = '\0';
	rmdir(path);
	free(path);
}

char *
ut_table_text(const struct hv_table *t, const struct hv_out_opts *o)
{
	struct hv_out_opts plain;
	struct hv_table *w = NULL;
	struct hv_err e;
	char *out;
	size_t len;
	FILE *fp;

	if (o == NULL) {
		memset(&plain, 0, sizeof(plain));
		o = &plain;
	}
	if (o->wide) {
		w = hv_table_wide(t, &e);
		ck_assert_msg(w != NULL, "%s", e.msg);
	}
	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	ck_assert_msg(hv_table_write(w != NULL ? w : t, fp, o, &e) == 0, "%s",
	    e.msg);
	fclose(fp);
	hv_table_free(w);
	return out;
}

char *
ut_read_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *text;
	long len;

	ck_assert_msg(fp != NULL, "%s cannot be read", path);
	ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
	len = ftell(fp);
	rewind(fp);
	text = malloc((size_t)len + 1);
	ck_assert_ptr_nonnull(text);
	ck_assert_int_eq(fread(text, 1, (size_t)len, fp), (size_t)len);
	text[len] = '\0';
	fclose(fp);
	return text;
}
