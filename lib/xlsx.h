/*
 * xlsx.h: a sheet of an Excel workbook (.xlsx: Statistikkbanken's Excel
 * download, a municipality's KOSTRA workbooks and savings lists) as the
 * CSV text the reader reads, so that every tool reads a sheet as it reads
 * the same table saved as CSV.  The zip container through libzip, the XML
 * through expat.
 *
 *   cells        shared strings and inline strings as their text (rich
 *                text joined), numbers as numbers (the value stored, not
 *                the text shown, in the shortest form that reads back),
 *                booleans TRUE and FALSE, errors as Excel shows them
 *                (#N/A), formulas by their last value
 *   dates        a number whose cell format is a date (dd.mm.yyyy, the
 *                built-in date formats) as 2024-09-13, with the time
 *                (2024-09-13T08:30) when it has one; 1900 and 1904 date
 *                systems
 *   layout       empty cells as empty fields, rows as wide as the widest;
 *                the one-cell rows above the table (its title, source,
 *                subtitle) joined as one title line, which the reader
 *                takes as the title, as in CSV "med overskrift"; a one-
 *                cell row below stays one cell (a footnote); the table
 *                ends at the first empty row after its first row of
 *                figures, and what follows (another table, notes) is
 *                left out and said in a note
 *   line numbers a CSV line is a sheet row (a line break inside a cell
 *                is a space), so messages name the sheet's row
 *
 * The sheet is the first, or --sheet's (by name, or its number from 1).
 */
#ifndef HV_XLSX_H
#define HV_XLSX_H

#include <stddef.h>

#include "error.h"

/* Do the n bytes at p begin a zip archive (an xlsx is one)? */
int	hv_xlsx_is_zip(const unsigned char *p, size_t n);

/* The sheet (NULL: the first) of the workbook in the len bytes at zip as
 * CSV text (UTF-8, comma, LF, RFC 4180 quoting), *out_len bytes, which
 * the caller frees, and in note (note_sz bytes) what was left out, or
 * ""; NULL with the reason in *e (a zip that is no workbook, a sheet
 * that is not there, with the sheets it has; XML that does not parse).
 * name is the file's, for messages. */
char	*hv_xlsx_csv(const void *zip, size_t len, const char *sheet,
	    const char *name, size_t *out_len, char *note, size_t note_sz,
	    struct hv_err *e);

#endif
