/*
 * http.h: GET requests over libcurl for ssb-get, with the manners a
 * public API asks for: at most so many requests per time window (kept
 * in a file, so that a script calling ssb-get in a loop keeps to it
 * too), 429 Too Many Requests waited out as Retry-After says, a 5xx
 * answer retried a bounded number of times with growing pauses, the
 * connection and the whole request each bounded in time, and an answer
 * bounded in size.  TLS is always verified; proxies come from the
 * environment as libcurl reads them; no credentials are sent (no .netrc,
 * no cookies).
 *
 * Nothing here prints: a wait the user should know about (the rate
 * limit, a retry) is told to the notice function the caller gives.
 *
 * Ownership: hv_http_new() returns a client the caller frees with
 * hv_http_free(); a response's body belongs to the caller
 * (hv_http_resp_free()).
 */
#ifndef HV_HTTP_H
#define HV_HTTP_H

#include <stddef.h>

#include "error.h"

struct hv_http_opts {
	long		 connect_timeout;	/* seconds to connect */
	long		 timeout;		/* seconds for a whole request */
	int		 retries;		/* of a 5xx answer */
	size_t		 max_body;		/* bytes of an answer */
	int		 max_calls;		/* per window; 0: no limit */
	long		 window;		/* seconds */
	const char	*callfile;	/* the times of the last requests,
					   shared between processes; NULL:
					   this process only */
	void		(*notice)(void *arg, const char *msg);
	void		*notice_arg;
};

/* Defaults: 10 s to connect, 120 s a request, 3 retries, 256 MiB, no
 * rate limit. */
void	hv_http_opts_init(struct hv_http_opts *o);

struct hv_http_resp {
	long	 status;		/* HTTP status */
	char	*body;			/* NUL-terminated */
	size_t	 len;
	char	 type[128];		/* Content-Type, or "" */
};

struct hv_http;

struct hv_http *hv_http_new(const struct hv_http_opts *o, struct hv_err *e);
void	hv_http_free(struct hv_http *h);

/* Change the rate limit (from a server's /config) after the first
 * request. */
void	hv_http_set_limit(struct hv_http *h, int max_calls, long window);

/*
 * GET url into *r.  Returns 0 for any answer the server gave in the end
 * (the caller decides what a 404 means), after waiting out 429s and
 * retrying 5xx; -1 with the reason in *e (HV_ERR_IO) when there was no
 * answer: the host cannot be reached ("cannot reach data.ssb.no: ..."),
 * no answer in time, an answer over max_body, or still 5xx after the
 * retries.
 */
int	hv_http_get(struct hv_http *h, const char *url, struct hv_http_resp *r,
	    struct hv_err *e);

void	hv_http_resp_free(struct hv_http_resp *r);

/* The host part of url, for messages ("data.ssb.no"), into buf. */
const char *hv_http_host(const char *url, char *buf, size_t sz);

/* How many requests went out (every attempt counts). */
unsigned long hv_http_requests(const struct hv_http *h);

#endif
