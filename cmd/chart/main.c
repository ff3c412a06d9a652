/*
 * chart: the reports' figures from the toolkit's tidy CSV, through gnuplot.
 * Exit status: 0 success, 1 data or I/O error (gnuplot missing or failing
 * included), 2 usage error.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "cli.h"

/* What a usage error found here ends with, as getopt's do. */
#define TRY	"\nTry 'chart --help' for more information."

enum {
	OPT_TITLE = 0x200, OPT_SUBTITLE, OPT_XLABEL, OPT_YLABEL, OPT_LEGEND,
	OPT_SIZE, OPT_BY_SERIES, OPT_HIGHLIGHT, OPT_PERIOD, OPT_SCRIPT, OPT_ONLY,
	OPT_KIND, OPT_X, OPT_Y, OPT_PER, OPT_COMBINE, OPT_EVERY, OPT_FORCE,
	OPT_VALUES, OPT_FACET
};


static const struct option longopts[] = {
	{ "by-series",	no_argument,		NULL, OPT_BY_SERIES },
	{ "combine",	required_argument,	NULL, OPT_COMBINE },
	{ "delimiter",	required_argument,	NULL, HV_OPT_DELIMITER },
	{ "encoding",	required_argument,	NULL, HV_OPT_ENCODING },
	{ "sheet",	required_argument,	NULL, HV_OPT_SHEET },
	{ "every",	required_argument,	NULL, OPT_EVERY },
	{ "facet",	no_argument,		NULL, OPT_FACET },
	{ "force",	no_argument,		NULL, OPT_FORCE },
	{ "help",	no_argument,		NULL, 'h' },
	{ "highlight",	required_argument,	NULL, OPT_HIGHLIGHT },
	{ "keys",	required_argument,	NULL, 'k' },
	{ "kind",	required_argument,	NULL, OPT_KIND },
	{ "legend",	required_argument,	NULL, OPT_LEGEND },
	{ "only",	required_argument,	NULL, OPT_ONLY },
	{ "output",	required_argument,	NULL, 'o' },
	{ "per",	required_argument,	NULL, OPT_PER },
	{ "period",	required_argument,	NULL, OPT_PERIOD },
	{ "script",	no_argument,		NULL, OPT_SCRIPT },
	{ "size",	required_argument,	NULL, OPT_SIZE },
	{ "subtitle",	required_argument,	NULL, OPT_SUBTITLE },
	{ "values",	no_argument,		NULL, OPT_VALUES },
	{ "title",	required_argument,	NULL, OPT_TITLE },
	{ "version",	no_argument,		NULL, 'V' },
	{ "x",		required_argument,	NULL, OPT_X },
	{ "xlabel",	required_argument,	NULL, OPT_XLABEL },
	{ "y",		required_argument,	NULL, OPT_Y },
	{ "ylabel",	required_argument,	NULL, OPT_YLABEL },
	{ NULL,		0,			NULL, 0 },
};

static const char help[] =
"Draw a chart of tidy CSV (the key columns name the series, then period\n"
"and value) with gnuplot, as PNG, SVG or PDF by the name of -o.\n"
"\n"
"      --kind KIND       line (default; trend's projected points dashed),\n"
"                        bars (grouped), stacked, hbars (a ranking)\n"
"  -o, --output FILE     .png, .svg or .pdf, written whole or not at all\n"
"      --x COL, --y COL  the period and the value columns (default: period\n"
"                        or år ..., value or verdi)\n"
"  -k, --keys LIST       the columns that name a series (default: those\n"
"                        left of the period; parts alike in all are left out)\n"
"      --only LIST       draw only these series (names, or a part of them)\n"
"      --by-series       the series along the x axis, a bar per period\n"
"      --per PERIOD      year, quarter or month: the periods in each drawn\n"
"                        as one point, the mean of their values\n"
"      --combine HOW     mean (default) or sum, for --per\n"
"      --every N         draw every Nth x value (and the last)\n"
"      --force           draw more than 20 000 points (gnuplot took 16 s\n"
"                        for 200 000, 186 s for a million)\n"
"      --period PERIOD   hbars: the period to rank (default: the last)\n"
"      --highlight NAME  draw this series apart (hbars, lines, bars; with\n"
"                        --by-series bars, that unit's bars)\n"
"      --values          write each bar's or point's value at it\n"
"      --facet           a panel per series, each with its own y axis\n"
"                        (lines of different sizes)\n"
"      --title TEXT, --subtitle TEXT (the source line, at the bottom)\n"
"      --xlabel TEXT, --ylabel TEXT\n"
"      --legend WHERE    auto (default: a corner the data leaves free, else\n"
"                        below), top left, top right, bottom left,\n"
"                        bottom right, below, outside, off\n"
"      --size WxH        pixels (default 900x500)\n"
"      --script          write the gnuplot program and its data instead\n"
"      --delimiter C, --encoding ENC\n"
"                        the input's dialect, as in every tool of the kit\n"
"      --sheet NAME|N    an xlsx workbook's sheet (default: the first)\n"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"Numbers on the axes are Norwegian (1 000, 2,5), dates 13.09.2022; a long\n"
"x axis is labelled at about a dozen round periods.  A bar of 0 is labelled\n"
"0, a missing one 'mangler'; values flagged (a flag column) are hatched\n"
"or ringed, the legend says why.  Texts from the data and\n"
"the options reach gnuplot only as quoted literals: nothing in them runs.\n"
"\n"
"Examples:\n"
"  trend --base 2023 --total Total eldre.csv | chart --kind stacked \\\n"
"      --title 'Eldre innbyggere' -o eldre.png\n"
"  kostra-compare --focus Levanger --ref EKG09 12362.json |\n"
"      chart --kind hbars --highlight Levanger -o rangering.svg\n"
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

	fprintf(fp, "usage: chart [--by-series] [--script] [--highlight name] "
	    "[--kind kind] [--legend where]\n"
	    "             [-k keys] [--only list] "
	    "[-o file] [--period period] [--size wxh] "
	    "[--subtitle text]\n"
	    "             [--title text] [--x col] [--xlabel text] [--y col] "
	    "[--ylabel text]\n"
	    "             [--per period] [--combine how] [--every n] "
	    "[--force] [--values] [--facet] [file ...]\n");
	if (status == 0)
		fputs(help, fp);
	else
		fprintf(fp, "%s\n", TRY + 1);
	exit(status);
}

/* Read the files and draw, or write the program with --script: 0, or -1
 * with the reason in *e, every allocation freed either way. */
static int
draw(const struct hv_chart_opts *o, const struct hv_cli_io *io, int script,
    int argc, char **argv, struct hv_err *e)
{
	struct hv_reader *r;
	struct hv_chart *c;
	int i, rc = -1;

	if ((c = hv_chart_new(o, e)) == NULL)
		return -1;
	for (i = 0; i < argc; i++) {
		if ((r = hv_reader_open(argv[i], &io->in, e)) == NULL)
			goto done;
		if (hv_reader_note(r) != NULL)
			warnx("%s: %s", argv[i], hv_reader_note(r));
		rc = hv_chart_add(c, r, e);
		hv_reader_close(r);
		if (rc == -1)
			goto done;
	}
	rc = -1;
	/* what is about to take gnuplot long, said before it starts */
	if (o->force && hv_chart_points(c) > HV_CHART_MAX_POINTS)
		fprintf(stderr, "chart: drawing %zu points in %zu series\n",
		    hv_chart_points(c), hv_chart_series(c));
	if (!script)
		rc = hv_chart_draw(c, e);
	else if (hv_chart_script(c, stdout, o->output != NULL ? o->output :
	    "chart.png", e) == 0) {
		if (fflush(stdout) == EOF || ferror(stdout))
			hv_err_io(e, "standard output", "%s", strerror(errno));
		else
			rc = 0;
	}
done:
	hv_chart_free(c);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct hv_chart_opts o;
	struct hv_cli_io io;
	struct hv_err e;
	const char *stdin_only[] = { "-" };
	long long every;
	int ch, taken, script = 0, kind, per, sum;

	hv_chart_opts_init(&o);
	hv_cli_io_init(&io);
	while ((ch = getopt_long(argc, argv, "hk:o:V", longopts, NULL)) !=
	    -1) {
		if (ch == HV_OPT_DELIMITER || ch == HV_OPT_ENCODING) {
			if ((taken = hv_cli_io_option(&io, ch, optarg, &e)) ==
			    -1)
				die(&e);
			continue;
		}
		switch (ch) {
		case 'h':
			usage(0);
			break;
		case OPT_KIND:
			if (hv_name_arg(hv_chart_kinds, "--kind", "kind",
			    optarg, &kind, &e) == -1)
				die(&e);
			o.kind = (enum hv_chart_kind)kind;
			break;
		case 'o':
			o.output = optarg;
			break;
		case 'V':
			printf("chart %s\n", VERSION);
			return 0;
		case OPT_TITLE:
			o.title = optarg;
			break;
		case OPT_SUBTITLE:
			o.subtitle = optarg;
			break;
		case OPT_XLABEL:
			o.xlabel = optarg;
			break;
		case OPT_YLABEL:
			o.ylabel = optarg;
			break;
		case OPT_LEGEND:
			o.legend = optarg;
			break;
		case OPT_SIZE:
			if (hv_opt_wxh("--size", optarg, HV_CHART_MIN_SIZE,
			    HV_CHART_MAX_SIZE, &o.width, &o.height, &e) == -1)
				die(&e);
			break;
		case OPT_BY_SERIES:
			o.by_series = 1;
			break;
		case OPT_HIGHLIGHT:
			o.highlight = optarg;
			break;
		case OPT_PERIOD:
			o.period = optarg;
			break;
		case OPT_SCRIPT:
			script = 1;
			break;
		case OPT_ONLY:
			o.only = optarg;
			break;
		case 'k':
			o.keys = optarg;
			break;
		case OPT_X:
			o.xcol = optarg;
			break;
		case OPT_Y:
			o.ycol = optarg;
			break;
		case OPT_PER:
			if (hv_name_arg(hv_chart_pers, "--per", "period",
			    optarg, &per, &e) == -1)
				die(&e);
			o.per = (enum hv_period_kind)per;
			break;
		case OPT_COMBINE:
			if (hv_name_arg(hv_chart_combines, "--combine", "way",
			    optarg, &sum, &e) == -1)
				die(&e);
			o.per_sum = sum;
			break;
		case OPT_EVERY:
			if (hv_opt_whole("--every", optarg, 1,
			    HV_CHART_MAX_EVERY, &every, &e) == -1)
				die(&e);
			o.every = (long)every;
			break;
		case OPT_FORCE:
			o.force = 1;
			break;
		case OPT_VALUES:
			o.values = 1;
			break;
		case OPT_FACET:
			o.facet = 1;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (!script && o.output == NULL)
		errx(2, "-o FILE (.png, .svg or .pdf) says where to draw; "
		    "--script prints the program instead" TRY);
	if (o.output != NULL && !hv_chart_output_ok(o.output))
		errx(2, "-o %s: name a .png, .svg or .pdf file" TRY, o.output);
	if (argc == 0) {
		argc = 1;
		argv = (char **)stdin_only;
	}
	if (draw(&o, &io, script, argc, argv, &e) == -1)
		die(&e);
	return 0;
}
