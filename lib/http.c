/*
 * http.c: GET over libcurl with a rate limit, waits and retries (http.h).
 */
#define _DEFAULT_SOURCE		/* flock */

#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "mem.h"

#define MAX_429		5	/* waits for one request */
#define MAX_WAIT	300	/* seconds Retry-After may ask for */
#define BACKOFF		0.5	/* seconds before the first retry */
#define MARGIN		0.05	/* seconds added to a window: the
				   server's clock sees a request later */

struct hv_http {
	CURL			*curl;
	struct hv_http_opts	 o;
	double			*times;	/* this process's requests */
	size_t			 ntimes, cap;
	unsigned long		 requests;
	int			 learned;	/* the limit is the server's */
	int			 from_file;	/* or the call file's */
	char			 errbuf[CURL_ERROR_SIZE];
};

/* What the write callback collects. */
struct sink {
	char	*buf;
	size_t	 len, cap, max;
	int	 too_big;
};

void
hv_http_opts_init(struct hv_http_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->connect_timeout = 10;
	o->timeout = 120;
	o->retries = 3;
	o->max_body = (size_t)256 << 20;
}

static int curl_ready;

struct hv_http *
hv_http_new(const struct hv_http_opts *o, struct hv_err *e)
{
	struct hv_http *h;

	if (!curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
			hv_err_set(e, "cannot start libcurl");
			return NULL;
		}
		curl_ready = 1;
	}
	if ((h = calloc(1, sizeof(*h))) == NULL) {
		hv_err_nomem(e);
		return NULL;
	}
	h->o = *o;
	if ((h->curl = curl_easy_init()) == NULL) {
		free(h);
		hv_err_set(e, "cannot start libcurl");
		return NULL;
	}
	return h;
}

void
hv_http_free(struct hv_http *h)
{
	if (h == NULL)
		return;
	curl_easy_cleanup(h->curl);
	free(h->times);
	free(h);
}

void
hv_http_set_limit(struct hv_http *h, int max_calls, long window)
{
	h->o.max_calls = max_calls;
	h->o.window = window;
	h->learned = 1;
}

unsigned long
hv_http_requests(const struct hv_http *h)
{
	return h->requests;
}

void
hv_http_resp_free(struct hv_http_resp *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
}

const char *
hv_http_host(const char *url, char *buf, size_t sz)
{
	const char *p = strstr(url, "://"), *end;

	p = p != NULL ? p + 3 : url;
	end = p + strcspn(p, "/?#");
	snprintf(buf, sz, "%.*s", (int)(end - p), p);
	return buf;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
pause_for(double s)
{
	struct timespec ts;

	if (s <= 0)
		return;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static void
notice(const struct hv_http *h, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
notice(const struct hv_http *h, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (h->o.notice == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	h->o.notice(h->o.notice_arg, msg);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Keep the times of times[] within the window before t, sorted. */
static size_t
prune(double *times, size_t n, double t, long window)
{
	size_t i, kept = 0;

	for (i = 0; i < n; i++)
		if (times[i] > t - (double)window - MARGIN && times[i] <= t + 1)
			times[kept++] = times[i];
	hv_sort(times, kept, sizeof(*times), cmp_double);
	return kept;
}

/*
 * The call file: a first line "limit N S" (the server's limit, as its
 * /config said to the process that wrote it), then the times of the
 * requests, one a line.  A process that has not read /config yet keeps
 * to the limit the file says.
 */
static int
read_calls(struct hv_http *h, int fd)
{
	char buf[16384], *p, *end;
	size_t used = 0;
	ssize_t got;
	long calls, window;
	double t;

	h->ntimes = 0;
	while (used < sizeof(buf) - 1 &&
	    (got = read(fd, buf + used, sizeof(buf) - 1 - used)) > 0)
		used += (size_t)got;
	buf[used] = '\0';
	p = buf;
	if (strncmp(p, "limit ", 6) == 0) {
		calls = strtol(p + 6, &end, 10);
		window = strtol(end, &end, 10);
		if (!h->learned && calls >= 1 && window >= 1 && calls < 1000000
		    && window < 1000000) {
			h->o.max_calls = (int)calls;
			h->o.window = window;
			h->from_file = 1;
		}
		p = end;
	}
	for (; *p != '\0'; p = end) {
		t = strtod(p, &end);
		if (end == p) {
			end = p + 1;
			continue;
		}
		if (hv_grow(&h->times, &h->cap, h->ntimes + 1,
		    sizeof(*h->times)) == -1)
			return -1;
		h->times[h->ntimes++] = t;
	}
	return 0;
}

static void
write_calls(const struct hv_http *h, int fd)
{
	char line[64];
	size_t i;
	int n;

	if (ftruncate(fd, 0) == -1 || lseek(fd, 0, SEEK_SET) == -1)
		return;
	/* only a limit a server said is passed on */
	if (h->learned || h->from_file) {
		n = snprintf(line, sizeof(line), "limit %d %ld\n",
		    h->o.max_calls, h->o.window);
		if (write(fd, line, (size_t)n) != n)
			return;
	}
	for (i = 0; i < h->ntimes; i++) {
		n = snprintf(line, sizeof(line), "%.6f\n", h->times[i]);
		if (write(fd, line, (size_t)n) != n)
			return;
	}
}

/* Wait, if need be, until one more request keeps to the limit, and
 * note it.  Processes sharing the call file take turns on its lock. */
static int
throttle(struct hv_http *h, const char *host, double *stamp,
    struct hv_err *e)
{
	double t, wait;
	int fd = -1;

	if (h->o.callfile != NULL) {
		fd = open(h->o.callfile, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd != -1 && (flock(fd, LOCK_EX) == -1 ||
		    read_calls(h, fd) == -1)) {
			close(fd);
			return hv_err_nomem(e);
		}
	}
	if (h->o.max_calls <= 0 || h->o.window <= 0) {
		if (fd != -1)
			close(fd);
		return 0;
	}
	t = now();
	h->ntimes = prune(h->times, h->ntimes, t, h->o.window);
	if (h->ntimes >= (size_t)h->o.max_calls) {
		wait = h->times[h->ntimes - (size_t)h->o.max_calls] +
		    (double)h->o.window + MARGIN - t;
		if (wait > 0.5)
			notice(h, "waiting %.0f s: %s allows %d requests per "
			    "%ld s", ceil(wait), host, h->o.max_calls,
			    h->o.window);
		pause_for(wait);
		t = now();
		h->ntimes = prune(h->times, h->ntimes, t, h->o.window);
	}
	if (hv_grow(&h->times, &h->cap, h->ntimes + 1,
	    sizeof(*h->times)) == -1) {
		if (fd != -1)
			close(fd);
		return hv_err_nomem(e);
	}
	h->times[h->ntimes++] = t;
	*stamp = t;
	if (fd != -1) {
		write_calls(h, fd);
		close(fd);	/* and the lock with it */
	}
	return 0;
}

/*
 * A request counts from when it was sent until its answer came: its
 * time becomes the end, so that the next request of a full window is
 * sent a whole window after the server saw the one it replaces, however
 * long this one took on the way.
 */
static void
stamp_end(struct hv_http *h, double stamp)
{
	double end = now();
	size_t i;
	int fd = -1;

	if (h->o.max_calls <= 0 || h->o.window <= 0)
		return;
	if (h->o.callfile != NULL) {
		fd = open(h->o.callfile, O_RDWR | O_CLOEXEC);
		if (fd != -1 && (flock(fd, LOCK_EX) == -1 ||
		    read_calls(h, fd) == -1)) {
			close(fd);
			return;
		}
	}
	for (i = h->ntimes; i-- > 0;)
		if (fabs(h->times[i] - stamp) < 1e-5) {
			h->times[i] = end;
			break;
		}
	if (fd != -1) {
		write_calls(h, fd);
		close(fd);
	}
}

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct sink *s = arg;
	size_t len = size * n;

	if (s->len + len > s->max) {
		s->too_big = 1;
		return 0;
	}
	if (hv_grow(&s->buf, &s->cap, s->len + len + 1, 1) == -1)
		return 0;
	memcpy(s->buf + s->len, p, len);
	s->len += len;
	s->buf[s->len] = '\0';
	return len;
}

/* One request, no retries: 0 with *r filled, -1 with the reason. */
static int
perform(struct hv_http *h, const char *url, const char *host,
    struct hv_http_resp *r, struct hv_err *e)
{
	struct curl_slist *headers;
	struct sink s = { NULL, 0, 0, h->o.max_body, 0 };
	CURL *c = h->curl;
	CURLcode rc;
	char *type = NULL;
	int plain = strncmp(url, "http://", 7) == 0;

	curl_easy_reset(c);
	h->errbuf[0] = '\0';
	headers = curl_slist_append(NULL, "Accept: application/json");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->errbuf);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, h->o.connect_timeout);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, h->o.timeout);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	/* a redirect may not leave TLS once it was used */
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR,
	    plain ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(c, CURLOPT_NETRC, (long)CURL_NETRC_IGNORED);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "hvstat-ssb-get/" VERSION);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	h->requests++;
	rc = curl_easy_perform(c);
	curl_slist_free_all(headers);
	if (rc != CURLE_OK) {
		const char *why = h->errbuf[0] != '\0' ? h->errbuf :
		    curl_easy_strerror(rc);

		free(s.buf);
		if (s.too_big)
			return hv_err_io(e, host, "the answer is larger than "
			    "%zu MiB", h->o.max_body >> 20);
		switch (rc) {
		case CURLE_OPERATION_TIMEDOUT:
			return hv_err_io(e, host, "no answer in time "
			    "(--connect-timeout %ld, --timeout %ld): %s",
			    h->o.connect_timeout, h->o.timeout, why);
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_RESOLVE_PROXY:
		case CURLE_COULDNT_CONNECT:
			hv_err_set(e, "cannot reach %s: %s", host, why);
			e->kind = HV_ERR_IO;
			return -1;
		default:
			return hv_err_io(e, host, "%s", why);
		}
	}
	memset(r, 0, sizeof(*r));
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK &&
	    type != NULL)
		snprintf(r->type, sizeof(r->type), "%s", type);
	if (s.buf == NULL && (s.buf = calloc(1, 1)) == NULL)
		return hv_err_nomem(e);
	r->body = s.buf;
	r->len = s.len;
	return 0;
}

int
hv_http_get(struct hv_http *h, const char *url, struct hv_http_resp *r,
    struct hv_err *e)
{
	curl_off_t after;
	char host[256];
	int retried = 0, waited = 0, rc;
	double delay, stamp = 0;

	hv_http_host(url, host, sizeof(host));
	for (;;) {
		if (throttle(h, host, &stamp, e) == -1)
			return -1;
		rc = perform(h, url, host, r, e);
		stamp_end(h, stamp);
		if (rc == -1)
			return -1;
		if (r->status == 429) {
			after = 0;
			curl_easy_getinfo(h->curl, CURLINFO_RETRY_AFTER,
			    &after);
			hv_http_resp_free(r);
			if (++waited > MAX_429)
				return hv_err_io(e, host, "still 429 Too Many "
				    "Requests after %d waits", MAX_429);
			if (after > MAX_WAIT)
				return hv_err_io(e, host, "429 Too Many "
				    "Requests, asked to wait %ld s (more than "
				    "%d)", (long)after, MAX_WAIT);
			if (after <= 0)
				after = h->o.window > 0 ? h->o.window : 5;
			notice(h, "waiting %ld s: %s answered 429 Too Many "
			    "Requests", (long)after, host);
			pause_for((double)after);
			continue;
		}
		if (r->status >= 500 && r->status <= 599) {
			long status = r->status;

			hv_http_resp_free(r);
			if (retried >= h->o.retries)
				return hv_err_io(e, host, "answered %ld (server"
				    " error), %d times", status, retried + 1);
			delay = BACKOFF * (double)(1L << retried);
			notice(h, "%s answered %ld: trying again in %.1f s",
			    host, status, delay);
			pause_for(delay);
			retried++;
			continue;
		}
		return 0;
	}
}
