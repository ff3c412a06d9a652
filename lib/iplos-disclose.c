/*
 * iplos-disclose.c: the disclosure control of iplos-sum's tables.  The
 * cells of one window and one measure, of every unit written, are one
 * linear system (suppress.c): its unknowns are the finest groups (the
 * inner cells of the breakdown) of each "atom" (the codes that count in
 * the same units); a total is the sum of its breakdown and a category the
 * sum of its atoms, so that a parent (Hjemmetjenester) is the sum of its
 * members.  Hours and bed-days add up so; persons need not (one person in
 * two members is one in the parent), but an attacker may take them to
 * (Hjemmetjenester's 7 users less Hjemmesykepleie's 6 is BPA's one when
 * nobody has both), so counts of persons are treated as sums too: that
 * hides more than needed where persons overlap, never less.
 */
#include <stdlib.h>
#include <string.h>

#include "iplos-int.h"
#include "suppress.h"

/* The atoms of the units written: for each entry of the map (a code),
 * the written units it counts in; codes that count in the same units are
 * one atom.  With --by service a unit is a service, an atom. */
struct atoms {
	size_t		 n;		/* atoms */
	unsigned char	*in;		/* n * nout: atom a counts in unit o */
};

/* Does entry e count in written unit o (ip->out_order[o])? */
static int
counts_in(const struct hv_iplos *ip, size_t e, size_t o)
{
	const size_t *cats;
	size_t ncats, k;
	int s = hv_catmap_entry(ip->map, e, &cats, &ncats);

	if (ip->o.by & HV_IPLOS_BY_SERVICE)
		return ip->unit_of_service[s] == (int)ip->out_order[o];
	for (k = 0; k < ncats; k++)
		if (cats[k] == ip->out_order[o])
			return 1;
	return 0;
}

static int
make_atoms(const struct hv_iplos *ip, struct atoms *a)
{
	size_t ne = hv_catmap_nentries(ip->map), nout = ip->nout, e, o, k;
	unsigned char *sig;

	memset(a, 0, sizeof(*a));
	if ((a->in = calloc((ne + nout + 1) * nout, 1)) == NULL ||
	    (sig = calloc(nout + 1, 1)) == NULL) {
		free(a->in);
		return -1;
	}
	for (e = 0; e < ne; e++) {
		for (o = 0; o < nout; o++)
			sig[o] = (unsigned char)counts_in(ip, e, o);
		for (o = 0; o < nout && !sig[o]; o++)
			;
		if (o == nout)
			continue;	/* counts in nothing written */
		for (k = 0; k < a->n; k++)
			if (memcmp(a->in + k * nout, sig, nout) == 0)
				break;
		if (k == a->n)
			memcpy(a->in + a->n++ * nout, sig, nout);
	}
	free(sig);
	return 0;
}

/* Union-find of the written units, joined through shared atoms. */
static size_t
root(size_t *up, size_t x)
{
	while (up[x] != x)
		x = up[x] = up[up[x]];
	return x;
}

/*
 * Suppress measure m (a count, not a statistic) of window w in the cubes
 * of every written unit, cube(o) = cubes[(o * nwin + w) * NOUTM + m].
 * With audit, the audit's findings go to each cube's determined cells
 * and its counts to *sum.  Returns 0, or -1 when out of memory.
 */
int
hv_iplos_suppress(const struct hv_iplos *ip, struct hv_cube *cubes,
    size_t w, int m, int audit, struct hv_audit *sum)
{
	struct atoms a;
	struct hv_sys *s = NULL;
	struct hv_cube *c;
	size_t nout = ip->nout, *up = NULL, *under = NULL, *vars = NULL,
	    *local = NULL, o, x, y, i, k, n, nv, g, r, comp;
	long found = 0;
	int rc = -1;

#define CUBE(o) (&cubes[((o) * ip->nwin + w) * NOUTM + (size_t)m])
	if (nout == 0)
		return 0;
	if (make_atoms(ip, &a) == -1)
		return -1;
	g = hv_cube_inner(CUBE(0));
	up = calloc(nout + 1, sizeof(*up));
	local = calloc(a.n + 1, sizeof(*local));
	under = calloc(g + 1, sizeof(*under));
	vars = calloc((a.n + 1) * (g + 1), sizeof(*vars));
	if (up == NULL || local == NULL || under == NULL || vars == NULL)
		goto done;
	for (o = 0; o < nout; o++)
		up[o] = o;
	for (x = 0; x < a.n; x++) {
		for (o = 0, y = nout; o < nout; o++) {
			if (!a.in[x * nout + o])
				continue;
			if (y == nout)
				y = o;
			else
				up[root(up, o)] = root(up, y);
		}
	}
	/* one system per set of joined units */
	for (comp = 0; comp < nout; comp++) {
		if (root(up, comp) != comp)
			continue;
		for (x = 0, nv = 0; x < a.n; x++) {
			for (o = 0; o < nout; o++)
				if (a.in[x * nout + o] && root(up, o) == comp)
					break;
			local[x] = o < nout ? nv++ : (size_t)-1;
		}
		if ((s = hv_sys_new(nv * g)) == NULL)
			goto done;
		for (o = 0; o < nout; o++) {
			if (root(up, o) != comp)
				continue;
			c = CUBE(o);
			for (i = 0; i < c->ncells; i++) {
				n = hv_cube_under(c, i, under);
				for (x = 0, k = 0; x < a.n; x++)
					for (r = 0; a.in[x * nout + o] &&
					    r < n; r++)
						vars[k++] = local[x] * g +
						    under[r];
				if (hv_sys_add(s, vars, k, c->value[i],
				    c->persons[i]) == -1)
					goto done;
			}
		}
		if (hv_sys_suppress(s, ip->o.suppress) == -1 ||
		    (audit && (found = hv_sys_audit(s)) == -1))
			goto done;
		for (o = 0, k = 0; o < nout; o++) {
			if (root(up, o) != comp)
				continue;
			c = CUBE(o);
			for (i = 0; i < c->ncells; i++, k++) {
				c->suppressed[i] = (unsigned char)hv_sys_state(
				    s, k);
				if (audit && c->determined != NULL)
					c->determined[i] = (unsigned char)
					    hv_sys_determined(s, k);
			}
		}
		if (audit) {
			size_t cells, primary, secondary;

			hv_sys_counts(s, &cells, &primary, &secondary);
			sum->cells += cells;
			sum->primary += primary;
			sum->secondary += secondary;
			sum->determined += (size_t)found;
			sum->systems++;
		}
		hv_sys_free(s);
		s = NULL;
	}
	rc = 0;
done:
#undef CUBE
	hv_sys_free(s);
	free(a.in);
	free(up);
	free(local);
	free(under);
	free(vars);
	return rc;
}
