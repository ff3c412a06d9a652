/*
 * px.h: a PX file (PC-Axis), Statistikkbanken's and every PxWeb agency's
 * own format ("Lagre som", PxWebApi v2 outputFormat=px), read into the
 * dataset its JSON-stat 2 version is (struct hv_jsonstat), so that every
 * tool that reads one reads the other the same way:
 *
 *   the dimensions    STUB, then HEADING, in that order (the order of the
 *                     cells in DATA: the last heading varies fastest)
 *   a dimension's id  VARIABLECODE("name"), else its name; its label the
 *                     name
 *   its categories    CODES (else VALUES) as codes, VALUES as labels
 *   its role          time: TIMEVAL or VARIABLE-TYPE "T"; metric: the
 *                     CONTVARIABLE; geo: MAP or VARIABLE-TYPE "G"
 *   the cells         DATA, numbers and quoted symbols: "." to "......"
 *                     shown as DATASYMBOL1..6 say (else as written),
 *                     "-" as DATASYMBOLNIL (a value of 0); in the KEYS
 *                     form a row per line, its stub keys first, and the
 *                     rows left out 0, as PC-Axis reads them
 *   its title         TITLE
 *
 * Keywords of another language than LANGUAGE's (VALUES[en]("region"))
 * are left out.  The text is UTF-8 when CODEPAGE says so or its bytes
 * are, else Windows-1252 (CHARSET="ANSI", CODEPAGE="iso-8859-1"),
 * converted.  Strings may run over several lines ("a" "b" is "ab").
 *
 * Ownership: as hv_jsonstat_read(); free with hv_jsonstat_free().
 */
#ifndef HV_PX_H
#define HV_PX_H

#include <stddef.h>

#include "error.h"
#include "input.h"
#include "jsonstat.h"

/* Do the n bytes at p (a file's start; blanks before it skipped) begin a
 * PX file
 * (read by kostra-compare as a dataset, by the others through the reader
 * as hv_px_csv()'s text):
 * a PX keyword (CHARSET, AXIS-VERSION, ...) and '=' or '['? */
int	hv_px_is(const unsigned char *p, size_t n);

/* The rest of in as a dataset; NULL with the reason and its line in *e
 * (a keyword that does not parse, a variable without VALUES, DATA of
 * another size than the variables make, a cell that is no number). */
struct hv_jsonstat *hv_px_read(struct hv_input *in, struct hv_err *e);

/* The dataset as the toolkit's tidy CSV text, for the tools that read
 * CSV: a column per dimension but time (its label as the header, the
 * categories' labels as cells), then period (the time dimension's
 * codes), value and status; a cell per row.  *len bytes, which the
 * caller frees; NULL when out of memory or without a time dimension
 * (the reason in *e). */
char	*hv_px_csv(const struct hv_jsonstat *js, const char *name,
	    size_t *len, struct hv_err *e);

#endif
