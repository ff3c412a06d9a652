/*
 * num-print: each line of standard input read as a double (strtod) and
 * written back by hv_num_fmt() as it is (no --round) in machine style,
 * for tests/num-shortest.py to hold against Python's repr.
 */
#include <stdio.h>
#include <stdlib.h>

#include "num.h"

int
main(void)
{
	char line[256], buf[512];

	while (fgets(line, sizeof(line), stdin) != NULL) {
		hv_num_fmt(buf, sizeof(buf), strtod(line, NULL), -1,
		    HV_NUMSTYLE_C);
		puts(buf);
	}
	return ferror(stdout) ? 1 : 0;
}
