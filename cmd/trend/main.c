/*
 * trend: changes over time for any series.
 * Exit status: 0 success, 1 data or I/O error, 2 usage error.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mem.h"
#include "num.h"
#include "trend.h"

/* What a usage error found here ends with, as getopt's do. */
#define TRY	"\nTry 'trend --help' for more information."

enum {
	OPT_WIDE_IN = 0x200, OPT_PROJECT, OPT_AS, OPT_MULTIPLY, OPT_IGNORE,
	OPT_EMPTY_ZERO, OPT_LABEL_COLUMN
};

static const struct option longopts[] = {
	{ "as",		required_argument,	NULL,	OPT_AS },
	{ "base",	required_argument,	NULL,	'b' },
	{ "delimiter",	required_argument,	NULL,	HV_OPT_DELIMITER },
	{ "divide",	required_argument,	NULL,	'd' },
	{ "empty-is-zero", no_argument,		NULL,	OPT_EMPTY_ZERO },
	{ "encoding",	required_argument,	NULL,	HV_OPT_ENCODING },
	{ "sheet",	required_argument,	NULL,	HV_OPT_SHEET },
	{ "format",	required_argument,	NULL,	HV_OPT_FORMAT },
	{ "help",	no_argument,		NULL,	'h' },
	{ "labels",	required_argument,	NULL,	HV_OPT_LABELS },
	{ "ignore",	required_argument,	NULL,	OPT_IGNORE },
	{ "keys",	required_argument,	NULL,	'k' },
	{ "label",	required_argument,	NULL,	'l' },
	{ "label-column", required_argument,	NULL,	OPT_LABEL_COLUMN },
	{ "measures",	required_argument,	NULL,	'm' },
	{ "multiply",	required_argument,	NULL,	OPT_MULTIPLY },
	{ "numbers",	required_argument,	NULL,	HV_OPT_NUMBERS },
	{ "output",	required_argument,	NULL,	HV_OPT_OUTPUT },
	{ "period",	required_argument,	NULL,	'p' },
	{ "project",	required_argument,	NULL,	OPT_PROJECT },
	{ "round",	required_argument,	NULL,	'r' },
	{ "series",	required_argument,	NULL,	's' },
	{ "total",	required_argument,	NULL,	't' },
	{ "value",	required_argument,	NULL,	'v' },
	{ "version",	no_argument,		NULL,	'V' },
	{ "wide",	no_argument,		NULL,	HV_OPT_WIDE },
	{ "wide-in",	no_argument,		NULL,	OPT_WIDE_IN },
	{ "window",	required_argument,	NULL,	'w' },
	{ NULL,		0,			NULL,	0 },
};

static const char help[] =
"Read series (tidy CSV, or a wide table with one column per period) and\n"
"write how they change: against the previous period, against a base\n"
"period, annual growth, moving average and a linear trend.\n"
"\n"
"Series:\n"
"  -p, --period COL      the period column (default: period, år, year,\n"
"                        date, dato, tid, periode)\n"
"  -v, --value COL       the value column (default: value, verdi)\n"
"  -k, --keys LIST       the columns that name a series (default: those\n"
"                        left of the period column)\n"
"      --wide-in         the input has one column per period (found by\n"
"                        itself when every column but the first is one);\n"
"                        columns that are no periods (Årsverk, Kostnad) are\n"
"                        read in their order, for values and --total only\n"
"                        columns before the first period name the series\n"
"                        (a budget's konto, ansvar, tjeneste, tekst)\n"
"      --ignore LIST     leave these columns out (a text column)\n"
"      --label-column COL  the column whose text names a series where\n"
"                        one name is shown (--wide, --series; default:\n"
"                        the key columns joined)\n"
"      --empty-is-zero   an empty cell adds 0 to --total, as in a\n"
"                        spreadsheet's sum (else the total is missing)\n"
"  -s, --series NAME     derive measures for this series only; repeatable\n"
"      --multiply F      multiply the values of the chosen series by F\n"
"  -d, --divide D        divide them by D\n"
"      --as NAME         keep the --series as it is and add the scaled\n"
"                        copy, named NAME, after it\n"
"  -t, --total LABEL     add a series LABEL: the sum of all series\n"
"Measures:\n"
"  -b, --base PERIOD     index (PERIOD = 100), base_change, base_change_pct\n"
"                        and cagr_pct (average annual growth) against it\n"
"  -w, --window N        moving_avg over the last N periods\n"
"      --project PERIOD  least-squares line: fitted values up to PERIOD,\n"
"                        projected (1 on periods past the data), slope, r2\n"
"  -m, --measures LIST   which measures to write (default: change,\n"
"                        change_pct and those the options above ask for;\n"
"                        'value' alone: the values only)\n"
"  -l, --label M=TEXT    the row name of measure M in --wide; repeatable\n"
"  -r, --round N         round to N decimals (half away from zero), at\n"
"                        output only; M=N that measure only ('value' the\n"
"                        values); repeatable.  Without it md, table and\n"
"                        html round by what a figure is (counts whole,\n"
"                        percentages and indexes one decimal)\n"
"%s"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"Examples:\n"
"  trend --base 2019 --round 0 regnbuen.csv\n"
"  trend --series 'Timer pr uke' --multiply 52 --as 'Timer pr \xC3\xA5r' \\\n"
"      --base 2019 --measures change,change_pct,base_change_pct \\\n"
"      --round 0 --wide --format md --numbers nb regnbuen.csv\n"
"  trend --base 2023 --total Total --measures base_change eldre.csv\n"
"\n"
"Exit status: 0 success, 1 data or I/O error, 2 usage error.\n";

/* Exit on e with its status; a usage error ends as getopt's do. */
static void
die(const struct hv_err *e)
{
	errx(hv_err_exit(e), "%s%s", e->msg, e->kind == HV_ERR_USAGE ? TRY :
	    "");
}

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp, "usage: trend [-b period] [-d divisor] [-f format] "
	    "[-k keys] [-l measure=text]\n"
	    "             [-m measures] [-n style] [-o file] [-p col] "
	    "[-r decimals] [-s series]\n"
	    "             [-t label] [-v col] [-w n] [--as name] "
	    "[--multiply factor]\n"
	    "             [--project period] [--wide] [--wide-in] "
	    "[--ignore list]\n"
	    "             [--empty-is-zero] [--label-column col] "
	    "[file ...]\n");
	if (status == 0)
		fprintf(fp, help, hv_cli_io_help);
	else
		fprintf(fp, "%s\n", TRY + 1);
	exit(status);
}

/* Append arg to a growing list of option arguments (cap: its room). */
static void
push(const char ***list, size_t *n, size_t *cap, const char *arg)
{
	if (hv_grow(list, cap, *n + 1, sizeof(**list)) == -1)
		err(1, NULL);
	(*list)[(*n)++] = arg;
}

/* Read the files, compute and write the table: 0, or -1 with the reason
 * in *e, every allocation freed either way. */
static int
changes(const struct hv_trend_opts *o, const struct hv_cli_io *io, int argc,
    char **argv, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_trend *t;
	int i, rc = -1;

	if ((t = hv_trend_new(o, e)) == NULL)
		return -1;
	for (i = 0; i < argc; i++) {
		if ((r = hv_reader_open(argv[i], &io->in, e)) == NULL)
			goto done;
		if (hv_reader_note(r) != NULL)
			warnx("%s: %s", argv[i], hv_reader_note(r));
		rc = hv_trend_add(t, r, e);
		hv_reader_close(r);
		if (rc == -1)
			goto done;
	}
	rc = -1;
	if (hv_trend_finish(t, e) == 0 &&
	    hv_trend_emit(t, io->output, &io->out, e) == 0)
		rc = 0;
done:
	hv_trend_free(t);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct hv_trend_opts o;
	struct hv_cli_io io;
	struct hv_err e;
	const char *stdin_only[] = { "-" };
	size_t labels_cap = 0, series_cap = 0, rounds_cap = 0;
	long long n;
	int ch, taken, rc;

	hv_trend_opts_init(&o);
	hv_cli_io_init(&io);
	while ((ch = getopt_long(argc, argv, "b:d:f:hk:l:m:n:o:p:r:s:t:v:Vw:",
	    longopts, NULL)) != -1) {
		if ((taken = hv_cli_io_option(&io, ch, optarg, &e)) == -1)
			die(&e);
		if (taken)
			continue;
		rc = 0;
		switch (ch) {
		case 'b':
			o.base = optarg;
			break;
		case 'd':
			rc = hv_opt_number("--divide", optarg, &o.divide, &e);
			break;
		case 'h':
			usage(0);
			break;
		case 'k':
			o.keys = optarg;
			break;
		case 'l':
			push(&o.labels, &o.nlabels, &labels_cap, optarg);
			break;
		case 'm':
			o.measures = optarg;
			break;
		case 'p':
			o.period_col = optarg;
			break;
		case 'r':
			push(&o.rounds, &o.nrounds, &rounds_cap, optarg);
			break;
		case 's':
			push(&o.series, &o.nseries, &series_cap, optarg);
			break;
		case 't':
			o.total = optarg;
			break;
		case 'v':
			o.value_col = optarg;
			break;
		case 'V':
			printf("trend %s\n", VERSION);
			return 0;
		case 'w':
			if ((rc = hv_opt_whole("--window", optarg, 1,
			    HV_TREND_MAX_WINDOW, &n, &e)) == 0)
				o.window = (int)n;
			break;
		case OPT_WIDE_IN:
			o.wide_in = 1;
			break;
		case OPT_PROJECT:
			o.project = optarg;
			break;
		case OPT_AS:
			o.as = optarg;
			break;
		case OPT_MULTIPLY:
			rc = hv_opt_number("--multiply", optarg, &o.multiply,
			    &e);
			break;
		case OPT_IGNORE:
			o.ignore = optarg;
			break;
		case OPT_LABEL_COLUMN:
			o.label_col = optarg;
			break;
		case OPT_EMPTY_ZERO:
			o.empty_zero = 1;
			break;
		default:
			usage(2);
		}
		if (rc == -1)
			die(&e);
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		argc = 1;
		argv = (char **)stdin_only;
	}
	hv_cli_source(&io, "trend", VERSION, argc, argv);

	rc = changes(&o, &io, argc, argv, &e);
	free(o.labels);
	free(o.series);
	free(o.rounds);
	if (rc == -1)
		die(&e);
	return 0;
}
