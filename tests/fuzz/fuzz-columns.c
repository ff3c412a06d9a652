/*
 * fuzz-columns: iplos-sum's --columns @FILE.  Any file is read or
 * refused with a reason; a mapping that is read, tried on an export
 * with Norwegian headers, finds its columns or says which it misses,
 * and never names a person id of the export (its ids hold the digits
 * 4000000000, so a leak is plain, unless the mapping itself holds them:
 * a header named in the mapping is the user's own, said back).
 */
#define _GNU_SOURCE	/* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "iplos.h"

static const char extract[] =
    "Pasient-ID;F\xC3\xB8" "dsels\xC3\xA5r;Kj\xC3\xB8nn;Bydel;Tjeneste;"
    "Vedtaksdato;Fra dato;Til dato;Timer pr. uke\n"
    "ID-40000000001;1938;K;Sentrum;Helsetjenester i hjemmet;15.03.2022;"
    "01.04.2022;;4,5\n"
    "ID-40000000002;1940;M;Nord;21;;01.01.2023;;\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_iplos_opts o;
	struct hv_reader_opts ro;
	struct hv_reader *r;
	struct hv_iplos *ip;
	struct hv_err e;
	char arg[4200];
	FILE *fp;
	int rc;

	if (size > 4000)
		return 0;
	hv_iplos_opts_init(&o);
	o.this_year = 2026;
	o.threads = 1;
	snprintf(arg, sizeof(arg), "@%s", fz_file(data, size));
	if (hv_iplos_add_columns(&o, arg, &e) == -1 ||
	    hv_iplos_add_on(&o, "2024-01-01", &e) == -1)
		fz_fail("options refused: %s", e.msg);
	if ((ip = hv_iplos_new(&o, &e)) == NULL) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		free(o.windows);
		return 0;
	}
	free(o.windows);
	if ((fp = fmemopen((void *)extract, sizeof(extract) - 1, "r")) ==
	    NULL)
		abort();
	hv_reader_opts_init(&ro);
	if ((r = hv_reader_open_fp(fp, "x.csv", &ro, &e)) == NULL)
		fz_fail("the export does not open: %s", e.msg);
	rc = hv_iplos_add(ip, r, &e);
	if (rc == -1) {
		FZ_CHECK(e.msg[0] != '\0', "refused without a reason");
		FZ_CHECK(strstr(e.msg, "4000000000") == NULL ||
		    memmem(data, size, "4000000000", 10) != NULL, "a person "
		    "id in the message: %s", e.msg);
	}
	hv_reader_close(r);
	fclose(fp);
	hv_iplos_free(ip);
	return 0;
}
