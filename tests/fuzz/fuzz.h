/*
 * fuzz.h: what the libFuzzer harnesses of tests/fuzz share.  A harness
 * checks a promise the documentation makes (a number written reads back,
 * a file cut into blocks reads as the whole, one thread counts as three,
 * no suppressed cell is determined); a broken promise is an abort with
 * the reason, and libFuzzer keeps the input that broke it.  Memory
 * errors and undefined behaviour are the sanitizers' to find.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "table.h"

/* The input as a file: the same temporary file each call, removed at
 * exit (the loaders read paths). */
const char *fz_file(const uint8_t *data, size_t size);

/* The table as CSV, every format and the wide pivot written too (what a
 * user could ask for); the CSV text is malloc'd, NULL when out of
 * memory.  A writer that fails on a table the engine made is a finding. */
char	*fz_table_text(const struct hv_table *t);

/* The last byte of the input: the harness's choice of options, so that
 * the seed files (fixtures) lose no more than their final newline. */
unsigned fz_options(const uint8_t *data, size_t *size);

void	 fz_fail(const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 1, 2)));

#define FZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fz_fail(__VA_ARGS__);					\
} while (0)

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
