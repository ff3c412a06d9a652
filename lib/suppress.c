/* suppress.c: primary and secondary suppression of a linear system of
 * published cells, and its audit (suppress.h says what is promised). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "suppress.h"

/* --- the cube ---------------------------------------------------------- */

int
hv_cube_init(struct hv_cube *c, size_t ndims, const size_t *size)
{
	size_t d;

	memset(c, 0, sizeof(*c));
	c->ndims = ndims;
	c->ncells = 1;
	for (d = 0; d < ndims; d++) {
		c->size[d] = size[d];
		c->ncells *= size[d] + 1;
	}
	c->value = calloc(c->ncells, sizeof(*c->value));
	c->persons = calloc(c->ncells, sizeof(*c->persons));
	c->suppressed = calloc(c->ncells, 1);
	c->determined = calloc(c->ncells, 1);
	if (c->value == NULL || c->persons == NULL || c->suppressed == NULL ||
	    c->determined == NULL) {
		hv_cube_free(c);
		return -1;
	}
	return 0;
}

void
hv_cube_free(struct hv_cube *c)
{
	free(c->value);
	free(c->persons);
	free(c->suppressed);
	free(c->determined);
	memset(c, 0, sizeof(*c));
}

size_t
hv_cube_index(const struct hv_cube *c, const size_t *coord)
{
	size_t d, i = 0;

	for (d = 0; d < c->ndims; d++)
		i = i * (c->size[d] + 1) + coord[d];
	return i;
}

size_t
hv_cube_inner(const struct hv_cube *c)
{
	size_t d, n = 1;

	for (d = 0; d < c->ndims; d++)
		n *= c->size[d];
	return n;
}

size_t
hv_cube_under(const struct hv_cube *c, size_t i, size_t *out)
{
	size_t coord[HV_CUBE_MAXDIMS], at[HV_CUBE_MAXDIMS], d, k, n = 0, r, v;
	size_t total = 1;

	for (d = c->ndims; d-- > 0;) {
		coord[d] = i % (c->size[d] + 1);
		i /= c->size[d] + 1;
	}
	/* every inner cell whose coordinates agree where coord is no total */
	for (d = 0; d < c->ndims; d++)
		total *= c->size[d];
	for (k = 0; k < total; k++) {
		for (r = k, d = c->ndims; d-- > 0;) {
			at[d] = r % c->size[d];
			r /= c->size[d];
		}
		for (d = 0; d < c->ndims; d++)
			if (coord[d] != c->size[d] && coord[d] != at[d])
				break;
		if (d < c->ndims)
			continue;
		for (v = 0, d = 0; d < c->ndims; d++)
			v = v * c->size[d] + at[d];
		out[n++] = v;
	}
	return n;
}

/* --- arithmetic modulo 2^61 - 1 --------------------------------------- */

typedef uint64_t elt;
__extension__ typedef unsigned __int128 elt2;

#define PRIME	(((elt)1 << 61) - 1)

static inline elt
mul(elt a, elt b)
{
	elt2 x = (elt2)a * b;
	elt r = (elt)(x & PRIME) + (elt)(x >> 61);

	return r >= PRIME ? r - PRIME : r;
}

static inline elt
sub(elt a, elt b)
{
	return a >= b ? a - b : a + PRIME - b;
}

static elt
inverse(elt a)
{
	elt r = 1, e = PRIME - 2;

	for (; e > 0; e >>= 1, a = mul(a, a))
		if (e & 1)
			r = mul(r, a);
	return r;
}

/* A fixed pseudo-random number for i (SplitMix64's finaliser). */
static uint64_t
splitmix(uint64_t i)
{
	uint64_t z = (i + 1) * 0x9E3779B97F4A7C15ULL;

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* --- the system -------------------------------------------------------- */

struct cellrec {
	size_t		 first, n;	/* its unknowns, in hv_sys.vars */
	double		 value;
	unsigned long	 persons;
	int		 state;		/* 0 published, 1 primary, 2 secondary */
	int		 determined;	/* the audit's finding */
	elt		*res;		/* suppressed: reduced modulo the
					   published span */
	elt		 sig[2];	/* res weighed by hv_sys.weight */
};

struct hv_sys {
	size_t		 nvars;
	size_t		*vars;
	size_t		 nv, vcap;
	struct cellrec	*c;
	size_t		 n, cap;
	/* the published span: basis vectors, normalised at their pivot and
	 * 0 at every other's, so that one pass reduces a vector */
	elt	       **basis;
	size_t		 nbasis, bcap;
	long		*pivot_of;	/* per unknown: its basis vector */
	/* unknowns under a published cell of 0 (empty, or of persons with
	 * 0 hours): 0, and known to be (the unknowns are never negative, so
	 * a published 0 says every one of them is 0) */
	unsigned char	*zero;
	/* two fixed pseudo-random weights per unknown: two vectors whose
	 * weighted sums are not in proportion are not in proportion, which
	 * spares the comparison of the whole vectors for nearly every pair
	 * the singleton test looks at */
	elt		*weight;
};

struct hv_sys *
hv_sys_new(size_t nvars)
{
	struct hv_sys *s = calloc(1, sizeof(*s));

	if (s == NULL)
		return NULL;
	s->nvars = nvars;
	return s;
}

static void
forget_span(struct hv_sys *s)
{
	size_t i;

	for (i = 0; i < s->nbasis; i++)
		free(s->basis[i]);
	free(s->basis);
	free(s->pivot_of);
	free(s->zero);
	free(s->weight);
	s->basis = NULL;
	s->pivot_of = NULL;
	s->zero = NULL;
	s->weight = NULL;
	s->nbasis = s->bcap = 0;
}

void
hv_sys_free(struct hv_sys *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++)
		free(s->c[i].res);
	forget_span(s);
	free(s->c);
	free(s->vars);
	free(s);
}

long
hv_sys_add(struct hv_sys *s, const size_t *vars, size_t n, double value,
    unsigned long persons)
{
	struct cellrec *c;

	if (hv_grow(&s->c, &s->cap, s->n + 1, sizeof(*s->c)) == -1 ||
	    hv_grow(&s->vars, &s->vcap, s->nv + n, sizeof(*s->vars)) == -1)
		return -1;
	memcpy(s->vars + s->nv, vars, n * sizeof(*vars));
	c = &s->c[s->n];
	memset(c, 0, sizeof(*c));
	c->first = s->nv;
	c->n = n;
	c->value = value;
	c->persons = persons;
	s->nv += n;
	return (long)s->n++;
}

int
hv_sys_state(const struct hv_sys *s, size_t i)
{
	return s->c[i].state;
}

int
hv_sys_determined(const struct hv_sys *s, size_t i)
{
	return s->c[i].determined;
}

void
hv_sys_counts(const struct hv_sys *s, size_t *cells, size_t *primary,
    size_t *secondary)
{
	size_t i;

	*cells = s->n;
	*primary = *secondary = 0;
	for (i = 0; i < s->n; i++) {
		*primary += s->c[i].state == 1;
		*secondary += s->c[i].state == 2;
	}
}

/* An empty span, and the unknowns the published empty cells say are 0. */
static int
span_init(struct hv_sys *s)
{
	size_t i, k;

	forget_span(s);
	if ((s->pivot_of = malloc((s->nvars + 1) * sizeof(*s->pivot_of))) ==
	    NULL || (s->zero = calloc(s->nvars + 1, 1)) == NULL)
		return -1;
	if ((s->weight = malloc((2 * s->nvars + 1) * sizeof(elt))) == NULL)
		return -1;
	for (i = 0; i < 2 * s->nvars; i++)
		s->weight[i] = splitmix(i) % PRIME;
	for (i = 0; i < s->nvars; i++)
		s->pivot_of[i] = -1;
	for (i = 0; i < s->n; i++)
		if (s->c[i].state == 0 && (s->c[i].persons == 0 ||
		    s->c[i].value == 0))
			for (k = 0; k < s->c[i].n; k++)
				s->zero[s->vars[s->c[i].first + k]] = 1;
	return 0;
}

/* Cell i's vector, reduced modulo the published span, into v. */
static void
reduce(const struct hv_sys *s, size_t i, elt *v)
{
	const struct cellrec *c = &s->c[i];
	const elt *b;
	size_t k, j, var;
	elt f;

	memset(v, 0, s->nvars * sizeof(*v));
	for (k = 0; k < c->n; k++)
		if (!s->zero[s->vars[c->first + k]])
			v[s->vars[c->first + k]] = 1;
	/* subtracting a basis vector changes no other pivot's entry, so
	 * the pivots to clear are those of the cell's own unknowns */
	for (k = 0; k < c->n; k++) {
		var = s->vars[c->first + k];
		if (s->pivot_of[var] < 0 || (f = v[var]) == 0)
			continue;
		b = s->basis[s->pivot_of[var]];
		for (j = 0; j < s->nvars; j++)
			if (b[j] != 0)
				v[j] = sub(v[j], mul(f, b[j]));
	}
}

/* v's two weighted sums into sig. */
static void
sign(const struct hv_sys *s, const elt *v, elt *sig)
{
	size_t k;

	sig[0] = sig[1] = 0;
	for (k = 0; k < s->nvars; k++)
		if (v[k] != 0) {
			sig[0] = (sig[0] + mul(v[k], s->weight[2 * k])) % PRIME;
			sig[1] = (sig[1] + mul(v[k], s->weight[2 * k + 1])) %
			    PRIME;
		}
}

/* After adding b (pivot p, weighed sb), could t and q be in proportion?
 * Not when their weighted sums are not. */
static int
may_be_parallel(const struct cellrec *t, const struct cellrec *q,
    size_t p, const elt *sb)
{
	elt t0 = t->sig[0], t1 = t->sig[1], q0 = q->sig[0], q1 = q->sig[1];

	if (sb != NULL) {
		t0 = sub(t0, mul(t->res[p], sb[0]));
		t1 = sub(t1, mul(t->res[p], sb[1]));
		q0 = sub(q0, mul(q->res[p], sb[0]));
		q1 = sub(q1, mul(q->res[p], sb[1]));
	}
	return mul(t0, q1) == mul(t1, q0);
}

static long
first_nonzero(const elt *v, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (v[k] != 0)
			return (long)k;
	return -1;
}

/* Add r (reduced, nonzero) to the span; it becomes the basis vector of
 * its first nonzero entry.  Other basis vectors are cleared there. */
static int
span_add(struct hv_sys *s, elt *r)
{
	long p = first_nonzero(r, s->nvars);
	elt f = inverse(r[p]), g;
	size_t i, j;

	for (j = 0; j < s->nvars; j++)
		r[j] = mul(r[j], f);
	for (i = 0; i < s->nbasis; i++) {
		if ((g = s->basis[i][p]) == 0)
			continue;
		for (j = 0; j < s->nvars; j++)
			if (r[j] != 0)
				s->basis[i][j] = sub(s->basis[i][j],
				    mul(g, r[j]));
	}
	if (hv_grow(&s->basis, &s->bcap, s->nbasis + 1,
	    sizeof(*s->basis)) == -1)
		return -1;
	s->basis[s->nbasis] = r;
	s->pivot_of[p] = (long)s->nbasis++;
	return 0;
}

/* Is x - x[p] b zero (x a multiple of b, b normalised at p)? */
static int
gone_by(const elt *x, const elt *b, size_t p, size_t n)
{
	size_t k;
	elt f = x[p];

	for (k = 0; k < n; k++)
		if (x[k] != mul(f, b[k]))
			return 0;
	return 1;
}

/* After adding b (pivot p), would t be a combination of the span and q:
 * is t' = t - t[p] b a multiple lambda of q' = q - q[p] b? */
static int
given_by(const elt *t, const elt *q, const elt *b, size_t p, size_t n,
    elt *multiple)
{
	size_t k, k0 = n;
	elt qk, tk, lambda = 0;

	for (k = 0; k < n; k++) {
		qk = b != NULL ? sub(q[k], mul(q[p], b[k])) : q[k];
		tk = b != NULL ? sub(t[k], mul(t[p], b[k])) : t[k];
		if (k0 == n && qk != 0) {
			k0 = k;
			lambda = mul(tk, inverse(qk));
		}
		if (k0 == n ? tk != 0 : tk != mul(lambda, qk))
			return 0;
	}
	*multiple = lambda;
	return 1;
}

/* Are the unknowns of cell q (those not known zero) all under cell t? */
static int
inside(const struct hv_sys *s, const struct cellrec *q,
    const struct cellrec *t)
{
	size_t a, b, v;

	for (a = 0; a < q->n; a++) {
		v = s->vars[q->first + a];
		if (s->zero[v])
			continue;
		for (b = 0; b < t->n && s->vars[t->first + b] != v; b++)
			;
		if (b == t->n)
			return 0;
	}
	return 1;
}

/*
 * Would the person of singleton q, knowing their own cell, learn about
 * others from suppressed cell t (t = lambda q + published, after adding
 * b)?  Not when t is q and published cells (lambda 1, q's unknowns all
 * under t): then what t holds besides that person is published already.
 */
static int
singleton_gives(const struct hv_sys *s, const struct cellrec *t,
    const struct cellrec *q, const elt *tres, const elt *qres, const elt *b,
    size_t p)
{
	elt lambda;

	if (!given_by(tres, qres, b, p, s->nvars, &lambda))
		return 0;
	return !(lambda == 1 && inside(s, q, t));
}

struct order {
	double	 value;
	size_t	 i;
};

static int
cmp_order(const void *a, const void *b)
{
	const struct order *x = a, *y = b;

	/* the largest first; among equals, in the order given */
	if (x->value != y->value)
		return x->value > y->value ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Could candidate b (pivot p) be published: no suppressed cell a
 * combination of the span and b; none but its own for a singleton? */
static int
safe(const struct hv_sys *s, const size_t *sup, size_t nsup, const elt *b,
    size_t p, const elt *sb)
{
	const struct cellrec *q, *t;
	size_t i, j;

	/* a residual without b's pivot is not changed by b: it stays what
	 * it is, not 0 (safe() let none become 0) and, for a pair, not
	 * parallel to another that has none either */
	for (i = 0; i < nsup; i++)
		if (s->c[sup[i]].res[p] != 0 &&
		    gone_by(s->c[sup[i]].res, b, p, s->nvars))
			return 0;
	for (i = 0; i < nsup; i++) {
		q = &s->c[sup[i]];
		if (q->state != 1 || q->persons != 1)
			continue;
		for (j = 0; j < nsup; j++) {
			t = &s->c[sup[j]];
			if (j == i || t->state != 1 ||
			    (q->res[p] == 0 && t->res[p] == 0) ||
			    !may_be_parallel(t, q, p, sb))
				continue;
			if (singleton_gives(s, t, q, t->res, q->res, b, p))
				return 0;
		}
	}
	return 1;
}

/* Hide every cell of value 0 that has persons and an unknown, not
 * under an empty cell, of a cell below the threshold: 0, or -1 when out
 * of memory.  (An unknown under an empty cell holds nobody: that it is 0
 * is said by the empty cell, which tells nothing of a person.) */
static int
hide_zeros_over(struct hv_sys *s)
{
	unsigned char *small = calloc(s->nvars + 1, 1);
	size_t i, k;

	if (small == NULL)
		return -1;
	for (i = 0; i < s->n; i++)
		for (k = 0; s->c[i].state == 1 && k < s->c[i].n; k++)
			small[s->vars[s->c[i].first + k]] = 1;
	for (i = 0; i < s->n; i++)
		for (k = 0; s->c[i].persons == 0 && k < s->c[i].n; k++)
			small[s->vars[s->c[i].first + k]] = 0;
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state != 0 || s->c[i].persons == 0 ||
		    s->c[i].value != 0)
			continue;
		for (k = 0; k < s->c[i].n; k++)
			if (small[s->vars[s->c[i].first + k]]) {
				s->c[i].state = 2;
				break;
			}
	}
	free(small);
	return 0;
}

int
hv_sys_suppress(struct hv_sys *s, unsigned long threshold)
{
	struct order *ord = NULL;
	size_t *sup = NULL, nsup = 0, no = 0, i, k, j;
	elt *r = NULL, *b, sb[2];
	long p;
	int rc = -1;

	for (i = 0; i < s->n; i++) {
		free(s->c[i].res);
		s->c[i].res = NULL;
		s->c[i].state = s->c[i].persons >= 1 &&
		    s->c[i].persons < threshold;
	}
	/* cells of 0 are always shown: their unknowns are known 0 (one
	 * equation each, which the test below could not weigh); but a 0 of
	 * persons (of no hours) over a small cell would say its persons
	 * have none, so it is hidden with them */
	if (hide_zeros_over(s) == -1 || span_init(s) == -1 ||
	    (ord = calloc(s->n + 1, sizeof(*ord))) == NULL ||
	    (sup = calloc(s->n + 1, sizeof(*sup))) == NULL)
		goto done;
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state != 0) {
			if ((s->c[i].res = calloc(s->nvars + 1,
			    sizeof(elt))) == NULL)
				goto done;
			reduce(s, i, s->c[i].res);
			sign(s, s->c[i].res, s->c[i].sig);
			sup[nsup++] = i;
		} else if (s->c[i].persons > 0 && s->c[i].value != 0) {
			ord[no].value = s->c[i].value;
			ord[no++].i = i;
		}
	}
	hv_sort(ord, no, sizeof(*ord), cmp_order);
	for (k = 0; nsup > 0 && k < no; k++) {
		i = ord[k].i;
		if (r == NULL && (r = malloc((s->nvars + 1) * sizeof(*r))) ==
		    NULL)
			goto done;
		reduce(s, i, r);
		if ((p = first_nonzero(r, s->nvars)) < 0)
			continue;	/* in the span already: it tells nothing */
		/* the candidate normalised, to test */
		if ((b = malloc((s->nvars + 1) * sizeof(*b))) == NULL)
			goto done;
		for (j = 0; j < s->nvars; j++)
			b[j] = mul(r[j], inverse(r[p]));
		sign(s, b, sb);
		if (!safe(s, sup, nsup, b, (size_t)p, sb)) {
			free(b);
			s->c[i].state = 2;
			s->c[i].res = r;
			sign(s, r, s->c[i].sig);
			r = NULL;
			sup[nsup++] = i;
			continue;
		}
		/* publish: the suppressed cells' residuals lose b too */
		for (j = 0; j < nsup; j++) {
			struct cellrec *c = &s->c[sup[j]];
			elt *x = c->res, f = x[p];
			size_t m;

			if (f == 0)
				continue;
			for (m = 0; m < s->nvars; m++)
				x[m] = sub(x[m], mul(f, b[m]));
			c->sig[0] = sub(c->sig[0], mul(f, sb[0]));
			c->sig[1] = sub(c->sig[1], mul(f, sb[1]));
		}
		free(b);
		if (span_add(s, r) == -1)
			goto done;
		r = NULL;
	}
	rc = 0;
done:
	free(r);
	free(ord);
	free(sup);
	forget_span(s);
	return rc;
}

long
hv_sys_audit(struct hv_sys *s)
{
	elt *r = NULL;
	size_t i, j;
	long found = 0;

	if (span_init(s) == -1)
		return -1;
	/* the span of every published cell, built afresh */
	for (i = 0; i < s->n; i++) {
		s->c[i].determined = 0;
		if (s->c[i].state != 0)
			continue;
		if (r == NULL && (r = malloc((s->nvars + 1) * sizeof(*r))) ==
		    NULL)
			goto oom;
		reduce(s, i, r);
		if (first_nonzero(r, s->nvars) < 0)
			continue;
		if (span_add(s, r) == -1)
			goto oom;
		r = NULL;
	}
	if (r == NULL && (r = malloc((s->nvars + 1) * sizeof(*r))) == NULL)
		goto oom;
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state == 0)
			continue;
		reduce(s, i, r);
		if (first_nonzero(r, s->nvars) < 0) {
			s->c[i].determined = 1;
			found++;
		}
	}
	/* a singleton's person, knowing their own cell: the residuals of
	 * the cells below the threshold against this span, once each, in
	 * the cells' own residuals (the choice's are done with) */
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state != 1)
			continue;
		if (s->c[i].res == NULL && (s->c[i].res = malloc((s->nvars +
		    1) * sizeof(elt))) == NULL)
			goto oom;
		reduce(s, i, s->c[i].res);
		sign(s, s->c[i].res, s->c[i].sig);
	}
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state != 1 || s->c[i].persons != 1)
			continue;
		for (j = 0; j < s->n; j++) {
			if (j == i || s->c[j].state != 1 ||
			    s->c[j].determined ||
			    !may_be_parallel(&s->c[j], &s->c[i], 0, NULL))
				continue;
			if (singleton_gives(s, &s->c[j], &s->c[i],
			    s->c[j].res, s->c[i].res, NULL, 0)) {
				s->c[j].determined = 2;
				found++;
			}
		}
	}
	free(r);
	forget_span(s);
	return found;
oom:
	free(r);
	forget_span(s);
	return -1;
}
