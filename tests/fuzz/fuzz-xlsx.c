/*
 * fuzz-xlsx: xlsx workbooks, zips and anything else given as one.  A
 * sheet that reads is UTF-8 text without NUL bytes, as long as it says,
 * each line ending in a newline; a file that does not read says why.
 * (The zip container and the XML are libzip's and expat's to parse; this
 * holds what we make of them.)
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "utf8.h"
#include "xlsx.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_err e;
	char note[256], *csv;
	size_t len, tail;

	e.msg[0] = '\0';
	/* the whole input is the zip (its directory is at its end): the
	 * second sheet when the size is odd */
	csv = hv_xlsx_csv(data, size, size & 1 ? "2" : NULL, "fuzz.xlsx", &len,
	    note, sizeof(note), &e);
	if (csv == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		return 0;
	}
	FZ_CHECK(strlen(csv) == len, "%zu bytes said, %zu before a NUL", len,
	    strlen(csv));
	FZ_CHECK(hv_utf8_check((const unsigned char *)csv, len, &tail) ==
	    len && tail == 0, "the sheet is not UTF-8");
	FZ_CHECK(len == 0 || csv[len - 1] == '\n', "the last line has no end");
	free(csv);
	return 0;
}
