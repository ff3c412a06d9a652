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
	int		 unused;
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

START_TEST(suppress_table)
{
	struct hv_cube c;
	struct hv_sys *s;
	size_t i, n, under[16];
	char got[17];

	/* one cube on its own: its totals the only links */
	ck_assert_int_eq(hv_cube_init(&c, cases[_i].ndims, cases[_i].size), 0);
	ck_assert_ptr_nonnull(s = hv_sys_new(hv_cube_inner(&c)));
	for (i = 0; i < c.ncells; i++) {
		c.value[i] = (double)(c.persons[i] = cases[_i].persons[i]);
		n = hv_cube_under(&c, i, under);
		ck_assert_int_eq(hv_sys_add(s, under, n, c.value[i],
		    c.persons[i]), (long)i);
	}
	ck_assert_int_eq(hv_sys_suppress(s, cases[_i].threshold), 0);
	for (i = 0; i < c.ncells; i++)
		got[i] = hv_sys_state(s, i) ? '#' : '.';
	got[c.ncells] = '\0';
	ck_assert_msg(strcmp(got, cases[_i].want) == 0, "%s: %s, not %s",
	    cases[_i].name, got, cases[_i].want);
	/* primary: every small non-zero cell */
	for (i = 0; i < c.ncells; i++)
		if (c.persons[i] > 0 && c.persons[i] < cases[_i].threshold)
			ck_assert_int_eq(hv_sys_state(s, i), 1);
	/* and the audit finds none given away */
	ck_assert_int_eq(hv_sys_audit(s), 0);
	hv_sys_free(s);
	hv_cube_free(&c);
}
END_TEST

/* A 2 x 2 table with its totals where the greedy rule of old (one line at
 * a time) left a cell to be computed: the audit must see it, and
 * suppression must not leave it. */
START_TEST(audit_finds_what_greedy_lines_missed)
{
	/* unknowns a b c d; published a+b, c+d, a+c, b+d, all but a and d:
	 * then a = (a+b) - b is known */
	static const size_t ab[] = { 0, 1 }, cd[] = { 2, 3 }, ac[] = { 0, 2 },
	    bd[] = { 1, 3 }, all[] = { 0, 1, 2, 3 };
	static const size_t one[4][1] = { { 0 }, { 1 }, { 2 }, { 3 } };
	struct hv_sys *s = hv_sys_new(4);
	size_t i, cells, primary, secondary;

	ck_assert_int_eq(hv_sys_add(s, one[0], 1, 2, 2), 0);
	ck_assert_int_eq(hv_sys_add(s, one[1], 1, 9, 9), 1);
	ck_assert_int_eq(hv_sys_add(s, one[2], 1, 9, 9), 2);
	ck_assert_int_eq(hv_sys_add(s, one[3], 1, 3, 3), 3);
	hv_sys_add(s, ab, 2, 11, 11);
	hv_sys_add(s, cd, 2, 12, 12);
	hv_sys_add(s, ac, 2, 11, 11);
	hv_sys_add(s, bd, 2, 12, 12);
	hv_sys_add(s, all, 4, 23, 23);
	/* hand-made: a and d hidden, the rest shown gives a away */
	ck_assert_int_eq(hv_sys_suppress(s, 1), 0);	/* nothing small */
	for (i = 0; i < 9; i++)
		ck_assert_int_eq(hv_sys_state(s, i), 0);
	ck_assert_int_eq(hv_sys_audit(s), 0);
	ck_assert_int_eq(hv_sys_suppress(s, 5), 0);
	hv_sys_counts(s, &cells, &primary, &secondary);
	ck_assert_uint_eq(cells, 9);
	ck_assert_uint_eq(primary, 2);		/* a = 2, d = 3 */
	ck_assert_uint_ge(secondary, 1);
	ck_assert_int_eq(hv_sys_audit(s), 0);
	for (i = 0; i < 9; i++)
		ck_assert_int_eq(hv_sys_determined(s, i), 0);
	hv_sys_free(s);
}
END_TEST

/* A suppressed cell of one person beside one other in its line: that
 * person knows their own part, and so the other's, unless more is
 * hidden. */
START_TEST(a_singleton_cannot_undo_its_neighbour)
{
	static const size_t x[3][1] = { { 0 }, { 1 }, { 2 } }, all[] = { 0, 1,
	    2 };
	struct hv_sys *s = hv_sys_new(3);

	hv_sys_add(s, x[0], 1, 1, 1);	/* one person */
	hv_sys_add(s, x[1], 1, 3, 3);	/* three */
	hv_sys_add(s, x[2], 1, 40, 40);
	hv_sys_add(s, all, 3, 44, 44);
	ck_assert_int_eq(hv_sys_suppress(s, 5), 0);
	/* 1 and 3 hidden, 40 and 44 shown: the one person gets 44 - 40 - 1;
	 * so 40 must go too */
	ck_assert_int_eq(hv_sys_state(s, 0), 1);
	ck_assert_int_eq(hv_sys_state(s, 1), 1);
	ck_assert_int_eq(hv_sys_state(s, 2), 2);
	ck_assert_int_eq(hv_sys_state(s, 3), 0);
	ck_assert_int_eq(hv_sys_audit(s), 0);
	hv_sys_free(s);
}
END_TEST

/* A singleton whose line holds only them and zeros learns no one else's
 * cell from the total (it is theirs): nothing more hidden.  Where the
 * total is made of them and another small cell, it does. */
START_TEST(a_singleton_learns_nothing_from_a_total_of_its_own)
{
	static const size_t x[3][1] = { { 0 }, { 1 }, { 2 } }, all[] = { 0, 1,
	    2 };
	struct hv_sys *s = hv_sys_new(3);
	size_t cells, primary, secondary;

	hv_sys_add(s, x[0], 1, 1, 1);	/* one person */
	hv_sys_add(s, x[1], 1, 0, 0);
	hv_sys_add(s, x[2], 1, 0, 0);
	hv_sys_add(s, all, 3, 1, 1);	/* the same person */
	ck_assert_int_eq(hv_sys_suppress(s, 5), 0);
	hv_sys_counts(s, &cells, &primary, &secondary);
	ck_assert_uint_eq(primary, 2);
	ck_assert_uint_eq(secondary, 0);
	ck_assert_int_eq(hv_sys_audit(s), 0);
	hv_sys_free(s);
}
END_TEST

/* A published 0 of hours held by persons (who work 0 hours) says each of
 * its unknowns is 0, as an empty cell does: the cell beside them is
 * then the line's total less nothing, and must not be left alone. */
START_TEST(a_published_zero_of_persons_counts_as_known)
{
	static const size_t x[3][1] = { { 0 }, { 1 }, { 2 } }, ab[] = { 0, 1 },
	    all[] = { 0, 1, 2 };
	struct hv_sys *s = hv_sys_new(3);

	hv_sys_add(s, x[0], 1, 7.5, 2);	/* 7.5 hours of two persons */
	hv_sys_add(s, x[1], 1, 0, 6);	/* six persons of 0 hours */
	hv_sys_add(s, x[2], 1, 30, 8);
	hv_sys_add(s, ab, 2, 7.5, 8);	/* 7.5 + 0 */
	hv_sys_add(s, all, 3, 37.5, 16);
	ck_assert_int_eq(hv_sys_suppress(s, 5), 0);
	ck_assert_int_eq(hv_sys_state(s, 0), 1);
	ck_assert_int_eq(hv_sys_state(s, 1), 0);	/* 0 is shown */
	ck_assert_int_ne(hv_sys_state(s, 3), 0);	/* a + 0 is a */
	ck_assert_int_eq(hv_sys_audit(s), 0);
	hv_sys_free(s);
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
	tcase_add_test(tc, audit_finds_what_greedy_lines_missed);
	tcase_add_test(tc, a_singleton_cannot_undo_its_neighbour);
	tcase_add_test(tc, a_singleton_learns_nothing_from_a_total_of_its_own);
	tcase_add_test(tc, a_published_zero_of_persons_counts_as_known);
	tcase_add_test(tc, cube_index_is_row_major_with_totals_last);
	suite_add_tcase(s, tc);
	return s;
}
