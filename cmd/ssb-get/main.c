/*
 * ssb-get: a table from SSB's statistics bank (PxWebApi v2) as JSON-stat
 * 2 or tidy CSV, split to the server's limits, cached and traced; and
 * KLASS's code changes and correspondences.
 * Exit status: 0 success, 1 data, network or I/O error, 2 usage error.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "klass.h"
#include "pxweb.h"

#define TRY	"\nTry 'ssb-get --help' for more information."

enum {
	OPT_INFO = 0x200, OPT_VALUES, OPT_SEARCH, OPT_API, OPT_LANG,
	OPT_CODELIST, OPT_CACHE, OPT_NO_CACHE, OPT_OFFLINE, OPT_REFRESH,
	OPT_MAX_AGE, OPT_CONNECT_TIMEOUT, OPT_TIMEOUT, OPT_RETRIES,
	OPT_KLASS_CHANGES, OPT_KLASS_CORR, OPT_KLASS_API, OPT_FROM, OPT_TO,
	OPT_DATE, OPT_MAX_CELLS
};

static const struct option longopts[] = {
	{ "api",		required_argument,	NULL, OPT_API },
	{ "cache",		required_argument,	NULL, OPT_CACHE },
	{ "codelist",		required_argument,	NULL, OPT_CODELIST },
	{ "connect-timeout",	required_argument,	NULL,
	    OPT_CONNECT_TIMEOUT },
	{ "date",		required_argument,	NULL, OPT_DATE },
	{ "format",		required_argument,	NULL, HV_OPT_FORMAT },
	{ "from",		required_argument,	NULL, OPT_FROM },
	{ "help",		no_argument,		NULL, 'h' },
	{ "info",		no_argument,		NULL, OPT_INFO },
	{ "klass-api",		required_argument,	NULL, OPT_KLASS_API },
	{ "klass-changes",	required_argument,	NULL,
	    OPT_KLASS_CHANGES },
	{ "klass-correspondence", required_argument,	NULL, OPT_KLASS_CORR },
	{ "labels",		required_argument,	NULL, HV_OPT_LABELS },
	{ "lang",		required_argument,	NULL, OPT_LANG },
	{ "max-age",		required_argument,	NULL, OPT_MAX_AGE },
	{ "max-cells",		required_argument,	NULL, OPT_MAX_CELLS },
	{ "no-cache",		no_argument,		NULL, OPT_NO_CACHE },
	{ "numbers",		required_argument,	NULL, HV_OPT_NUMBERS },
	{ "offline",		no_argument,		NULL, OPT_OFFLINE },
	{ "output",		required_argument,	NULL, HV_OPT_OUTPUT },
	{ "quiet",		no_argument,		NULL, 'q' },
	{ "refresh",		no_argument,		NULL, OPT_REFRESH },
	{ "retries",		required_argument,	NULL, OPT_RETRIES },
	{ "search",		no_argument,		NULL, OPT_SEARCH },
	{ "timeout",		required_argument,	NULL, OPT_TIMEOUT },
	{ "to",			required_argument,	NULL, OPT_TO },
	{ "values",		no_argument,		NULL, OPT_VALUES },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 },
};

static const char help[] =
"Fetch a table from SSB's statistics bank (PxWebApi v2) as JSON-stat 2\n"
"(for kostra-compare, trend) or tidy CSV; split a query too big for one\n"
"request and merge the parts; cache the answers; record where they came\n"
"from.  Or KLASS's municipality changes and KOSTRA groups.\n"
"\n"
"  ssb-get TABLE [VAR=CODES ...]   the data\n"
"  ssb-get --info TABLE            its variables\n"
"  ssb-get --values TABLE VAR      one variable's codes and labels\n"
"  ssb-get --search TEXT           tables whose text matches\n"
"  ssb-get --klass-changes 131 --from DATE [--to DATE]\n"
"  ssb-get --klass-correspondence 131:112 --date DATE\n"
"\n"
"VAR is a variable's code or label (Tid, tid, region); CODES a comma\n"
"list of codes or v2's expressions: *, 50*, 50??, top(3), bottom(2),\n"
"from(2019), to(2022), range(2019,2022).  Variables left out are\n"
"eliminated where the table allows it.\n"
"\n"
"      --codelist VAR=ID another list of VAR's values (agg_KommSummer)\n"
"      --lang no|en      the labels' language (default no)\n"
"  -f, --format FMT      json-stat2 (default) or csv for the data; csv,\n"
"                        tsv, md, table, json, html for the other tables\n"
"  -o, --output FILE     write FILE whole or not at all\n"
"      --api URL         the PxWebApi v2 (default $SSB_API, else\n"
"                        https://data.ssb.no/api/pxwebapi/v2)\n"
"      --klass-api URL   KLASS (default $SSB_KLASS_API, else\n"
"                        https://data.ssb.no/api/klass/v1)\n"
"      --cache DIR       the cache (default\n"
"                        ${XDG_CACHE_HOME:-$HOME/.cache}/hvstat/ssb)\n"
"      --no-cache        neither read nor write the cache\n"
"      --offline         the cache only: no request\n"
"      --refresh         fetch again what the cache holds\n"
"      --max-age AGE     use what the cache holds when younger (30m, 12h,\n"
"                        7d) without asking whether the table changed\n"
"      --max-cells N     at most N cells a request (fewer than the\n"
"                        server's maxDataCells: smaller answers)\n"
"      --connect-timeout S, --timeout S\n"
"                        seconds to connect (10), for a request (120)\n"
"      --retries N       of an answer 5xx (3)\n"
"  -q, --quiet           say nothing of waits and splits\n"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"Examples:\n"
"  ssb-get 12362 region=5037,5035,EKG09 tid='from(2019)' \\\n"
"      ContentsCode=KOSbpa0000 | kostra-compare --focus 5037 --ref EKG09\n"
"  ssb-get --info 12362 -f table\n"
"  ssb-get --klass-changes 131 --from 2013-01-01 -o endringer.csv\n"
"\n"
"Exit status: 0 success, 1 data, network or I/O error, 2 usage error.\n";

enum mode { MODE_DATA, MODE_INFO, MODE_VALUES, MODE_SEARCH,
	MODE_KLASS_CHANGES, MODE_KLASS_CORR };

struct run {
	enum mode		 mode;
	struct hv_px_opts	 px;
	struct hv_cli_io	 io;
	int			 json;		/* data as JSON-stat 2 */
	const char		*klass_api, *klass_id, *from, *to, *date;
	struct hv_px_sel	*sel, *codelist;
	size_t			 nsel, ncodelist, codelist_cap;
};

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

	fprintf(fp, "usage: ssb-get [-q] [--api url] [--cache dir | "
	    "--no-cache] [--offline | --refresh]\n"
	    "               [--max-age age] [-f format] [--lang no|en] "
	    "[-o file] table [var=codes ...]\n"
	    "       ssb-get --info table | --values table var | --search "
	    "text\n"
	    "       ssb-get --klass-changes id --from date [--to date]\n"
	    "       ssb-get --klass-correspondence source:target --date "
	    "date\n");
	if (status == 0)
		fputs(help, fp);
	exit(status);
}

static void
tell(void *arg, const char *msg)
{
	(void)arg;
	fprintf(stderr, "ssb-get: %s\n", msg);
}

/* VAR=CODES into *sel. */
static int
add_sel(struct hv_px_sel **sel, size_t *n, size_t *cap, const char *arg,
    const char *opt, struct hv_err *e)
{
	const char *eq = strchr(arg, '=');
	struct hv_px_sel *s;
	char *var;

	if (eq == NULL || eq == arg || eq[1] == '\0')
		return hv_err_usage(e, "%s'%s' is not VAR=CODES", opt, arg);
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		if ((s = realloc(*sel, *cap * sizeof(*s))) == NULL)
			return hv_err_nomem(e);
		*sel = s;
	}
	if ((var = strndup(arg, (size_t)(eq - arg))) == NULL)
		return hv_err_nomem(e);
	(*sel)[*n].var = var;
	(*sel)[*n].codes = eq + 1;
	(*n)++;
	return 0;
}

/* "90", "30m", "12h", "7d" in seconds. */
static int
age_arg(const char *arg, long *v, struct hv_err *e)
{
	static const struct { char unit; long s; } units[] = {
		{ 's', 1 }, { 'm', 60 }, { 'h', 3600 }, { 'd', 86400 } };
	char num[32];
	size_t len = strlen(arg), i;
	long long n;
	long mult = 1;

	if (len > 0 && len < sizeof(num))
		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (arg[len - 1] == units[i].unit) {
				mult = units[i].s;
				len--;
			}
	snprintf(num, sizeof(num), "%.*s", (int)len, arg);
	if (hv_opt_whole("--max-age", num, 0, 3650L * 86400 / mult, &n, e) ==
	    -1)
		return -1;
	*v = (long)n * mult;
	return 0;
}

static int
parse(struct run *r, int argc, char *argv[], struct hv_err *e)
{
	size_t sel_cap = 0;
	long long n;
	int ch, taken, rc, quiet = 0;

	while ((ch = getopt_long(argc, argv, "f:hn:o:qV", longopts, NULL)) !=
	    -1) {
		if (ch == HV_OPT_FORMAT && (strcmp(optarg, "json-stat2") == 0 ||
		    strcmp(optarg, "jsonstat2") == 0)) {
			r->json = 1;
			continue;
		}
		if (ch == HV_OPT_FORMAT)
			r->json = 0;
		if ((taken = hv_cli_io_option(&r->io, ch, optarg, e)) == -1)
			return -1;
		if (taken)
			continue;
		rc = 0;
		switch (ch) {
		case 'h':
			usage(0);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'V':
			printf("ssb-get %s\n", VERSION);
			exit(0);
		case OPT_INFO:
			r->mode = MODE_INFO;
			break;
		case OPT_VALUES:
			r->mode = MODE_VALUES;
			break;
		case OPT_SEARCH:
			r->mode = MODE_SEARCH;
			break;
		case OPT_KLASS_CHANGES:
			r->mode = MODE_KLASS_CHANGES;
			r->klass_id = optarg;
			break;
		case OPT_KLASS_CORR:
			r->mode = MODE_KLASS_CORR;
			r->klass_id = optarg;
			break;
		case OPT_API:
			r->px.api = optarg;
			break;
		case OPT_KLASS_API:
			r->klass_api = optarg;
			break;
		case OPT_LANG:
			if (strcmp(optarg, "no") != 0 && strcmp(optarg, "en") !=
			    0)
				return hv_err_usage(e, "--lang: '%s' is not no "
				    "or en", optarg);
			r->px.lang = optarg;
			break;
		case OPT_CODELIST:
			rc = add_sel(&r->codelist, &r->ncodelist,
			    &r->codelist_cap, optarg, "--codelist: ", e);
			break;
		case OPT_CACHE:
			r->px.cache_dir = optarg;
			break;
		case OPT_NO_CACHE:
			r->px.cache = HV_PX_CACHE_NONE;
			break;
		case OPT_OFFLINE:
			r->px.cache = HV_PX_CACHE_OFFLINE;
			break;
		case OPT_REFRESH:
			r->px.cache = HV_PX_CACHE_REFRESH;
			break;
		case OPT_MAX_AGE:
			rc = age_arg(optarg, &r->px.max_age, e);
			break;
		case OPT_MAX_CELLS:
			if ((rc = hv_opt_whole("--max-cells", optarg, 1,
			    100000000, &n, e)) == 0)
				r->px.max_cells = (double)n;
			break;
		case OPT_CONNECT_TIMEOUT:
			if ((rc = hv_opt_whole("--connect-timeout", optarg, 1,
			    3600, &n, e)) == 0)
				r->px.http.connect_timeout = (long)n;
			break;
		case OPT_TIMEOUT:
			if ((rc = hv_opt_whole("--timeout", optarg, 1, 86400,
			    &n, e)) == 0)
				r->px.http.timeout = (long)n;
			break;
		case OPT_RETRIES:
			if ((rc = hv_opt_whole("--retries", optarg, 0, 10, &n,
			    e)) == 0)
				r->px.http.retries = (int)n;
			break;
		case OPT_FROM:
			r->from = optarg;
			break;
		case OPT_TO:
			r->to = optarg;
			break;
		case OPT_DATE:
			r->date = optarg;
			break;
		default:
			usage(2);
		}
		if (rc == -1)
			return -1;
	}
	if (!quiet)
		r->px.http.notice = tell;
	argc -= optind;
	argv += optind;
	switch (r->mode) {
	case MODE_DATA:
		if (argc < 1)
			return hv_err_usage(e, "name a table (12362)");
		for (ch = 1; ch < argc; ch++)
			if (add_sel(&r->sel, &r->nsel, &sel_cap, argv[ch], "",
			    e) == -1)
				return -1;
		break;
	case MODE_INFO:
	case MODE_SEARCH:
		if (argc != 1)
			return hv_err_usage(e, "%s takes one argument",
			    r->mode == MODE_INFO ? "--info" : "--search");
		break;
	case MODE_VALUES:
		if (argc != 2)
			return hv_err_usage(e, "--values takes a table and a "
			    "variable");
		break;
	default:
		if (argc != 0)
			return hv_err_usage(e, "'%s': KLASS takes no other "
			    "argument", argv[0]);
	}
	return 0;
}

/* Write t as the options say; the data as JSON-stat or tidy CSV. */
static int
run(struct run *r, char *argv[], struct hv_err *e)
{
	struct hv_px_query q = { NULL, r->sel, r->nsel, r->codelist,
	    r->ncodelist };
	const char *klass = r->klass_api;
	struct hv_table *t = NULL;
	struct hv_px *px;
	char *title = NULL, *updated = NULL;
	cJSON *ds;
	int rc = -1;

	if (klass == NULL && (klass = getenv("SSB_KLASS_API")) == NULL)
		klass = HV_KLASS_API;
	if ((px = hv_px_new(&r->px, e)) == NULL)
		return -1;
	switch (r->mode) {
	case MODE_DATA:
		q.table = argv[0];
		if ((ds = hv_px_data(px, &q, e)) == NULL)
			break;
		if (r->json)
			rc = hv_px_emit(ds, r->io.output, e);
		else if ((t = hv_px_tidy(ds, e)) != NULL)
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		cJSON_Delete(ds);
		break;
	case MODE_INFO:
		if ((t = hv_px_info(px, argv[0], &q, &title, &updated, e)) !=
		    NULL) {
			if (r->io.output == NULL &&
			    r->io.out.format != HV_FMT_CSV &&
			    r->io.out.format != HV_FMT_TSV &&
			    r->io.out.format != HV_FMT_JSON)
				printf("%s (%s %.10s)\n\n", title,
				    strcmp(r->px.lang, "en") == 0 ? "updated" :
				    "oppdatert", updated);
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		}
		break;
	case MODE_VALUES:
		if ((t = hv_px_values(px, argv[0], argv[1], &q, e)) != NULL)
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		break;
	case MODE_SEARCH:
		if ((t = hv_px_search(px, argv[0], e)) != NULL)
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		break;
	case MODE_KLASS_CHANGES:
		if ((t = hv_klass_changes(px, klass, r->klass_id, r->from,
		    r->to, e)) != NULL)
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		break;
	case MODE_KLASS_CORR:
		if ((t = hv_klass_correspondence(px, klass, r->klass_id,
		    r->date, e)) != NULL)
			rc = hv_table_emit(t, r->io.output, &r->io.out, e);
		break;
	}
	free(title);
	free(updated);
	hv_table_free(t);
	hv_px_free(px);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct run r;
	struct hv_err e;
	size_t i;
	int rc;

	memset(&r, 0, sizeof(r));
	r.json = 1;
	hv_px_opts_init(&r.px);
	r.px.tool = "ssb-get " VERSION;
	hv_cli_io_init(&r.io);
	rc = parse(&r, argc, argv, &e);
	if (rc == 0)
		rc = run(&r, argv + optind, &e);
	for (i = 0; i < r.nsel; i++)
		free((char *)r.sel[i].var);
	for (i = 0; i < r.ncodelist; i++)
		free((char *)r.codelist[i].var);
	free(r.sel);
	free(r.codelist);
	if (rc == -1)
		die(&e);
	return 0;
}
