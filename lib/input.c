/* input.c: an input opened once, its first bytes looked at. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "input.h"
#include "mem.h"
#include "px.h"

#define HEAD_STEP	4096
#define HEAD_MAX	(64 * HEAD_STEP)	/* blanks, then we stop looking */

static int
is_lead(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
	    c == 0xEF || c == 0xBB || c == 0xBF;	/* a BOM */
}

int
hv_input_open(struct hv_input *in, const char *path, struct hv_err *e)
{
	size_t got;

	memset(in, 0, sizeof(*in));
	if (strcmp(path, "-") == 0) {
		in->fp = stdin;
		in->name = strdup("<stdin>");
	} else {
		if ((in->fp = fopen(path, "rb")) == NULL)
			return hv_err_io(e, path, "%s", strerror(errno));
		in->own_fp = 1;
		in->name = strdup(path);
	}
	if (in->name == NULL)
		goto oom;
	while (hv_input_first(in) == EOF && in->head_len < HEAD_MAX) {
		unsigned char *h = realloc(in->head, in->head_len + HEAD_STEP);

		if (h == NULL)
			goto oom;
		in->head = h;
		got = fread(h + in->head_len, 1, HEAD_STEP, in->fp);
		in->head_len += got;
		if (got < HEAD_STEP) {
			if (ferror(in->fp)) {
				hv_err_io(e, in->name, "read error: %s",
				    strerror(errno));
				hv_input_close(in);
				return -1;
			}
			break;
		}
	}
	return 0;
oom:
	hv_input_close(in);
	return hv_err_nomem(e);
}

int
hv_input_first(const struct hv_input *in)
{
	size_t i;

	for (i = 0; i < in->head_len; i++)
		if (!is_lead(in->head[i]))
			return in->head[i];
	return EOF;
}

size_t
hv_input_read(struct hv_input *in, void *buf, size_t n)
{
	size_t took = 0;

	if (in->head_len > 0) {
		took = n < in->head_len ? n : in->head_len;
		memcpy(buf, in->head, took);
		memmove(in->head, in->head + took, in->head_len - took);
		in->head_len -= took;
	}
	if (took < n && in->fp != NULL)
		took += fread((char *)buf + took, 1, n - took, in->fp);
	return took;
}

void
hv_input_close(struct hv_input *in)
{
	if (in->own_fp && in->fp != NULL)
		fclose(in->fp);
	free(in->head);
	free(in->name);
	memset(in, 0, sizeof(*in));
}

/* Do the n bytes at p start with word, case aside? */
static int
starts(const unsigned char *p, size_t n, const char *word)
{
	size_t k = strlen(word);

	return n >= k && strncasecmp((const char *)p, word, k) == 0;
}

/* Is "<html" among the n bytes at p? */
static int
has_html(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i + 5 <= n; i++)
		if (starts(p + i, n - i, "<html"))
			return 1;
	return 0;
}

char *
hv_input_slurp(struct hv_input *in, size_t max, size_t *len, struct hv_err *e)
{
	size_t cap = 0, want = 65536, n = 0;
	char *buf = NULL;

	for (;;) {
		/* room for want bytes and the NUL */
		if (hv_grow(&buf, &cap, want + 1, 1) == -1) {
			hv_err_nomem(e);
			goto fail;
		}
		n += hv_input_read(in, buf + n, want - n);
		if (n < want)
			break;
		if (want >= max) {
			hv_err_at(e, in->name, 0, "larger than %zu MB",
			    max >> 20);
			goto fail;
		}
		want *= 2;
	}
	if (in->fp != NULL && ferror(in->fp)) {
		hv_err_io(e, in->name, "read error: %s", strerror(errno));
		goto fail;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
fail:
	free(buf);
	return NULL;
}

const char *
hv_input_not_table(const unsigned char *p, size_t n, int json_too)
{
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) ||
	    (p[0] == 0xFE && p[1] == 0xFF)))
		return "UTF-16 text, not UTF-8 or Latin-1: save it as UTF-8 "
		    "(in Excel: CSV UTF-8)";
	while (n > 0 && is_lead(*p))
		p++, n--;
	if (n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0)
		return "a zip archive (an .xlsx workbook is one), not text: "
		    "save the sheet as CSV, or unzip the file of data";
	if (n >= 8 && memcmp(p, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
		return "an old binary Excel workbook (.xls), not text: save "
		    "it as CSV";
	if (starts(p, n, "<!DOCTYPE html") || starts(p, n, "<html") ||
	    (starts(p, n, "<?xml") && has_html(p, n < 512 ? n : 512)))
		return "an HTML page, not data: what a script saves when the "
		    "server answers with an error page (SSB answers a URL that "
		    "is too long with one); ask for fewer values at a time";
	if (hv_px_is(p, n))
		return "a PX file (PC-Axis, Statistikkbanken's own format), "
		    "where only CSV is read: give the tools its path";
	if (json_too && n > 0 && (p[0] == '{' || p[0] == '['))
		return "JSON, not CSV: kostra-compare reads JSON-stat, and "
		    "kostra-compare --dump FILE writes it as CSV for the other "
		    "tools";
	return NULL;
}
