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

/* --- the system -------------------------------------------------------- */

struct cellrec {
	size_t		 first, n;	/* its unknowns, in hv_sys.vars */
	double		 value;
	unsigned long	 persons;
	int		 state;		/* 0 published, 1 primary, 2 secondary */
	int		 determined;	/* the audit's finding */
	elt		*res;		/* suppressed: reduced modulo the
					   published span */
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
	/* unknowns under a published empty cell: 0, and known to be (the
	 * unknowns are never negative, so a published 0 says every one of
	 * them is 0) */
	unsigned char	*zero;
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
	s->basis = NULL;
	s->pivot_of = NULL;
	s->zero = NULL;
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
	for (i = 0; i < s->nvars; i++)
		s->pivot_of[i] = -1;
	for (i = 0; i < s->n; i++)
		if (s->c[i].state == 0 && s->c[i].persons == 0)
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
 * is t' = t - t[p] b a multiple of q' = q - q[p] b? */
static int
given_by(const elt *t, const elt *q, const elt *b, size_t p, size_t n)
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
	return 1;
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
    size_t p)
{
	const struct cellrec *q, *t;
	size_t i, j;

	for (i = 0; i < nsup; i++)
		if (gone_by(s->c[sup[i]].res, b, p, s->nvars))
			return 0;
	for (i = 0; i < nsup; i++) {
		q = &s->c[sup[i]];
		if (q->state != 1 || q->persons != 1)
			continue;
		for (j = 0; j < nsup; j++) {
			t = &s->c[sup[j]];
			if (j != i && t->state == 1 &&
			    given_by(t->res, q->res, b, p, s->nvars))
				return 0;
		}
	}
	return 1;
}

int
hv_sys_suppress(struct hv_sys *s, unsigned long threshold)
{
	struct order *ord = NULL;
	size_t *sup = NULL, nsup = 0, no = 0, i, k, j;
	elt *r = NULL, *b;
	long p;
	int rc = -1;

	for (i = 0; i < s->n; i++) {
		free(s->c[i].res);
		s->c[i].res = NULL;
		s->c[i].state = s->c[i].persons >= 1 &&
		    s->c[i].persons < threshold;
	}
	/* empty cells are always shown: their unknowns are known 0 */
	if (span_init(s) == -1 ||
	    (ord = calloc(s->n + 1, sizeof(*ord))) == NULL ||
	    (sup = calloc(s->n + 1, sizeof(*sup))) == NULL)
		goto done;
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state == 1) {
			if ((s->c[i].res = calloc(s->nvars + 1,
			    sizeof(elt))) == NULL)
				goto done;
			reduce(s, i, s->c[i].res);
			sup[nsup++] = i;
		} else if (s->c[i].persons > 0) {
			ord[no].value = s->c[i].value;
			ord[no++].i = i;
		}
	}
	qsort(ord, no, sizeof(*ord), cmp_order);
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
		if (!safe(s, sup, nsup, b, (size_t)p)) {
			free(b);
			s->c[i].state = 2;
			s->c[i].res = r;
			r = NULL;
			sup[nsup++] = i;
			continue;
		}
		/* publish: the suppressed cells' residuals lose b too */
		for (j = 0; j < nsup; j++) {
			elt *x = s->c[sup[j]].res, f = x[p];
			size_t m;

			for (m = 0; f != 0 && m < s->nvars; m++)
				x[m] = sub(x[m], mul(f, b[m]));
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
	elt *r = NULL, *q = NULL;
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
	if ((r == NULL && (r = malloc((s->nvars + 1) * sizeof(*r))) ==
	    NULL) || (q = malloc((s->nvars + 1) * sizeof(*q))) == NULL)
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
	/* a singleton's person, knowing their own cell */
	for (i = 0; i < s->n; i++) {
		if (s->c[i].state != 1 || s->c[i].persons != 1)
			continue;
		reduce(s, i, q);
		for (j = 0; j < s->n; j++) {
			if (j == i || s->c[j].state != 1 ||
			    s->c[j].determined)
				continue;
			reduce(s, j, r);
			if (given_by(r, q, NULL, 0, s->nvars)) {
				s->c[j].determined = 2;
				found++;
			}
		}
	}
	free(r);
	free(q);
	forget_span(s);
	return found;
oom:
	free(r);
	free(q);
	forget_span(s);
	return -1;
}

int
hv_suppress(struct hv_cube *c, unsigned long threshold)
{
	struct hv_sys *s = hv_sys_new(hv_cube_inner(c));
	size_t *under = NULL, i, n;
	int rc = -1;

	if (s == NULL || (under = calloc(hv_cube_inner(c) + 1,
	    sizeof(*under))) == NULL)
		goto done;
	for (i = 0; i < c->ncells; i++) {
		n = hv_cube_under(c, i, under);
		if (hv_sys_add(s, under, n, c->value[i], c->persons[i]) == -1)
			goto done;
	}
	if (hv_sys_suppress(s, threshold) == -1)
		goto done;
	for (i = 0; i < c->ncells; i++)
		c->suppressed[i] = (unsigned char)hv_sys_state(s, i);
	rc = 0;
done:
	free(under);
	hv_sys_free(s);
	return rc;
}
