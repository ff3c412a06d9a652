/*
 * Unit tests for suppress.c, table by table: which cells the primary and
 * the secondary rule suppress, and that afterwards no line (the cells
 * that differ in one dimension, with their total) holds exactly one
 * suppressed cell, from which it could be computed by subtraction.
 */
#include <string.h>

#include <check.h>

#include "suppress.h"

/* A case: a cube of up to 3 x 3 cells plus totals, given as the cells'
 * person counts with the totals (the values are the counts), and the
 * cells expected suppressed, '#' in row-major order ('.' shown). */
static const struct {
	const char	*name;
	size_t		 ndims;
	size_t		 size[2];
	unsigned long	 persons[16];
	unsigned long	 threshold;
	int		 additive;
	const char	*want;
} cases[] = {
	/* one dimension: 2, 10, 20 and the total 32 */
	{ "one small cell takes the smallest other with it", 1, { 3, 0 },
	    { 2, 10, 20, 32 }, 5, 1, "##.." },
	{ "nothing small, nothing suppressed", 1, { 3, 0 },
	    { 5, 10, 20, 35 }, 5, 1, "...." },
	{ "two small cells hide each other", 1, { 3, 0 },
	    { 2, 3, 20, 25 }, 5, 1, "##.." },
	/* the only other non-zero cell is the total: it goes too */
	{ "a small cell alone beside zeros takes the total", 1, { 3, 0 },
	    { 0, 4, 0, 4 }, 5, 1, ".#.#" },
	{ "zero is not small", 1, { 2, 0 }, { 0, 9, 9 }, 5, 1, "..." },
	{ "a mean is not secondary suppressed", 1, { 3, 0 },
	    { 2, 10, 20, 32 }, 5, 0, "#..." },
	/* two dimensions, 2 x 2 with totals (row-major, the last index
	 * varying fastest; index 2 is the total):
	 *   a b | a+b
	 *   c d | c+d
	 *   ----+----
	 *  a+c b+d | all
	 */
	{ "a small corner takes a row and a column with it", 2, { 2, 2 },
	    { 1, 9, 10,  9, 9, 18,  10, 18, 28 }, 3, 1, "##.##...." },
	/* a row all small: its columns would give a and b away (10 - 9),
	 * so the row below goes too, and then the column of totals */
	{ "a small row takes the row below", 2, { 2, 2 },
	    { 1, 1, 2,  9, 9, 18,  10, 10, 20 }, 3, 1, "######..." },
};

/* The cells of line d through coord (the others fixed), and how many of
 * them are suppressed and how many are not zero. */
static void
line(const struct hv_cube *c, size_t d, size_t *coord, size_t *nsup,
    size_t *nonzero)
{
	size_t k, i;

	*nsup = *nonzero = 0;
	for (k = 0; k <= c->size[d]; k++) {
		coord[d] = k;
		i = hv_cube_index(c, coord);
		*nsup += c->suppressed[i];
		*nonzero += !c->suppressed[i] && c->persons[i] > 0;
	}
}

START_TEST(suppress_table)
{
	struct hv_cube c;
	size_t i, d, coord[2], nsup, nonzero, o;
	char got[17];

	ck_assert_int_eq(hv_cube_init(&c, cases[_i].ndims, cases[_i].size), 0);
	for (i = 0; i < c.ncells; i++)
		c.value[i] = (double)(c.persons[i] = cases[_i].persons[i]);
	hv_suppress(&c, cases[_i].threshold, cases[_i].additive);
	for (i = 0; i < c.ncells; i++)
		got[i] = c.suppressed[i] ? '#' : '.';
	got[c.ncells] = '\0';
	ck_assert_msg(strcmp(got, cases[_i].want) == 0, "%s: %s, not %s",
	    cases[_i].name, got, cases[_i].want);
	/* primary: every small non-zero cell */
	for (i = 0; i < c.ncells; i++)
		if (c.persons[i] > 0 && c.persons[i] < cases[_i].threshold)
			ck_assert(c.suppressed[i]);
	/* secondary: no line with one suppressed cell and others shown */
	for (d = 0; cases[_i].additive && d < c.ndims; d++) {
		for (i = 0; i < c.ncells / (c.size[d] + 1); i++) {
			size_t r = i;

			for (o = c.ndims; o-- > 0;) {
				if (o == d)
					continue;
				coord[o] = r % (c.size[o] + 1);
				r /= c.size[o] + 1;
			}
			line(&c, d, coord, &nsup, &nonzero);
			ck_assert_msg(nsup != 1, "%s: a line with one "
			    "suppressed cell", cases[_i].name);
		}
	}
	hv_cube_free(&c);
}
END_TEST

START_TEST(cube_index_is_row_major_with_totals_last)
{
	static const size_t size[2] = { 2, 3 };
	size_t coord[2] = { 1, 3 };
	struct hv_cube c;

	ck_assert_int_eq(hv_cube_init(&c, 2, size), 0);
	ck_assert_uint_eq(c.ncells, 12);
	ck_assert_uint_eq(hv_cube_index(&c, coord), 1 * 4 + 3);
	coord[0] = 2;
	coord[1] = 0;
	ck_assert_uint_eq(hv_cube_index(&c, coord), 8);
	hv_cube_free(&c);
	ck_assert_ptr_null(c.value);
}
END_TEST

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

Suite *
make_suite(void)
{
	Suite *s = suite_create("suppress");
	TCase *tc = tcase_create("suppress");

	tcase_add_loop_test(tc, suppress_table, 0, N(cases));
	tcase_add_test(tc, cube_index_is_row_major_with_totals_last);
	suite_add_tcase(s, tc);
	return s;
}
