/*
 * cli.h: the options every binary shares (input dialect, output format),
 * so that each main() lists them in its getopt_long table and hands them
 * here.  Nothing here prints or exits.
 */
#ifndef HV_CLI_H
#define HV_CLI_H

#include "error.h"
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
	HV_OPT_LABELS			/* --labels LANG */
};

struct hv_cli_io {
	struct hv_reader_opts	 in;
	struct hv_out_opts	 out;
	const char		*output;	/* NULL: standard output */
};

/* Defaults: dialect found from the input, CSV in machine style. */
void	hv_cli_io_init(struct hv_cli_io *io);

/* Take option ch with argument arg if it is a shared one: returns 1 when
 * taken, 0 when ch is not shared, -1 on a bad argument (reason in *e). */
int	hv_cli_io_option(struct hv_cli_io *io, int ch, const char *arg,
	    struct hv_err *e);

/* The items of a comma-separated option argument, one at a time: copies
 * the next item at p (cut to sz - 1 bytes) into item and returns where
 * the rest starts, or NULL when no item is left (p may be NULL).  Use:
 *	for (p = list; (p = hv_list_next(p, item, sizeof(item))) != NULL;)
 */
const char *hv_list_next(const char *p, char *item, size_t sz);

/* The --help lines of the shared options. */
extern const char hv_cli_io_help[];

#endif
