/*
 * The main() of every unit test: run the one suite that the
 * test-<module>.c beside it builds, with Check's CK_* environment honoured.
 */
#include <stdlib.h>

#include <check.h>

Suite	*make_suite(void);

int
main(void)
{
	SRunner *sr;
	int failed;

	sr = srunner_create(make_suite());
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
