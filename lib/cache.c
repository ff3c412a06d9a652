/*
 * cache.c: a web API's answers on disk, keyed by URL (cache.h).
 */
#define _DEFAULT_SOURCE		/* timegm, gmtime_r */

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic.h"
#include "cache.h"

#define MAX_ENTRY	((size_t)512 << 20)

struct hv_cache {
	char	*dir;
	char	 path[4096];	/* the last of hv_cache_path() */
};

/* mkdir -p, each new folder 0700. */
static int
make_dirs(char *path, struct hv_err *e)
{
	char *p;

	for (p = path + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;

		*p = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST) {
			hv_err_io(e, path, "cannot make the cache folder: %s",
			    strerror(errno));
			*p = c;
			return -1;
		}
		*p = c;
		if (c == '\0')
			return 0;
	}
}

struct hv_cache *
hv_cache_open(const char *dir, struct hv_err *e)
{
	struct hv_cache *c;
	const char *base = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	char buf[4096];
	struct stat st;

	if (dir != NULL)
		snprintf(buf, sizeof(buf), "%s", dir);
	else if (base != NULL && base[0] == '/')
		snprintf(buf, sizeof(buf), "%s/hvstat/ssb", base);
	else if (home != NULL && home[0] != '\0')
		snprintf(buf, sizeof(buf), "%s/.cache/hvstat/ssb", home);
	else {
		hv_err_usage(e, "no cache folder: HOME is not set (give "
		    "--cache DIR)");
		return NULL;
	}
	if (buf[0] == '\0') {
		hv_err_usage(e, "--cache: an empty folder name");
		return NULL;
	}
	if (make_dirs(buf, e) == -1)
		return NULL;
	if (stat(buf, &st) == -1 || !S_ISDIR(st.st_mode)) {
		hv_err_io(e, buf, "the cache is not a folder");
		return NULL;
	}
	if ((c = calloc(1, sizeof(*c))) == NULL ||
	    (c->dir = strdup(buf)) == NULL) {
		free(c);
		hv_err_nomem(e);
		return NULL;
	}
	return c;
}

void
hv_cache_close(struct hv_cache *c)
{
	if (c == NULL)
		return;
	free(c->dir);
	free(c);
}

const char *
hv_cache_dir(const struct hv_cache *c)
{
	return c->dir;
}

const char *
hv_cache_path(const struct hv_cache *c, const char *name)
{
	struct hv_cache *w = (struct hv_cache *)c;

	snprintf(w->path, sizeof(w->path), "%s/%s", c->dir, name);
	return w->path;
}

/* FNV-1a, 64 bits, from basis. */
static uint64_t
fnv1a(const char *s, uint64_t basis)
{
	uint64_t h = basis;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* The file of url's entry. */
static void
entry_path(const struct hv_cache *c, const char *url, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s/%016llx%016llx.json", c->dir,
	    (unsigned long long)fnv1a(url, 0xcbf29ce484222325ULL),
	    (unsigned long long)fnv1a(url, 0x84222325cbf29ce4ULL));
}

const char *
hv_cache_iso(time_t t, char *buf, size_t sz)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, sz, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}

/* "2026-12-02T07:00:00Z" back into a time; -1 if it is not one. */
static time_t
from_iso(const char *s)
{
	struct tm tm;
	int n = 0;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6 ||
	    s[n] != '\0')
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

void
hv_cache_entry_free(struct hv_cache_entry *en)
{
	free(en->body);
	en->body = NULL;
	en->len = 0;
}

void
hv_cache_drop(struct hv_cache *c, const char *url)
{
	char path[4200];

	entry_path(c, url, path, sizeof(path));
	unlink(path);
}

/* The entry's first line: 1 when it is url's, 0 when not. */
static int
read_head(const char *line, const char *url, struct hv_cache_entry *out)
{
	cJSON *h = cJSON_Parse(line);
	const cJSON *u, *f, *up;
	int ok = 0;

	if (h == NULL)
		return 0;
	u = cJSON_GetObjectItemCaseSensitive(h, "url");
	f = cJSON_GetObjectItemCaseSensitive(h, "fetched");
	up = cJSON_GetObjectItemCaseSensitive(h, "updated");
	if (cJSON_IsString(u) && strcmp(u->valuestring, url) == 0 &&
	    cJSON_IsString(f) && (out->fetched = from_iso(f->valuestring)) !=
	    (time_t)-1 && (up == NULL || cJSON_IsString(up))) {
		snprintf(out->updated, sizeof(out->updated), "%s",
		    up != NULL ? up->valuestring : "");
		ok = 1;
	}
	cJSON_Delete(h);
	return ok;
}

int
hv_cache_get(struct hv_cache *c, const char *url, struct hv_cache_entry *out,
    struct hv_err *e)
{
	char path[4200], *buf, *nl;
	struct stat st;
	size_t got, head;
	FILE *fp;

	memset(out, 0, sizeof(*out));
	entry_path(c, url, path, sizeof(path));
	if ((fp = fopen(path, "rb")) == NULL)
		return 0;
	if (fstat(fileno(fp), &st) == -1 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size > MAX_ENTRY) {
		fclose(fp);
		return 0;
	}
	if ((buf = malloc((size_t)st.st_size + 1)) == NULL) {
		fclose(fp);
		return hv_err_nomem(e);
	}
	got = fread(buf, 1, (size_t)st.st_size, fp);
	fclose(fp);
	buf[got] = '\0';
	if (got != (size_t)st.st_size || (nl = memchr(buf, '\n', got)) ==
	    NULL) {
		free(buf);
		unlink(path);
		return 0;
	}
	*nl = '\0';
	if (!read_head(buf, url, out)) {
		free(buf);
		/* another URL with the same hash is not damage */
		return 0;
	}
	head = (size_t)(nl - buf) + 1;
	memmove(buf, buf + head, got - head + 1);
	out->body = buf;
	out->len = got - head;
	return 1;
}

int
hv_cache_put(struct hv_cache *c, const char *url, const char *body,
    size_t len, time_t fetched, const char *updated, struct hv_err *e)
{
	struct hv_atomic *a;
	char path[4200], when[40], *line;
	cJSON *h;
	FILE *fp;
	int ok;

	entry_path(c, url, path, sizeof(path));
	if ((h = cJSON_CreateObject()) == NULL ||
	    cJSON_AddStringToObject(h, "url", url) == NULL ||
	    cJSON_AddStringToObject(h, "fetched", hv_cache_iso(fetched, when,
	    sizeof(when))) == NULL ||
	    cJSON_AddStringToObject(h, "updated", updated) == NULL ||
	    (line = cJSON_PrintUnformatted(h)) == NULL) {
		cJSON_Delete(h);
		return hv_err_nomem(e);
	}
	cJSON_Delete(h);
	if ((a = hv_atomic_open_file(path, e)) == NULL) {
		cJSON_free(line);
		return -1;
	}
	fp = hv_atomic_fp(a);
	ok = fputs(line, fp) != EOF && fputc('\n', fp) != EOF &&
	    fwrite(body, 1, len, fp) == len;
	cJSON_free(line);
	if (!ok) {
		hv_atomic_abort(a);
		return hv_err_io(e, path, "cannot write the cache entry: %s",
		    strerror(errno));
	}
	return hv_atomic_commit(a, e);
}
