/* input.c: an input opened once, its first bytes looked at. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"

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
