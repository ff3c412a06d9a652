#!/usr/bin/env python3
"""An attacker's audit of an iplos-sum --public table, independent of
lib/suppress.c: what can be computed exactly from the published cells?

The attacker's model: every count cell (persons, hours, bed-days) of a
category is the sum of the cells of the codes it holds, split by the
breakdown's groups, and a total the sum over its groups; a published 0
says every cell under it is 0 (counts are never negative).  A suppressed
cell is disclosed when its sum is a linear combination of the published
sums; for that the equations are eliminated exactly, in whole numbers
(fraction-free Gauss-Jordan, rows kept divided by their gcd).  A person
alone in a suppressed cell knows that cell: a suppressed cell below the
threshold that the published ones and that singleton's give is disclosed
too, unless it is the singleton's cell and published ones (then what it
holds besides that person is published already).

Usage: disclosure_check.py --map MAP --plain PLAIN.csv PUBLIC.csv
PLAIN is the same run without --public (the true counts, to know the
singletons and that published figures are unchanged).  Prints what it
found; exits 1 when any cell is disclosed or a small count published.
"""
import argparse
import csv
import math
import sys

PERSONS = {"recipients", "users", "waiting", "waiting-days-n",
           "started-before-decision"}
SUMS = PERSONS | {"hours", "bed-days"}
TOTALS = {"I alt", "Total", "total", "Alle", "All"}


def read_map(path):
    """category -> set of codes, from a map file (code,service,category).

    A category counts the rows of its codes, not of their services: an
    EPJ's own code of a service (bpa_vederlag, of bpa) can count in a
    category of its own, and its persons are not the service's other
    codes' persons.  Codes that count in the same categories always come
    together, so taking each as its own unknown changes nothing."""
    cats = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cats.setdefault(row["category"], set()).add(row["code"])
    return cats


def read_table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    m = head.index("measure")
    dims = head[1:m]
    out = []
    for r in rows[1:]:
        out.append({"unit": r[0], "dims": tuple(r[1:m]), "measure": r[m],
                    "period": r[m + 1], "value": r[m + 2],
                    "status": r[m + 3] if len(r) > m + 3 else ""})
    return head[0], dims, out


class Span:
    """Row space of integer vectors {var: coeff}, in reduced echelon form."""

    def __init__(self):
        self.basis = {}             # pivot var -> row, row[pivot] > 0

    def reduce(self, v):
        v = dict(v)
        for p in [k for k in v if k in self.basis]:
            if p not in v:
                continue
            b = self.basis[p]
            a, c = b[p], v[p]
            v = {k: a * v.get(k, 0) - c * b.get(k, 0)
                 for k in set(v) | set(b)}
            v = {k: x for k, x in v.items() if x != 0}
        return normalise(v)

    def add(self, v):
        v = self.reduce(v)
        if not v:
            return False
        p = min(v)
        if v[p] < 0:
            v = {k: -x for k, x in v.items()}
        for q, b in list(self.basis.items()):
            if p in b:
                a, c = v[p], b[p]
                nb = {k: a * b.get(k, 0) - c * v.get(k, 0)
                      for k in set(b) | set(v)}
                nb = normalise({k: x for k, x in nb.items() if x != 0})
                if nb[q] < 0:
                    nb = {k: -x for k, x in nb.items()}
                self.basis[q] = nb
        self.basis[p] = v
        return True


def normalise(v):
    if not v:
        return v
    g = 0
    for x in v.values():
        g = math.gcd(g, x)
    return {k: x // g for k, x in v.items()} if g > 1 else v


def audit(mapfile, plainfile, publicfile, threshold=5):
    cats = read_map(mapfile)
    unit_kind, dims, pub = read_table(publicfile)
    _, _, plain = read_table(plainfile)
    truth = {(r["unit"], r["dims"], r["measure"], r["period"]): r["value"]
             for r in plain}
    problems = []
    # the groups of each breakdown, from the table
    groups = [sorted({r["dims"][i] for r in pub} - TOTALS)
              for i in range(len(dims))]

    def services(unit):
        return cats.get(unit, {unit}) if unit_kind == "category" else {unit}

    def atoms(r):
        combos = [()]
        for i, g in enumerate(r["dims"]):
            choice = groups[i] if g in TOTALS else [g]
            combos = [c + (x,) for c in combos for x in choice]
        return frozenset((s, c) for s in services(r["unit"]) for c in combos)

    for r in pub:
        key = (r["unit"], r["dims"], r["measure"], r["period"])
        if r["status"] == "" and r["value"] != truth.get(key):
            problems.append("published %s differs from the true %s: %s"
                            % (r["value"], truth.get(key), key))
        if r["measure"] in PERSONS and r["status"] == "" and r["value"]:
            v = float(r["value"])
            if 0 < v < threshold:
                problems.append("a count of %s persons published: %s"
                                % (r["value"], key))
    # a statistic (mean, median, p90, max of waiting days) is shown only
    # beside its count of persons shown, and that count not small
    shown = {(r["unit"], r["dims"], r["measure"], r["period"]): r
             for r in pub if r["status"] == ""}
    for r in pub:
        if r["status"] != "" or not r["measure"].startswith("waiting-days-") \
                or r["measure"] == "waiting-days-n":
            continue
        n = shown.get((r["unit"], r["dims"], "waiting-days-n", r["period"]))
        if n is None or (n["value"] and 0 < float(n["value"]) < threshold):
            problems.append("%s shown without its count of persons: %s"
                            % (r["measure"], (r["unit"], r["dims"],
                                              r["period"])))
    by_system = {}
    for r in pub:
        if r["measure"] in SUMS:
            by_system.setdefault((r["measure"], r["period"]), []).append(r)
    counts = {"cells": 0, "suppressed": 0, "systems": 0}
    for (measure, period), rows in by_system.items():
        counts["systems"] += 1
        cells = [(r, atoms(r)) for r in rows]
        zero = set()
        for r, a in cells:
            if r["status"] == "" and float(r["value"] or 0) == 0:
                zero |= a
        var = {}

        def vec(a):
            v = {}
            for x in a - zero:
                v[var.setdefault(x, len(var))] = 1
            return v
        span = Span()
        for r, a in cells:
            counts["cells"] += 1
            if r["status"] == "":
                span.add(vec(a))
        hidden = [(r, a, span.reduce(vec(a))) for r, a in cells
                  if r["status"] != ""]
        counts["suppressed"] += len(hidden)
        for r, a, red in hidden:
            if not red:
                problems.append("suppressed cell computable: %s %s %s %s"
                                % (r["unit"], r["dims"], measure, period))
        if measure not in PERSONS:
            continue
        for q, qa, qred in hidden:
            key = (q["unit"], q["dims"], measure, period)
            if truth.get(key) != "1" or not qred:
                continue
            with_q = Span()
            with_q.basis = dict(span.basis)
            with_q.add(qred)
            for t, ta, tred in hidden:
                tkey = (t["unit"], t["dims"], measure, period)
                if t is q or not tred or \
                        not 0 < float(truth.get(tkey) or 0) < threshold:
                    continue
                # t = lambda q + published?
                if with_q.reduce(tred):
                    continue
                # t = q + published, q inside t: nothing new
                diff = vec(ta)
                for k in vec(qa):
                    diff[k] = diff.get(k, 0) - 1
                diff = {k: x for k, x in diff.items() if x != 0}
                if (qa - zero) <= ta and not span.reduce(diff):
                    continue
                problems.append("singleton %s %s gives %s %s (%s %s)"
                                % (q["unit"], q["dims"], t["unit"],
                                   t["dims"], measure, period))
    return counts, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--map", required=True)
    ap.add_argument("--plain", required=True)
    ap.add_argument("--threshold", type=int, default=5)
    ap.add_argument("public")
    a = ap.parse_args()
    counts, problems = audit(a.map, a.plain, a.public, a.threshold)
    for p in problems:
        print("disclosure_check: %s: %s" % (a.public, p))
    print("disclosure_check: %d cells in %d systems, %d suppressed, "
          "%d problems" % (counts["cells"], counts["systems"],
                           counts["suppressed"], len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
