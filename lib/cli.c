/* cli.c: the shared input and output options. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "num.h"

const char hv_cli_io_help[] =
"Input:\n"
"      --delimiter C     field delimiter: ',' ';' 'tab' (default: found\n"
"                        from the first lines)\n"
"      --encoding ENC    auto, utf-8 or latin1 (Windows-1252); default auto:\n"
"                        UTF-8 if the bytes are, else Latin-1\n"
"      --sheet NAME|N    an xlsx workbook's sheet (default: the first)\n"
"Output:\n"
"  -f, --format FMT      csv (default), tsv, md, table, json, html or xlsx\n"
"                        (a workbook: with -o FILE)\n"
"      --wide            periods as columns, as the reports lay them out\n"
"  -n, --numbers STYLE   c (machine: 1125, 21.7; default) or nb (Norwegian:\n"
"                        1 125, 21,7 %)\n"
"      --labels LANG     en (default) or nb: the toolkit's own column names\n"
"                        and words (category, recipients) in Norwegian\n"
"  -o, --output FILE     write FILE whole or not at all (default: stdout)\n";

void
hv_cli_io_init(struct hv_cli_io *io)
{
	memset(io, 0, sizeof(*io));
	hv_reader_opts_init(&io->in);
	io->out.format = HV_FMT_CSV;
	io->out.numbers = HV_NUMSTYLE_C;
}

void
hv_cli_source(struct hv_cli_io *io, const char *prog, const char *version,
    int nfiles, char *const *files)
{
	const char *name;
	size_t n;
	int i;

	n = (size_t)snprintf(io->source, sizeof(io->source), "%s: ",
	    io->out.lang == HV_LANG_NB ? "Kilde" : "Source");
	for (i = 0; i < nfiles && n < sizeof(io->source); i++) {
		name = strcmp(files[i], "-") == 0 ? (io->out.lang ==
		    HV_LANG_NB ? "standard inn" : "standard input") :
		    strrchr(files[i], '/') != NULL ?
		    strrchr(files[i], '/') + 1 : files[i];
		n += (size_t)snprintf(io->source + n, sizeof(io->source) - n,
		    "%s%s", i > 0 ? ", " : "", name);
	}
	if (n < sizeof(io->source))
		snprintf(io->source + n, sizeof(io->source) - n, " (%s %s)",
		    prog, version);
	io->out.source = io->source;
}

static const struct hv_name languages[] = {
	{ "en",	HV_LANG_EN,	0 },
	{ "nb",	HV_LANG_NB,	0 },
	{ NULL,	0,		0 },
};

int
hv_cli_io_option(struct hv_cli_io *io, int ch, const char *arg,
    struct hv_err *e)
{
	int v;

	switch (ch) {
	case HV_OPT_FORMAT:
		if (hv_name_arg(hv_formats, "--format", "format", arg, &v,
		    e) == -1)
			return -1;
		io->out.format = (enum hv_format)v;
		return 1;
	case HV_OPT_OUTPUT:
		io->output = arg;
		return 1;
	case HV_OPT_NUMBERS:
		if (hv_name_arg(hv_numstyles, "--numbers", "style", arg, &v,
		    e) == -1)
			return -1;
		io->out.numbers = (enum hv_numstyle)v;
		return 1;
	case HV_OPT_WIDE:
		io->out.wide = 1;
		return 1;
	case HV_OPT_LABELS:
		if (hv_name_arg(languages, "--labels", "language", arg, &v,
		    e) == -1)
			return -1;
		io->out.lang = (enum hv_lang)v;
		return 1;
	case HV_OPT_ENCODING:
		if (hv_name_arg(hv_encodings, "--encoding", "encoding", arg,
		    &v, e) == -1)
			return -1;
		io->in.encoding = (enum hv_encoding)v;
		return 1;
	case HV_OPT_SHEET:
		io->in.sheet = arg;
		return 1;
	case HV_OPT_DELIMITER:
		if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
			io->in.delim = '\t';
		else if (strcmp(arg, ",") == 0 || strcmp(arg, ";") == 0 ||
		    strcmp(arg, "\t") == 0)
			io->in.delim = arg[0];
		else
			return hv_err_usage(e, "--delimiter: '%s' is not one of "
			    "',' ';' 'tab'", arg);
		return 1;
	default:
		return 0;
	}
}

int
hv_opt_whole(const char *opt, const char *arg, long long min, long long max,
    long long *v, struct hv_err *e)
{
	if (hv_num_whole(arg, strlen(arg), min, max, v) == 0)
		return 0;
	return hv_err_usage(e, "%s: '%s' is not a whole number from %lld to "
	    "%lld", opt, arg, min, max);
}

/* A size as it is best written: 64, 16K, 1G. */
static const char *
size_text(size_t n, char *buf, size_t sz)
{
	static const char suffix[] = "KMG";
	int k;

	for (k = 3; k > 0; k--)
		if (n > 0 && n % ((size_t)1 << (10 * k)) == 0)
			break;
	if (k == 0)
		snprintf(buf, sz, "%zu", n);
	else
		snprintf(buf, sz, "%zu%c", n >> (10 * k), suffix[k - 1]);
	return buf;
}

int
hv_opt_size(const char *opt, const char *arg, size_t min, size_t max,
    size_t *v, struct hv_err *e)
{
	static const char suffix[] = "KkMmGg";
	size_t len = strlen(arg);
	const char *p;
	long long n;
	int shift = 0;
	char a[32], b[32];

	if (len > 0 && (p = strchr(suffix, arg[len - 1])) != NULL) {
		shift = 10 * (int)((p - suffix) / 2 + 1);
		len--;
	}
	if (hv_num_whole(arg, len, 0, (long long)(max >> shift), &n) == 0 &&
	    ((size_t)n << shift) >= min) {
		*v = (size_t)n << shift;
		return 0;
	}
	return hv_err_usage(e, "%s: '%s' is not a size from %s to %s bytes (a "
	    "whole number, K, M or G after)", opt, arg,
	    size_text(min, a, sizeof(a)), size_text(max, b, sizeof(b)));
}

int
hv_opt_wxh(const char *opt, const char *arg, long long min, long long max,
    int *w, int *h, struct hv_err *e)
{
	const char *x = strchr(arg, 'x');
	long long a, b;

	if (x != NULL && hv_num_whole(arg, (size_t)(x - arg), min, max,
	    &a) == 0 && hv_num_whole(x + 1, strlen(x + 1), min, max,
	    &b) == 0) {
		*w = (int)a;
		*h = (int)b;
		return 0;
	}
	return hv_err_usage(e, "%s: '%s' is not WxH, each from %lld to %lld",
	    opt, arg, min, max);
}

int
hv_opt_number(const char *opt, const char *arg, double *v, struct hv_err *e)
{
	struct hv_num n;

	if (hv_num_parse(arg, strlen(arg), &n, e) == -1) {
		hv_err_option(e, opt);
		return -1;
	}
	if (hv_num_missing(&n) || !isfinite(n.v))
		return hv_err_usage(e, "%s: a number is needed", opt);
	*v = n.v;
	return 0;
}

char *
hv_cli_wrap(const char *text, size_t indent, size_t width, char *buf,
    size_t sz)
{
	size_t n = 0, col = indent, w;
	const char *p = text, *end;

	if (sz == 0)
		return buf;
	buf[0] = '\0';
	while (*p != '\0' && n + 1 < sz) {
		end = p + strcspn(p, " ");
		w = (size_t)(end - p);
		if (col > indent && col + 1 + w > width) {
			n += (size_t)snprintf(buf + n, sz - n, "\n%*s",
			    (int)indent, "");
			col = indent;
		} else if (col > indent) {
			n += (size_t)snprintf(buf + n, sz - n, " ");
			col++;
		}
		if (n >= sz)
			break;
		n += (size_t)snprintf(buf + n, sz - n, "%.*s", (int)w, p);
		col += w;
		p = *end == ' ' ? end + 1 : end;
	}
	if (n >= sz)
		buf[sz - 1] = '\0';
	return buf;
}
