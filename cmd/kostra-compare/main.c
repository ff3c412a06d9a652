/*
 * kostra-compare: one municipality against its peers and KOSTRA group.
 * Exit status: 0 success, 1 data or I/O error, 2 usage error.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kostra.h"

/* What a usage error found here ends with, as getopt's do. */
#define TRY	"\nTry 'kostra-compare --help' for more information."

enum {
	OPT_FOCUS = 0x200, OPT_REF, OPT_UNITS, OPT_VARIABLE, OPT_FROM, OPT_TO,
	OPT_SELECT, OPT_POPULATION, OPT_NEED, OPT_CODES, OPT_PRINT_CODES,
	OPT_DUMP, OPT_COMBINE, OPT_PRINT_SOURCE, OPT_GROUP_MEMBERS
};

static const struct option longopts[] = {
	{ "codes",		required_argument,	NULL, OPT_CODES },
	{ "combine",		required_argument,	NULL, OPT_COMBINE },
	{ "delimiter",		required_argument,	NULL, HV_OPT_DELIMITER },
	{ "dump",		no_argument,		NULL, OPT_DUMP },
	{ "encoding",		required_argument,	NULL, HV_OPT_ENCODING },
	{ "sheet",		required_argument,	NULL, HV_OPT_SHEET },
	{ "focus",		required_argument,	NULL, OPT_FOCUS },
	{ "format",		required_argument,	NULL, HV_OPT_FORMAT },
	{ "from",		required_argument,	NULL, OPT_FROM },
	{ "help",		no_argument,		NULL, 'h' },
	{ "labels",	required_argument,	NULL,	HV_OPT_LABELS },
	{ "need",		required_argument,	NULL, OPT_NEED },
	{ "numbers",		required_argument,	NULL, HV_OPT_NUMBERS },
	{ "output",		required_argument,	NULL, HV_OPT_OUTPUT },
	{ "population",		required_argument,	NULL, OPT_POPULATION },
	{ "print-codes",	no_argument,		NULL, OPT_PRINT_CODES },
	{ "print-source",	no_argument,		NULL, OPT_PRINT_SOURCE },
	{ "group-members",	required_argument,	NULL,
	    OPT_GROUP_MEMBERS },
	{ "ref",		required_argument,	NULL, OPT_REF },
	{ "select",		required_argument,	NULL, OPT_SELECT },
	{ "to",			required_argument,	NULL, OPT_TO },
	{ "units",		required_argument,	NULL, OPT_UNITS },
	{ "variable",		required_argument,	NULL, OPT_VARIABLE },
	{ "version",		no_argument,		NULL, 'V' },
	{ "wide",		no_argument,		NULL, HV_OPT_WIDE },
	{ NULL,			0,			NULL, 0 },
};

static const char help[] =
"Compare one municipality with its peers and a reference (its KOSTRA\n"
"group, the county, the country) on a KOSTRA figure from SSB: JSON-stat\n"
"from the PxWeb API, a Statistikkbanken CSV download (long or wide, with\n"
"a title line, Latin-1 or UTF-8) or the toolkit's tidy CSV.\n"
"\n"
"      --focus UNIT      the municipality: code or name (5037, K-5037,\n"
"                        Levanger, '5037 Levanger')\n"
"      --ref UNIT        the reference: EKG09, 'Kostragruppe 09', ...\n"
"      --units LIST      the peers (default: every unit in the data)\n"
"      --group-members FILE\n"
"                        each municipality's KOSTRA group (ssb-get\n"
"                        --klass-correspondence 131:112): the peers are\n"
"                        the focus's group, the reference (unless --ref)\n"
"                        the group itself\n"
"      --variable NAME   the figure, when the data has several\n"
"      --from PERIOD, --to PERIOD\n"
"                        the periods to compare\n"
"      --select DIM=VALUE,...\n"
"                        a category of each other dimension (a column of\n"
"                        a CSV, a dimension of JSON-stat), by code or\n"
"                        label; repeatable\n"
"      --population FILE inhabitants per unit and year (e.g. SSB 07459):\n"
"                        adds population and gap_kr = diff_ref x population\n"
"      --need FILE       utgiftsbehovsindeks per unit (and year): adds\n"
"                        need_index and need-adjusted value and differences\n"
"      --codes FILE      region code changes instead of the built-in ones\n"
"                        (KLASS's, 1972-2026: --print-codes): old,new,from\n"
"                        [,kind] CSV, or KLASS's changes as JSON or CSV\n"
"      --combine HOW     a merge's successor before the merge: none (its\n"
"                        series starts at the merge), sum (of the\n"
"                        predecessors: counts) or population (their mean\n"
"                        weighted by --population: figures per inhabitant)\n"
"      --print-source    write where the figures come from (SSB tabell\n"
"                        12362, oppdatert 2025-06-15; else the files) and\n"
"                        exit\n"
"      --dump            write one file as read and exit: JSON-stat cell by\n"
"                        cell (each dimension's code and label, value,\n"
"                        status), CSV as KOSTRA figures\n"
"%s"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"Writes per unit and period: value, status, diff_ref, diff_ref_pct, rank\n"
"and rank_of (among the units of the focus's kind, municipalities or\n"
"counties; groups and the country are not ranked), peer_mean (those units,\n"
"without flagged values) and flag (negative or near-zero values, jumps\n"
"over a factor 3, the 2020 redrawing of the KOSTRA groups, merges and\n"
"splits).  A renumbered municipality is one series under today's code.\n"
"\n"
"Examples:\n"
"  kostra-compare --focus Levanger --ref EKG09 --wide --format md \\\n"
"      --numbers nb 12362-pleie-og-omsorg.json\n"
"  kostra-compare --focus 5037 --ref 'Kostragruppe 09' --from 2022 \\\n"
"      --population 07459.json 12362-pleie-og-omsorg.csv\n"
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

	fprintf(fp, "usage: kostra-compare --focus unit --ref unit [--dump] "
	    "[--codes file]\n"
	    "                      [--combine how] [-f format] "
	    "[--from period] [--need file]\n"
	    "                      [-n style] [-o file] [--population file] "
	    "[--select dim=code]\n"
	    "                      [--to period] [--units list] "
	    "[--variable name] [--wide] file ...\n"
	    "       kostra-compare --print-codes\n");
	if (status == 0)
		fprintf(fp, help, hv_cli_io_help);
	else
		fprintf(fp, "%s\n", TRY + 1);
	exit(status);
}

/* Write t (NULL: out of memory) and exit. */
static void
print_table(struct hv_table *t, struct hv_cli_io *io)
{
	struct hv_err e;
	int rc;

	if (t == NULL)
		errx(1, "out of memory");
	rc = hv_table_emit(t, io->output, &io->out, &e);
	hv_table_free(t);
	if (rc == -1)
		die(&e);
	exit(0);
}

/* Compare on the files and write the table: 0, or -1 with the reason in
 * *e, every allocation freed either way. */
static int
compare(const struct hv_kostra_opts *o, const struct hv_cli_io *cli,
    int argc, char **argv, int print_source, struct hv_err *e)
{
	struct hv_cli_io io = *cli;
	struct hv_table *out = NULL;
	struct hv_kostra *k;
	char from[160];
	size_t shown;
	int i, rc = -1;

	if ((k = hv_kostra_new(o, e)) == NULL)
		return -1;
	for (i = 0; i < argc; i++)
		if (hv_kostra_add(k, argv[i], e) == -1)
			goto done;
	/* the source line names SSB's table when the data does */
	if (hv_kostra_source(k, io.out.lang, from, sizeof(from)) != NULL) {
		snprintf(io.source, sizeof(io.source), "%s: %s (kostra-compare "
		    "%s)", io.out.lang == HV_LANG_NB ? "Kilde" : "Source", from,
		    VERSION);
		io.out.source = io.source;
	}
	if (print_source) {
		/* the data's own source, else the files' names */
		if (hv_kostra_source(k, io.out.lang, from, sizeof(from)) ==
		    NULL) {
			char *tool;

			snprintf(from, sizeof(from), "%s", strchr(io.source,
			    ' ') + 1);
			if ((tool = strrchr(from, '(')) != NULL && tool > from)
				tool[-1] = '\0';
		}
		rc = puts(from) == EOF ? hv_err_io(e, "<stdout>", "cannot "
		    "write") : 0;
		goto done;
	}
	out = hv_kostra_table(k, io.out.lang, e);
	for (shown = 0; shown < hv_kostra_report(k)->n; shown++)
		warnx("%s", hv_kostra_report(k)->line[shown]);
	if (out != NULL && hv_table_emit(out, io.output, &io.out, e) == 0)
		rc = 0;
done:
	hv_table_free(out);
	hv_kostra_free(k);
	return rc;
}

/* Append pair to the --select list *list. */
static int
add_select(char **list, const char *pair)
{
	size_t had = *list != NULL ? strlen(*list) : 0;
	char *grown;

	if ((grown = realloc(*list, had + strlen(pair) + 2)) == NULL)
		return -1;
	if (had > 0)
		grown[had++] = ',';
	strcpy(grown + had, pair);
	*list = grown;
	return 0;
}

int
main(int argc, char *argv[])
{
	struct hv_kostra_opts o;
	struct hv_cli_io io;
	struct hv_table *out;
	struct hv_err e;
	char *select = NULL;
	int ch, taken, v, dump = 0, print_codes = 0, print_source = 0;

	hv_kostra_opts_init(&o);
	hv_cli_io_init(&io);
	io.in = o.in;
	while ((ch = getopt_long(argc, argv, "f:hn:o:V", longopts, NULL)) !=
	    -1) {
		if ((taken = hv_cli_io_option(&io, ch, optarg, &e)) == -1)
			die(&e);
		if (taken)
			continue;
		switch (ch) {
		case 'h':
			usage(0);
			break;
		case 'V':
			printf("kostra-compare %s\n", VERSION);
			return 0;
		case OPT_FOCUS:
			o.focus = optarg;
			break;
		case OPT_REF:
			o.ref = optarg;
			break;
		case OPT_UNITS:
			o.units = optarg;
			break;
		case OPT_VARIABLE:
			o.variable = optarg;
			break;
		case OPT_FROM:
			o.from = optarg;
			break;
		case OPT_TO:
			o.to = optarg;
			break;
		case OPT_SELECT:
			/* repeatable: the pairs joined as one list */
			if (add_select(&select, optarg) == -1)
				errx(1, "out of memory");
			o.select = select;
			break;
		case OPT_POPULATION:
			o.population = optarg;
			break;
		case OPT_NEED:
			o.need = optarg;
			break;
		case OPT_CODES:
			o.codes = optarg;
			break;
		case OPT_PRINT_CODES:
			print_codes = 1;
			break;
		case OPT_COMBINE:
			if (hv_name_arg(hv_combines, "--combine", "method",
			    optarg, &v, &e) == -1)
				die(&e);
			o.combine = (enum hv_combine)v;
			break;
		case OPT_DUMP:
			dump = 1;
			break;
		case OPT_PRINT_SOURCE:
			print_source = o.source_only = 1;
			break;
		case OPT_GROUP_MEMBERS:
			o.group_members = optarg;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	o.in = io.in;
	hv_cli_source(&io, "kostra-compare", VERSION, argc, argv);
	/* after all options, so that --format counts wherever it stands */
	if (print_codes)
		print_table(hv_kostra_codes_table(), &io);
	if (argc == 0)
		usage(2);
	if (dump) {
		if (argc != 1)
			errx(2, "--dump reads one file" TRY);
		if ((out = hv_kostra_dump_file(argv[0], &o.in, o.select,
		    &e)) == NULL)
			die(&e);
		print_table(out, &io);
	}

	if (compare(&o, &io, argc, argv, print_source, &e) == -1)
		die(&e);
	free(select);
	return 0;
}
