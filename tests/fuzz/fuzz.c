/* fuzz.c: the harnesses' shared helpers (fuzz.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static char path[64];

static void
remove_file(void)
{
	if (path[0] != '\0')
		unlink(path);
}

const char *
fz_file(const uint8_t *data, size_t size)
{
	FILE *fp;
	int fd;

	if (path[0] == '\0') {
		snprintf(path, sizeof(path), "%s/hvfuzz.XXXXXX",
		    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
		if ((fd = mkstemp(path)) == -1)
			fz_fail("mkstemp %s", path);
		close(fd);
		atexit(remove_file);
	}
	if ((fp = fopen(path, "wb")) == NULL ||
	    fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		fz_fail("cannot write %s", path);
	return path;
}

char *
fz_table_text(const struct hv_table *t)
{
	static const enum hv_format formats[] = { HV_FMT_TSV, HV_FMT_MD,
	    HV_FMT_TABLE, HV_FMT_JSON, HV_FMT_HTML };
	struct hv_out_opts o;
	struct hv_table *w;
	struct hv_err e;
	char *text, *other;
	size_t len, i;
	FILE *fp;

	memset(&o, 0, sizeof(o));
	if ((fp = open_memstream(&text, &len)) == NULL)
		return NULL;
	if (hv_table_write(t, fp, &o, &e) == -1 && e.kind != HV_ERR_NOMEM)
		fz_fail("csv writer: %s", e.msg);
	fclose(fp);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		o.format = formats[i];
		o.numbers = i % 2 ? HV_NUMSTYLE_NB : HV_NUMSTYLE_C;
		if ((fp = open_memstream(&other, &len)) == NULL)
			break;
		if (hv_table_write(t, fp, &o, &e) == -1 &&
		    e.kind != HV_ERR_NOMEM)
			fz_fail("writer %zu: %s", i, e.msg);
		fclose(fp);
		free(other);
	}
	/* the pivot may refuse a table (two values in one place): not a
	 * finding, but it must not crash */
	if ((w = hv_table_wide(t, &e)) != NULL) {
		o.format = HV_FMT_CSV;
		if ((fp = open_memstream(&other, &len)) != NULL) {
			if (hv_table_write(w, fp, &o, &e) == -1 &&
			    e.kind != HV_ERR_NOMEM)
				fz_fail("wide writer: %s", e.msg);
			fclose(fp);
			free(other);
		}
		hv_table_free(w);
	}
	return text;
}

unsigned
fz_options(const uint8_t *data, size_t *size)
{
	if (*size == 0)
		return 0;
	return data[--*size];
}

void
fz_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("fuzz: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}
