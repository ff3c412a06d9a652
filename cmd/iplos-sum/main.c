/*
 * iplos-sum: summary tables from an individual-level IPLOS extract.
 * Exit status: 0 success, 1 data or I/O error, 2 usage error.
 * Person ids never appear in any output or message: only line numbers.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "iplos.h"
#include "num.h"
#include "service.h"

/* What a usage error found here ends with, as getopt's do. */
#define TRY	"\nTry 'iplos-sum --help' for more information."

enum {
	OPT_ON = 0x200, OPT_ON_EACH, OPT_YEARS, OPT_DURING, OPT_FROM, OPT_TO,
	OPT_BY, OPT_ONLY, OPT_MAP, OPT_PRINT_MAP, OPT_COLUMNS, OPT_SUPPRESS,
	OPT_PUBLIC, OPT_SKIP_INVALID, OPT_THREADS, OPT_BLOCK_SIZE, OPT_AUDIT,
	OPT_DURING_EACH, OPT_PERIOD_LABEL, OPT_POPULATION, OPT_REGION, OPT_PER,
	OPT_ACROSS
};

/* --public: SSB's practice for pleie og omsorg, fewer than 5 persons */
#define PUBLIC_THRESHOLD 5
/* a threshold above a million persons suppresses every municipality's
 * every figure: a typing error */
#define MAX_THRESHOLD 1000000

static const struct option longopts[] = {
	{ "across",		required_argument,	NULL, OPT_ACROSS },
	{ "audit",		no_argument,		NULL, OPT_AUDIT },
	{ "block-size",		required_argument,	NULL, OPT_BLOCK_SIZE },
	{ "by",			required_argument,	NULL, OPT_BY },
	{ "columns",		required_argument,	NULL, OPT_COLUMNS },
	{ "delimiter",		required_argument,	NULL, HV_OPT_DELIMITER },
	{ "during",		required_argument,	NULL, OPT_DURING },
	{ "during-each",	required_argument,	NULL, OPT_DURING_EACH },
	{ "encoding",		required_argument,	NULL, HV_OPT_ENCODING },
	{ "sheet",		required_argument,	NULL, HV_OPT_SHEET },
	{ "format",		required_argument,	NULL, HV_OPT_FORMAT },
	{ "from",		required_argument,	NULL, OPT_FROM },
	{ "help",		no_argument,		NULL, 'h' },
	{ "labels",		required_argument,	NULL, HV_OPT_LABELS },
	{ "map",		required_argument,	NULL, OPT_MAP },
	{ "measure",		required_argument,	NULL, 'm' },
	{ "numbers",		required_argument,	NULL, HV_OPT_NUMBERS },
	{ "on",			required_argument,	NULL, OPT_ON },
	{ "on-each",		required_argument,	NULL, OPT_ON_EACH },
	{ "only",		required_argument,	NULL, OPT_ONLY },
	{ "output",		required_argument,	NULL, HV_OPT_OUTPUT },
	{ "per",		required_argument,	NULL, OPT_PER },
	{ "period-label",	required_argument,	NULL, OPT_PERIOD_LABEL },
	{ "population",		required_argument,	NULL, OPT_POPULATION },
	{ "print-map",		no_argument,		NULL, OPT_PRINT_MAP },
	{ "public",		no_argument,		NULL, OPT_PUBLIC },
	{ "region",		required_argument,	NULL, OPT_REGION },
	{ "skip-invalid",	no_argument,		NULL, OPT_SKIP_INVALID },
	{ "suppress",		required_argument,	NULL, OPT_SUPPRESS },
	{ "threads",		required_argument,	NULL, OPT_THREADS },
	{ "to",			required_argument,	NULL, OPT_TO },
	{ "version",		no_argument,		NULL, 'V' },
	{ "wide",		no_argument,		NULL, HV_OPT_WIDE },
	{ "years",		required_argument,	NULL, OPT_YEARS },
	{ NULL,			0,			NULL, 0 },
};

static const char help[] =
"Count recipients, bed-days, hours and waiting lists in an IPLOS extract\n"
"(CSV, one row per service period: person_id, birth_year, sex, district,\n"
"service, decision_date, start_date, end_date, hours_per_week; see\n"
"iplos-format.md in share/doc/hvstat), per report category.\n"
"\n"
"When:\n"
"      --on DATE         on a date (repeatable)\n"
"      --on-each MM-DD --years Y1-Y2\n"
"                        on that day of each year\n"
"      --during PERIOD   during a year, quarter, month or day (repeatable)\n"
"      --from DATE --to DATE\n"
"                        during the days from one date to the other\n"
"      --during-each KIND --years Y1-Y2 (or --from FIRST --to LAST)\n"
"                        during each year, half-year, quarter, month or\n"
"                        day of the years (or from period FIRST to LAST)\n"
"      --period-label year\n"
"                        call each period by its year (a census on\n"
"                        09-13 each year is 2017, 2018, ...)\n"
"What:\n"
"  -m, --measure LIST    %s\n"
"      --by LIST         age-group, sex, district (with totals), or\n"
"                        service: one row per service instead of category\n"
"      --across BREAKDOWN\n"
"                        that breakdown of --by (age-group, sex or\n"
"                        district) in columns, as a crosstab\n"
"      --only LIST       these categories (or services), in this order\n"
"      --map FILE        the category map (code,service,category); see\n"
"                        --print-map for the built-in one\n"
"      --print-map       print the map (--map's, or the built-in one) and\n"
"                        exit\n"
"      --population FILE inhabitants by age, sex and year (SSB 07459:\n"
"                        JSON-stat, PX, CSV or xlsx): recipients per\n"
"                        1000 inhabitants of their group too\n"
"      --per N           per N inhabitants instead (100: percent)\n"
"      --region CODE     the municipality, when the file has several\n"
"      --columns LIST    your column names: person_id=Pasient,...; or\n"
"                        @FILE of such pairs, one a line\n"
"Privacy:\n"
"      --suppress N      show cells of 1 to N-1 persons as ':', and as few\n"
"                        more as it takes that none of them can be\n"
"                        computed from the cells shown\n"
"      --public          --suppress 5, for anything published\n"
"      --audit           with --public or --suppress: say on standard error\n"
"                        what was suppressed and that no suppressed cell is\n"
"                        a combination of published cells\n"
"      --skip-invalid    leave invalid rows out (reported) instead of\n"
"                        stopping\n"
"      --threads N       read a file with N threads (1-8; default: one\n"
"                        per processor); the result is the same\n"
"      --block-size SIZE bytes a thread reads at a time (default 1M;\n"
"                        suffixes K, M, G)\n"
"%s"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"Examples:\n"
"  iplos-sum --on-each 09-13 --years 2017-2022 uttrekk.csv\n"
"  iplos-sum --measure bed-days --during 2023 --during 2024 \\\n"
"      --only Langtidsopphold,Korttidsopphold uttrekk.csv\n"
"  iplos-sum --measure hours,users --on 2021-12-31 --only BPA uttrekk.csv\n"
"  iplos-sum --on 2022-10-13 --measure waiting --by age-group --public \\\n"
"      uttrekk.csv\n"
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

	fprintf(fp, "usage: iplos-sum [--public] [--skip-invalid] [--by list] "
	    "[--columns list]\n"
	    "                 [-f format] [--map file] [-m measures] "
	    "[-n style] [-o file]\n"
	    "                 [--only list] [--suppress n] [--threads n] "
	    "[--block-size size]\n"
	    "                 [--wide | --across by] [--period-label year]\n"
	    "                 [--population file [--region code] "
	    "[--per n]]\n"
	    "                 (--on date | --on-each mm-dd --years y1-y2 | "
	    "--during period |\n"
	    "                 --from date --to date | --during-each kind "
	    "--years y1-y2)\n"
	    "                 ... [file ...]\n"
	    "       iplos-sum [--map file] --print-map\n");
	if (status == 0) {
		char list[256], text[300], wrapped[400];

		/* the measures from their table, the first the default */
		hv_name_list(hv_iplos_measures, ", ", list, sizeof(list));
		snprintf(text, sizeof(text), "%.*s (default)%s; comma-separated",
		    (int)strcspn(list, ","), list, list + strcspn(list, ","));
		fprintf(fp, help, hv_cli_wrap(text, 24, 72, wrapped,
		    sizeof(wrapped)), hv_cli_io_help);
	}
	else
		fprintf(fp, "%s\n", TRY + 1);
	exit(status);
}

static void
print_map(struct hv_cli_io *io, const char *path)
{
	struct hv_catmap *m;
	struct hv_table *t;
	struct hv_err e;

	m = path != NULL ? hv_catmap_load(path, &e) : hv_catmap_default(&e);
	if (m == NULL)
		die(&e);
	if ((t = hv_catmap_table(m)) == NULL)
		errx(1, "out of memory");
	io->out.wide = 0;
	if (hv_table_emit(t, io->output, &io->out, &e) == -1)
		die(&e);
	hv_table_free(t);
	hv_catmap_free(m);
	exit(0);
}

/* Count the files into one table and write it: 0, or -1 with the reason
 * in *e, every allocation freed either way. */
static int
sum(const struct hv_iplos_opts *o, struct hv_cli_io *io, int audit,
    int argc, char **argv, struct hv_err *e)
{
	struct hv_notes lines = { NULL, 0, 0 };
	struct hv_table *out = NULL;
	struct hv_reader *r;
	struct hv_iplos *ip;
	size_t shown = 0;
	int i, rc = -1;

	if ((ip = hv_iplos_new(o, e)) == NULL)
		return -1;
	hv_iplos_reader_opts(ip, &io->in);
	for (i = 0; i < argc; i++) {
		if ((r = hv_reader_open(argv[i], &io->in, e)) == NULL)
			goto done;
		if (hv_reader_note(r) != NULL)
			warnx("%s: %s", argv[i], hv_reader_note(r));
		rc = hv_iplos_add(ip, r, e);
		hv_reader_close(r);
		/* the report of a file comes before its error */
		for (; shown < hv_iplos_report(ip)->n; shown++)
			warnx("%s", hv_iplos_report(ip)->line[shown]);
		if (rc == -1)
			goto done;
	}
	rc = -1;
	if (hv_iplos_finish(ip, e) == 0 && (out = hv_iplos_table(ip, audit ?
	    &lines : NULL, &lines, e)) != NULL) {
		for (shown = 0; shown < lines.n; shown++)
			warnx("%s", lines.line[shown]);
		if (hv_table_emit(out, io->output, &io->out, e) == 0)
			rc = 0;
	}
done:
	hv_notes_free(&lines);
	hv_table_free(out);
	hv_iplos_free(ip);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct hv_iplos_opts o;
	struct hv_cli_io io;
	struct hv_err e;
	const char *each = NULL, *years = NULL, *from = NULL, *to = NULL;
	const char *during_each = NULL;
	const char *stdin_only[] = { "-" };
	long long count;
	time_t now = time(NULL);
	int ch, rc, taken, print = 0, audit = 0;

	hv_iplos_opts_init(&o);
	hv_cli_io_init(&io);
	o.this_year = localtime(&now)->tm_year + 1900;
	while ((ch = getopt_long(argc, argv, "f:hm:n:o:V", longopts, NULL)) !=
	    -1) {
		if ((taken = hv_cli_io_option(&io, ch, optarg, &e)) == -1)
			die(&e);
		if (taken)
			continue;
		rc = 0;
		switch (ch) {
		case 'h':
			usage(0);
			break;
		case 'm':
			rc = hv_iplos_parse_measures(&o, optarg, &e);
			break;
		case 'V':
			printf("iplos-sum %s\n", VERSION);
			return 0;
		case OPT_ON:
			rc = hv_iplos_add_on(&o, optarg, &e);
			break;
		case OPT_ON_EACH:
			each = optarg;
			break;
		case OPT_YEARS:
			years = optarg;
			break;
		case OPT_DURING:
			rc = hv_iplos_add_during(&o, optarg, &e);
			break;
		case OPT_DURING_EACH:
			during_each = optarg;
			break;
		case OPT_PERIOD_LABEL:
			rc = hv_iplos_parse_period_label(&o, optarg, &e);
			break;
		case OPT_POPULATION:
			o.population = optarg;
			break;
		case OPT_REGION:
			o.region = optarg;
			break;
		case OPT_PER:
			if ((rc = hv_opt_whole("--per", optarg, 1,
			    HV_IPLOS_MAX_PER, &count, &e)) == 0)
				o.per = (unsigned long)count;
			break;
		case OPT_FROM:
			from = optarg;
			break;
		case OPT_TO:
			to = optarg;
			break;
		case OPT_BY:
			rc = hv_iplos_parse_by(&o, optarg, &e);
			break;
		case OPT_ACROSS:
			rc = hv_iplos_parse_across(&o, optarg, &e);
			break;
		case OPT_ONLY:
			o.only = optarg;
			break;
		case OPT_MAP:
			o.map = optarg;
			break;
		case OPT_PRINT_MAP:
			print = 1;
			break;
		case OPT_COLUMNS:
			rc = hv_iplos_add_columns(&o, optarg, &e);
			break;
		case OPT_SUPPRESS:
			if ((rc = hv_opt_whole("--suppress", optarg, 0,
			    MAX_THRESHOLD, &count, &e)) == 0)
				o.suppress = (unsigned long)count;
			break;
		case OPT_AUDIT:
			audit = 1;
			break;
		case OPT_PUBLIC:
			o.suppress = PUBLIC_THRESHOLD;
			break;
		case OPT_SKIP_INVALID:
			o.skip_invalid = 1;
			break;
		case OPT_BLOCK_SIZE:
			rc = hv_opt_size("--block-size", optarg,
			    HV_IPLOS_MIN_BLOCK, HV_IPLOS_MAX_BLOCK, &o.block_size,
			    &e);
			break;
		case OPT_THREADS:
			if ((rc = hv_opt_whole("--threads", optarg, 1,
			    HV_IPLOS_MAX_THREADS, &count, &e)) == 0)
				o.threads = (unsigned)count;
			break;
		default:
			usage(2);
		}
		if (rc == -1)
			die(&e);
	}
	argc -= optind;
	argv += optind;
	if (print)
		print_map(&io, o.map);
	if (years != NULL && each == NULL && during_each == NULL)
		errx(2, "--years goes with --on-each or --during-each" TRY);
	if (each != NULL && hv_iplos_add_each(&o, each, years, &e) == -1)
		die(&e);
	if ((from != NULL) != (to != NULL))
		errx(2, "--from and --to go together" TRY);
	/* with --during-each, --from and --to bound its periods */
	if (during_each != NULL) {
		if (hv_iplos_add_during_each(&o, during_each, years, from, to,
		    &e) == -1)
			die(&e);
	} else if (from != NULL && hv_iplos_add_range(&o, from, to, &e) ==
	    -1)
		die(&e);
	if (argc == 0) {
		argc = 1;
		argv = (char **)stdin_only;
	}
	hv_cli_source(&io, "iplos-sum", VERSION, argc, argv);

	if (o.across != 0 && io.out.wide)
		errx(2, "--across lays the table out in columns already; "
		    "--wide does not go with it" TRY);
	if (audit && o.suppress == 0)
		errx(2, "--audit goes with --public or --suppress N" TRY);
	rc = sum(&o, &io, audit, argc, argv, &e);
	free(o.windows);
	if (rc == -1)
		die(&e);
	return 0;
}
