/*
 * iplos-run.c: read an extract, in one thread or in several.
 *
 * With one thread the rows are checked a batch at a time and counted in
 * the parts in turn.  With several, the file is cut into blocks at line
 * breaks (reader-blocks.c) and every thread both reads blocks and counts
 * its own part of every block, in the order of the file (see below).
 */
#include <stdlib.h>
#include <string.h>

#include "iplos-int.h"

/* One thread, the parts in turn after each few batches. */
int
hv_iplos_read_sequential(struct hv_iplos *ip, struct hv_reader *r,
    struct hv_err *e)
{
	struct hv_row rows[BATCH];
	struct blocksum *bs;
	struct xlist *lists;
	struct row_cache cache;
	size_t k, waiting;
	long got = 1;
	int rc = -1;

	bs = calloc(1, sizeof(*bs));
	lists = calloc(ip->nparts, sizeof(*lists));
	if (hv_iplos_row_cache_init(&cache) == -1) {
		free(bs);
		free(lists);
		return hv_err_nomem(e);
	}
	if (bs == NULL || lists == NULL)
		goto oom;
	while (got > 0) {
		for (waiting = 0; waiting < 4 * BATCH &&
		    (got = hv_reader_batch(r, rows, BATCH, e)) > 0;
		    waiting += (size_t)got)
			if (hv_iplos_parse_rows(ip, rows, (size_t)got, 0, bs,
			    &cache, lists) == -1)
				goto oom;
		for (k = 0; k < ip->nparts; k++)
			if (hv_iplos_count_list(ip, &ip->part[k], &lists[k]) ==
			    -1)
				goto oom;
	}
	if (got == 0) {
		bs->line_end = hv_reader_line(r);
		hv_iplos_merge_blocksum(ip, bs, 0);
		rc = 0;
	}
	goto done;
oom:
	hv_err_nomem(e);
done:
	free(bs);
	hv_iplos_xlists_free(lists, ip->nparts);
	hv_iplos_row_cache_free(&cache);
	return rc;
}

/*
 * Threads.  Of n threads, thread t counts part t of every block of the
 * file, in the order of the file.  The blocks are read, in order, by
 * whichever thread has nothing to count: each row into the list of its
 * person's part.  So a thread on a slower processor reads fewer blocks.
 * A block waits in a slot until every part has counted it; with 2n slots
 * the reading runs ahead of the counting.  Thread 0 also adds up each
 * block's report, in order, so that line numbers are the file's.
 */
struct slot {
	long		 block;		/* -1: free */
	int		 ready;		/* read */
	size_t		 counted;	/* parts that have counted it */
	struct xlist	*lists;		/* one per part */
	struct blocksum	 sum;
};

struct run {
	struct hv_iplos	*ip;
	struct hv_reader *r;		/* reads block 0 */
	const long long	*starts;
	size_t		 nblocks;
	size_t		 next_read;	/* the next block to read */
	struct slot	*slot;
	size_t		 nslots;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
	int		 stop;
	struct hv_err	 err;		/* why it stopped */
};

struct worker {
	struct run	*run;
	size_t		 id;
	struct row_cache cache;		/* districts, services met */
	pthread_t	 thread;
};

static void
stop_run(struct run *run, const struct hv_err *e)
{
	pthread_mutex_lock(&run->lock);
	if (!run->stop) {
		run->stop = 1;
		run->err = *e;
	}
	pthread_cond_broadcast(&run->changed);
	pthread_mutex_unlock(&run->lock);
}

/* Read block b into its slot, taken for it: 0, or -1 when the run
 * stops. */
static int
read_block(struct worker *w, size_t b)
{
	struct run *run = w->run;
	struct slot *s = &run->slot[b % run->nslots];
	struct hv_row rows[BATCH];
	struct hv_reader *r;
	struct hv_err e;
	long got;
	int stop;

	memset(&s->sum, 0, sizeof(s->sum));
	r = b == 0 ? run->r : hv_reader_open_block(run->r, run->starts[b],
	    run->starts[b + 1], 1, &s->sum.err);
	if (r == NULL) {
		s->sum.failed = 1;
	} else {
		while ((got = hv_reader_batch(r, rows, BATCH, &s->sum.err)) >
		    0) {
			if (hv_iplos_parse_rows(run->ip, rows, (size_t)got, b,
			    &s->sum, &w->cache, s->lists) == -1) {
				hv_err_nomem(&e);
				stop_run(run, &e);
				break;
			}
		}
		s->sum.failed = got == -1;
		s->sum.line_end = hv_reader_line(r);
		if (b > 0)
			hv_reader_close(r);
	}
	pthread_mutex_lock(&run->lock);
	s->ready = 1;
	stop = run->stop;
	pthread_cond_broadcast(&run->changed);
	pthread_mutex_unlock(&run->lock);
	return stop ? -1 : 0;
}

/* Thread 0, in the order of the blocks: add block b's report, or stop on
 * its error, read again from the block's start with the file's line
 * numbers, so that the message is the one a single reader gives. */
static int
merge_block(struct run *run, size_t b, struct blocksum *bs)
{
	struct hv_iplos *ip = run->ip;
	struct hv_row rows[BATCH];
	struct hv_reader *r;
	struct hv_err e;

	if (!bs->failed) {
		hv_iplos_merge_blocksum(ip, bs, b);
		return 0;
	}
	e = bs->err;
	if (b > 0 && (r = hv_reader_open_block(run->r, run->starts[b],
	    run->starts[b + 1], ip->line_base[b] + 1, &e)) != NULL) {
		while (hv_reader_batch(r, rows, BATCH, &e) > 0)
			;
		hv_reader_close(r);
	}
	stop_run(run, &e);
	return -1;
}

/* Count part w->id of block b, read: 0, or -1 when the run stops. */
static int
count_block(struct worker *w, size_t b)
{
	struct run *run = w->run;
	struct slot *s = &run->slot[b % run->nslots];
	struct hv_err e;

	if (w->id == 0 && merge_block(run, b, &s->sum) == -1)
		return -1;
	if (hv_iplos_count_list(run->ip, &run->ip->part[w->id],
	    &s->lists[w->id]) == -1) {
		hv_err_nomem(&e);
		stop_run(run, &e);
		return -1;
	}
	pthread_mutex_lock(&run->lock);
	if (++s->counted == run->ip->nparts) {
		s->block = -1;
		s->counted = 0;
		pthread_cond_broadcast(&run->changed);
	}
	pthread_mutex_unlock(&run->lock);
	return 0;
}

/*
 * A thread's work: count the next block when it is read, or else read the
 * next block to read when its slot is free, or else wait.  All wait only
 * if every block taken is read and counted by all, when the slot of the
 * next is free: so they never all wait.
 */
static void *
work(void *arg)
{
	struct worker *w = arg;
	struct run *run = w->run;
	struct slot *s;
	size_t b, next = 0;	/* the next block to count */
	int count, rc;

	while (next < run->nblocks) {
		pthread_mutex_lock(&run->lock);
		for (;;) {
			if (run->stop) {
				pthread_mutex_unlock(&run->lock);
				return NULL;
			}
			s = &run->slot[next % run->nslots];
			if ((count = s->block == (long)next && s->ready))
				break;
			b = run->next_read;
			s = &run->slot[b % run->nslots];
			if (b < run->nblocks && s->block == -1) {
				s->block = (long)b;
				s->ready = 0;
				run->next_read++;
				break;
			}
			pthread_cond_wait(&run->changed, &run->lock);
		}
		pthread_mutex_unlock(&run->lock);
		if (count)
			rc = count_block(w, next++);
		else
			rc = read_block(w, b);
		if (rc == -1)
			return NULL;
	}
	return NULL;
}

int
hv_iplos_read_parallel(struct hv_iplos *ip, struct hv_reader *r,
    const long long *starts, size_t nblocks, struct hv_err *e)
{
	struct worker *w;
	struct run run;
	struct hv_err err;
	size_t i, started = 1;
	int rc = -1;

	memset(&run, 0, sizeof(run));
	run.ip = ip;
	run.r = r;
	run.starts = starts;
	run.nblocks = nblocks;
	run.nslots = 2 * ip->nparts;
	pthread_mutex_init(&run.lock, NULL);
	pthread_cond_init(&run.changed, NULL);
	run.slot = calloc(run.nslots, sizeof(*run.slot));
	w = calloc(ip->nparts, sizeof(*w));
	if (run.slot == NULL || w == NULL)
		goto oom;
	for (i = 0; i < run.nslots; i++) {
		run.slot[i].block = -1;
		if ((run.slot[i].lists = calloc(ip->nparts,
		    sizeof(struct xlist))) == NULL)
			goto oom;
	}
	for (i = 0; i < ip->nparts; i++) {
		w[i].run = &run;
		w[i].id = i;
		if (hv_iplos_row_cache_init(&w[i].cache) == -1)
			goto oom;
	}
	/* the calling thread is worker 0 */
	for (; started < ip->nparts; started++) {
		if (pthread_create(&w[started].thread, NULL, work,
		    &w[started]) != 0) {
			hv_err_set(&err, "cannot start a thread");
			stop_run(&run, &err);
			break;
		}
	}
	work(&w[0]);
	for (i = 1; i < started; i++)
		pthread_join(w[i].thread, NULL);
	if (run.stop)
		*e = run.err;
	else
		rc = 0;
	goto done;
oom:
	hv_err_nomem(e);
done:
	for (i = 0; run.slot != NULL && i < run.nslots; i++)
		hv_iplos_xlists_free(run.slot[i].lists, ip->nparts);
	free(run.slot);
	for (i = 0; w != NULL && i < ip->nparts; i++)
		hv_iplos_row_cache_free(&w[i].cache);
	free(w);
	pthread_cond_destroy(&run.changed);
	pthread_mutex_destroy(&run.lock);
	return rc;
}
