/*
 * replay.c: a harness without libFuzzer.  Runs every file named, or in a
 * folder named, through LLVMFuzzerTestOneInput once, so that the seed
 * corpora and every input a fuzzer ever found stay tested in the plain
 * and sanitizer builds, with any compiler.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static size_t ran;

static void
replay_file(const char *path)
{
	unsigned char *buf;
	long len;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) != 0 ||
	    (len = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0)
		fz_fail("cannot read %s", path);
	if ((buf = malloc((size_t)len + 1)) == NULL ||
	    fread(buf, 1, (size_t)len, fp) != (size_t)len)
		fz_fail("cannot read %s", path);
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, (size_t)len);
	free(buf);
	ran++;
}

static void
replay(const char *path)
{
	struct dirent *d;
	struct stat st;
	char *sub;
	DIR *dir;

	if (stat(path, &st) == -1)
		fz_fail("no such file: %s", path);
	if (!S_ISDIR(st.st_mode)) {
		replay_file(path);
		return;
	}
	if ((dir = opendir(path)) == NULL)
		fz_fail("cannot read %s", path);
	while ((d = readdir(dir)) != NULL) {
		if (d->d_name[0] == '.')
			continue;
		if ((sub = malloc(strlen(path) + strlen(d->d_name) + 2)) ==
		    NULL)
			abort();
		sprintf(sub, "%s/%s", path, d->d_name);
		replay(sub);
		free(sub);
	}
	closedir(dir);
}

int
main(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++)
		replay(argv[i]);
	printf("replayed %zu inputs\n", ran);
	return 0;
}
