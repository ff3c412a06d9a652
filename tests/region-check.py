#!/usr/bin/env python3
"""Hold the built-in region tables against KLASS's files, read here on
their own: for every year 2013-2025, every municipality code valid that
year (municipalities-YYYY.csv) must reach exactly the 2026 codes its
changes say (municipality-changes.csv, followed here by a program of
its own), and the years must have 428, 426, 422, 356 and 357 codes.

    region-check.py REGION-SUCCESSORS KLASS-DIR

Exits 77 (skipped) when KLASS-DIR is missing, as in a user's clone.
"""
import csv
import os
import subprocess
import sys

WANT = {2013: 428, 2014: 428, 2015: 428, 2016: 428, 2017: 426, 2018: 422,
        2019: 422, 2020: 356, 2021: 356, 2022: 356, 2023: 356, 2024: 357,
        2025: 357, 2026: 357}


def main():
    binary, klass = sys.argv[1], sys.argv[2]
    if not os.path.isdir(klass):
        print("skipped: %s not found" % klass)
        return 77
    changes = {}  # old code -> [(year, new code)]
    with open(os.path.join(klass, "municipality-changes.csv"),
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["valid_from"][:4])
            changes.setdefault(row["old_code"], []).append(
                (year, row["new_code"]))
    years = {}
    for y in range(2013, 2027):
        with open(os.path.join(klass, "municipalities-%d.csv" % y),
                  encoding="utf-8") as f:
            years[y] = [r["code"] for r in csv.DictReader(f)]
        if len(years[y]) != WANT[y]:
            print("%d: %d codes in KLASS's list, not %d"
                  % (y, len(years[y]), WANT[y]))
            return 1

    def reach(code, after):
        later = sorted(y for y, _ in changes.get(code, []) if y > after)
        if not later:
            return {code}
        first = later[0]
        out = set()
        for y, new in changes[code]:
            if y == first:
                out |= reach(new, first)
        return out

    want = []
    for y in range(2013, 2026):
        for code in years[y]:
            want.append("%d,%s,%s" % (y, code,
                                     " ".join(sorted(reach(code, y)))))
    got = subprocess.run([binary], check=True, capture_output=True,
                         text=True).stdout.split("\n")[:-1]
    bad = 0
    for line in sorted(set(want) ^ set(got)):
        print("differs: %s (%s)" % (line, "KLASS" if line in want else
                                    "built-in"))
        bad += 1
    print("%d codes of 13 years checked, %d differ" % (len(want), bad))
    for y in range(2013, 2027):
        if any(c not in years[2026] for c in
               {c for line in want if line.startswith("%d," % y)
                for c in line.split(",")[2].split()}):
            print("%d: a code goes to no 2026 code" % y)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
