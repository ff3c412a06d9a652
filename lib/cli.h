/*
 * cli.h: the options every binary shares (input dialect, output format),
 * so that each main() lists them in its getopt_long table and hands them
 * here.  Nothing here prints or exits.
 */
#ifndef HV_CLI_H
#define HV_CLI_H

#include "error.h"
#include "list.h"
#include "reader.h"
#include "table.h"

/* Option codes for the shared long options; each binary's longopts table
 * maps them as { "format", required_argument, NULL, HV_OPT_FORMAT } etc. */
enum hv_opt {
	HV_OPT_FORMAT = 'f',		/* -f, --format FMT */
	HV_OPT_OUTPUT = 'o',		/* -o, --output FILE */
	HV_OPT_NUMBERS = 'n',		/* -n, --numbers STYLE */
	HV_OPT_WIDE = 0x100,		/* --wide */
	HV_OPT_ENCODING,		/* --encoding ENC */
	HV_OPT_DELIMITER,		/* --delimiter C */
	HV_OPT_LABELS,			/* --labels LANG */
	HV_OPT_SHEET			/* --sheet NAME|N */
};

struct hv_cli_io {
	struct hv_reader_opts	 in;
	struct hv_out_opts	 out;
	const char		*output;	/* NULL: standard output */
	char			 source[512];	/* out.source's text */
};

/* Defaults: dialect found from the input, CSV in machine style. */
void	hv_cli_io_init(struct hv_cli_io *io);

/* Take option ch with argument arg if it is a shared one: returns 1 when
 * taken, 0 when ch is not shared, -1 on a bad argument (reason in *e). */
int	hv_cli_io_option(struct hv_cli_io *io, int ch, const char *arg,
	    struct hv_err *e);

/*
 * Numbers given to options, read strictly (as OpenBSD's strtonum): the
 * whole argument, in range, or a usage error that names the option, the
 * argument and what it takes ("--round: '2.7' is not a whole number from
 * 0 to 10").  Each returns 0, or -1 with the reason in *e.
 */
/* A whole number: decimal digits, a '-' before them when min < 0. */
int	hv_opt_whole(const char *opt, const char *arg, long long min,
	    long long max, long long *v, struct hv_err *e);
/* A size in bytes: digits, then K, M or G (powers of 1024) or nothing. */
int	hv_opt_size(const char *opt, const char *arg, size_t min, size_t max,
	    size_t *v, struct hv_err *e);
/* Two whole numbers from min to max as WxH (a chart's size). */
int	hv_opt_wxh(const char *opt, const char *arg, long long min,
	    long long max, int *w, int *h, struct hv_err *e);
/* A number in any form the toolkit reads (1,5  1e3  -2 669), finite. */
int	hv_opt_number(const char *opt, const char *arg, double *v,
	    struct hv_err *e);

/* text wrapped for --help: words moved to a new line indented by
 * indent spaces where a line would pass column width (the first line
 * starts at column indent too, after the option's name).  Into buf,
 * which it returns. */
char	*hv_cli_wrap(const char *text, size_t indent, size_t width, char *buf,
	    size_t sz);

/* Name the inputs (nfiles of them; "-" standard input) and the tool
 * (prog, its version) in the source line under a table that carries one
 * (xlsx): "Kilde: 12362.json (kostra-compare 0.1.0)" in the output's
 * language, the folders left out.  Call after the options. */
void	hv_cli_source(struct hv_cli_io *io, const char *prog,
	    const char *version, int nfiles, char *const *files);

/* The --help lines of the shared options. */
extern const char hv_cli_io_help[];

#endif
