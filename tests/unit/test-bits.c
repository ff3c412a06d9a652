/* Unit tests for bits.c and map.c: the sets iplos-sum counts with. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "bits.h"
#include "map.h"

START_TEST(bits_set_once_across_pages)
{
	static const size_t at[] = { 0, 1, 63, 64, 65, HV_BITS_PAGE - 1,
	    HV_BITS_PAGE, HV_BITS_PAGE + 1, 7 * HV_BITS_PAGE + 12345 };
	struct hv_bits b;
	size_t i;

	memset(&b, 0, sizeof(b));
	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		ck_assert_int_eq(hv_bits_get(&b, at[i]), 0);
		ck_assert_int_eq(hv_bits_set(&b, at[i]), 1);
		ck_assert_int_eq(hv_bits_set(&b, at[i]), 0);
		ck_assert_int_eq(hv_bits_get(&b, at[i]), 1);
	}
	/* neighbours untouched, pages between never made */
	ck_assert_int_eq(hv_bits_get(&b, 2), 0);
	ck_assert_int_eq(hv_bits_get(&b, 62), 0);
	ck_assert_ptr_null(hv_bits_word(&b, 3 * HV_BITS_PAGE));
	ck_assert_ptr_nonnull(hv_bits_word(&b, HV_BITS_PAGE + 5));
	ck_assert_int_eq(hv_bits_get(&b, 100 * HV_BITS_PAGE), 0);
	hv_bits_free(&b);
	ck_assert_uint_eq(b.npages, 0);
}
END_TEST

START_TEST(bits_agree_with_a_byte_array)
{
	enum { N = 3 * HV_BITS_PAGE / 2 };
	unsigned char *ref = calloc(N, 1);
	struct hv_bits b;
	size_t k, i;
	unsigned x = 12345;

	memset(&b, 0, sizeof(b));
	ck_assert_ptr_nonnull(ref);
	for (k = 0; k < 200000; k++) {
		x = x * 1103515245u + 12345u;
		i = (x >> 4) % N;
		ck_assert_int_eq(hv_bits_set(&b, i), ref[i] == 0);
		ref[i] = 1;
	}
	for (i = 0; i < N; i += 997)
		ck_assert_int_eq(hv_bits_get(&b, i), ref[i]);
	free(ref);
	hv_bits_free(&b);
}
END_TEST

START_TEST(fpset_counts_each_fingerprint_once)
{
	struct hv_fpset s;
	uint64_t k;

	memset(&s, 0, sizeof(s));
	for (k = 0; k < 5000; k++)
		ck_assert_int_eq(hv_fpset_add(&s, k * 0x9E3779B97F4A7C15ULL), 1);
	/* 0 is kept as 1, so the two are one fingerprint */
	ck_assert_int_eq(hv_fpset_add(&s, 1), 0);
	for (k = 0; k < 5000; k++)
		ck_assert_int_eq(hv_fpset_add(&s, k * 0x9E3779B97F4A7C15ULL), 0);
	ck_assert_uint_eq(s.count, 5000);
	ck_assert(s.count * 4 <= s.cap * 3);
	hv_fpset_free(&s);
}
END_TEST

START_TEST(map_puts_gets_and_grows)
{
	struct hv_map *m = hv_map_new();
	char key[32];
	long i;

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(hv_map_get(m, "a", 1), -1);
	for (i = 0; i < 100000; i++) {
		snprintf(key, sizeof(key), "person-%ld", i);
		ck_assert_int_eq(hv_map_put(m, key, strlen(key), i), i);
	}
	ck_assert_uint_eq(hv_map_count(m), 100000);
	for (i = 0; i < 100000; i += 7) {
		snprintf(key, sizeof(key), "person-%ld", i);
		/* a key already there keeps its value */
		ck_assert_int_eq(hv_map_put(m, key, strlen(key), 5), i);
		ck_assert_int_eq(hv_map_get(m, key, strlen(key)), i);
		ck_assert_int_eq(hv_map_put_hashed(m, key, strlen(key),
		    hv_map_hash(key, strlen(key)), 9), i);
	}
	/* keys are bytes: a prefix, an embedded NUL and the empty key are
	 * keys of their own */
	ck_assert_int_eq(hv_map_get(m, "person-1", 7), -1);
	ck_assert_int_eq(hv_map_put(m, "a\0b", 3, 1), 1);
	ck_assert_int_eq(hv_map_get(m, "a", 1), -1);
	ck_assert_int_eq(hv_map_put(m, "", 0, 2), 2);
	ck_assert_int_eq(hv_map_get(m, "", 0), 2);
	ck_assert_int_eq(hv_map_put(m, "x", 1, HV_MAP_MAX_VALUE + 1), -2);
	ck_assert_ptr_nonnull(hv_map_slot(m, hv_map_hash("x", 1)));
	hv_map_free(m);
}
END_TEST

Suite *
make_suite(void)
{
	Suite *s = suite_create("bits");
	TCase *tc = tcase_create("bits");

	tcase_add_test(tc, bits_set_once_across_pages);
	tcase_add_test(tc, bits_agree_with_a_byte_array);
	tcase_add_test(tc, fpset_counts_each_fingerprint_once);
	tcase_add_test(tc, map_puts_gets_and_grows);
	suite_add_tcase(s, tc);
	return s;
}
