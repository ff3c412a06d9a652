/*
 * kostra-national: a national KOSTRA table for the benchmarks of
 * tests/bench/national.sh, as Statistikkbanken gives one for all
 * municipalities: every municipality valid in the last year (codes and
 * names from the built-in tables) in the years its series reaches back
 * to (a renumbered one under today's code; one made by a merge from its
 * first year), the KOSTRA group EKG09 and the country (EAK), ten years,
 * NVAR variables.  Deterministic (a fixed
 * linear congruential generator), with what real tables have: a value
 * missing here and there (SSB's ".." or ":"), a negative one, a jump.
 *
 *   kostra-national csv NVAR     tidy CSV: unit,label,variable,period,value,status
 *   kostra-national json NVAR    the same cells as JSON-stat 2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "region.h"

#define FIRST_YEAR	2015
#define NYEARS		10
#define LAST_YEAR	(FIRST_YEAR + NYEARS - 1)
#define MAX_UNITS	512

struct unit {
	const char	*code, *name;
	int		 from;		/* the first year it has figures */
};

static unsigned long long lcg_state = 20261201;

static unsigned
lcg(void)
{
	lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(lcg_state >> 33);
}

/* Value of unit u, variable v, year index y, or its status in *status
 * (NULL: a value). */
static long
value(size_t u, size_t v, int y, const char **status)
{
	long base = 5000 + (long)((u * 7919 + v * 104729) % 60000);
	unsigned r = lcg();

	*status = NULL;
	if (r % 997 == 0) {
		*status = r % 2 ? ".." : ":";
		return 0;
	}
	if (u == 11 && v % 5 == 1 && y == 6)
		return -1036;			/* negative, as Stjørdal's */
	if (u == 23 && v % 7 == 2 && y == 4)
		return base * 5;		/* a jump over a factor 3 */
	return base + y * 350 + (long)(r % 900);
}

/* A JSON string: the names hold no quote or backslash, but be sure. */
static void
put_json(const char *s)
{
	putchar('"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

int
main(int argc, char *argv[])
{
	struct unit units[MAX_UNITS];
	struct hv_regions *rg;
	struct hv_err e;
	size_t i, k, nu = 0, nvar, u, v;
	const char *status;
	int json, y;
	long x;

	if (argc != 3 || (strcmp(argv[1], "csv") != 0 &&
	    strcmp(argv[1], "json") != 0) || (nvar = strtoul(argv[2], NULL,
	    10)) == 0) {
		fprintf(stderr, "usage: kostra-national csv|json NVAR\n");
		return 2;
	}
	json = strcmp(argv[1], "json") == 0;
	if ((rg = hv_regions_new(NULL, &e)) == NULL) {
		fprintf(stderr, "kostra-national: %s\n", e.msg);
		return 1;
	}
	for (i = 0; i < hv_region_nperiods && nu < MAX_UNITS - 2; i++) {
		const char *c = hv_region_periods[i].code;

		if (hv_region_kind(c) != HV_UNIT_MUNICIPALITY ||
		    hv_regions_valid(rg, c, LAST_YEAR) != 1)
			continue;
		for (k = 0; k < nu && strcmp(units[k].code, c) != 0; k++)
			;
		if (k < nu)
			continue;
		units[nu].code = c;
		units[nu].name = hv_regions_name(rg, c, LAST_YEAR);
		for (y = FIRST_YEAR; hv_regions_exists(rg, c, y) != 1; y++)
			;
		units[nu++].from = y;
	}
	units[nu].code = "EKG09";
	units[nu].name = "Kostragruppe 09";
	units[nu++].from = FIRST_YEAR;
	units[nu].code = "EAK";
	units[nu].name = "Landet";
	units[nu++].from = FIRST_YEAR;

	if (!json) {
		puts("unit,label,variable,period,value,status");
		for (u = 0; u < nu; u++)
			for (v = 0; v < nvar; v++)
				for (y = 0; y < NYEARS; y++) {
					x = value(u, v, y, &status);
					if (FIRST_YEAR + y < units[u].from)
						continue;
					if (status != NULL)
						printf("%s,%s,var%02zu,%d,,%s\n",
						    units[u].code, units[u].name,
						    v + 1, FIRST_YEAR + y, status);
					else
						printf("%s,%s,var%02zu,%d,%ld,\n",
						    units[u].code, units[u].name,
						    v + 1, FIRST_YEAR + y, x);
				}
		hv_regions_free(rg);
		return ferror(stdout) ? 1 : 0;
	}

	/* JSON-stat 2: region, then ContentsCode, then Tid (fastest) */
	printf("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":"
	    "\"bench: a national KOSTRA table\",\"source\":\"hvstat\","
	    "\"id\":[\"KOKkommuneregion0000\",\"ContentsCode\",\"Tid\"],"
	    "\"size\":[%zu,%zu,%d],\"role\":{\"geo\":[\"KOKkommuneregion0000\"],"
	    "\"metric\":[\"ContentsCode\"],\"time\":[\"Tid\"]},\"dimension\":{",
	    nu, nvar, NYEARS);
	printf("\"KOKkommuneregion0000\":{\"label\":\"region\",\"category\":"
	    "{\"index\":{");
	for (u = 0; u < nu; u++)
		printf("%s\"%s\":%zu", u > 0 ? "," : "", units[u].code, u);
	printf("},\"label\":{");
	for (u = 0; u < nu; u++) {
		printf("%s\"%s\":", u > 0 ? "," : "", units[u].code);
		put_json(units[u].name);
	}
	printf("}}},\"ContentsCode\":{\"label\":\"statistikkvariabel\","
	    "\"category\":{\"index\":{");
	for (v = 0; v < nvar; v++)
		printf("%s\"var%02zu\":%zu", v > 0 ? "," : "", v + 1, v);
	printf("},\"label\":{");
	for (v = 0; v < nvar; v++)
		printf("%s\"var%02zu\":\"var%02zu\"", v > 0 ? "," : "", v + 1,
		    v + 1);
	printf("}}},\"Tid\":{\"label\":\"\\u00e5r\",\"category\":{\"index\":{");
	for (y = 0; y < NYEARS; y++)
		printf("%s\"%d\":%d", y > 0 ? "," : "", FIRST_YEAR + y, y);
	printf("},\"label\":{");
	for (y = 0; y < NYEARS; y++)
		printf("%s\"%d\":\"%d\"", y > 0 ? "," : "", FIRST_YEAR + y,
		    FIRST_YEAR + y);
	printf("}}}},\"value\":[");
	/* the same draws, in the same order, as the CSV: statuses after */
	{
		char *stat = calloc(nu * nvar * NYEARS, 1);
		size_t cell = 0;

		if (stat == NULL) {
			fprintf(stderr, "kostra-national: out of memory\n");
			return 1;
		}
		for (u = 0; u < nu; u++)
			for (v = 0; v < nvar; v++)
				for (y = 0; y < NYEARS; y++, cell++) {
					x = value(u, v, y, &status);
					if (cell > 0)
						putchar(',');
					if (FIRST_YEAR + y < units[u].from)
						fputs("null", stdout);
					else if (status != NULL) {
						fputs("null", stdout);
						stat[cell] = status[0];
					} else
						printf("%ld", x);
				}
		printf("],\"status\":{");
		for (cell = 0, k = 0; cell < nu * nvar * NYEARS; cell++)
			if (stat[cell] != 0)
				printf("%s\"%zu\":\"%s\"", k++ > 0 ? "," : "",
				    cell, stat[cell] == '.' ? ".." : ":");
		printf("}}\n");
		free(stat);
	}
	hv_regions_free(rg);
	return ferror(stdout) ? 1 : 0;
}
