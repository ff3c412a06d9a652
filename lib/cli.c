/* cli.c: the shared input and output options. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char hv_cli_io_help[] =
"Input:\n"
"      --delimiter C     field delimiter: ',' ';' 'tab' (default: found\n"
"                        from the first lines)\n"
"      --encoding ENC    auto, utf-8 or latin1 (Windows-1252); default auto:\n"
"                        UTF-8 if the bytes are, else Latin-1\n"
"Output:\n"
"  -f, --format FMT      csv (default), tsv, md, table, json or html\n"
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

int
hv_cli_io_option(struct hv_cli_io *io, int ch, const char *arg,
    struct hv_err *e)
{
	switch (ch) {
	case HV_OPT_FORMAT:
		if (hv_format_parse(arg, &io->out.format) == -1)
			return hv_err_usage(e, "--format: unknown format '%s' "
			    "(csv, tsv, md, table, json, html)", arg);
		return 1;
	case HV_OPT_OUTPUT:
		io->output = arg;
		return 1;
	case HV_OPT_NUMBERS:
		if (hv_numstyle_parse(arg, &io->out.numbers) == -1)
			return hv_err_usage(e, "--numbers: unknown style '%s' "
			    "(c, nb)", arg);
		return 1;
	case HV_OPT_WIDE:
		io->out.wide = 1;
		return 1;
	case HV_OPT_LABELS:
		if (strcmp(arg, "nb") != 0 && strcmp(arg, "en") != 0)
			return hv_err_usage(e, "--labels: '%s' is not en or nb",
			    arg);
		io->out.labels_nb = strcmp(arg, "nb") == 0;
		return 1;
	case HV_OPT_ENCODING:
		if (hv_encoding_parse(arg, &io->in.encoding) == -1)
			return hv_err_usage(e, "--encoding: unknown encoding '%s' "
			    "(auto, utf-8, latin1)", arg);
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
