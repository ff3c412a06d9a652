#!/usr/bin/env python3
"""No person id of any input appears in any output of any iplos-sum case.

Every person id of every extract among the fixtures (fixtures/iplos) and
the reproducers (../shared/cases/robustness/iplos-*) is looked for in the
expected output and error of every golden case of iplos-sum (which the
cli suite holds the binary to, byte for byte), and of the main job: as a
whole word anywhere, and, for ids of six characters or more, as any part
of a word; but the words of our own texts (the report's script, the
help) are not evidence.  The person column is the one named person_id, or the header
an EPJ export gives it (Pasient-ID, Pasient), or the first column of a
file that has neither (the reproducers that swap columns on purpose).

usage: ids-never-shown.py CLI_DIR FIXTURES_DIR SHARED_DIR SOURCE_DIR
"""
import csv
import glob
import io
import os
import re
import sys

PERSON_HEADERS = {"person_id", "pasient-id", "pasient", "pasientid",
                  "person", "bruker-id"}


def text_of(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def ids_of(path):
    text = text_of(path)
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    if not rows:
        return set()
    header = [h.strip().lower() for h in rows[0]]
    col = next((i for i, h in enumerate(header) if h in PERSON_HEADERS), 0)
    return {r[col].strip() for r in rows[1:] if len(r) > col and
            r[col].strip()}


def main():
    cli, fixtures, shared, source = sys.argv[1:5]
    inputs = sorted(glob.glob(os.path.join(fixtures, "iplos", "*.csv")))
    # the maps and the population files hold no persons
    inputs = [p for p in inputs if not any(w in os.path.basename(p) for w
              in ("kategorier", "aliaser", "befolkning"))]
    robust = os.path.join(shared, "cases", "robustness")
    inputs += sorted(glob.glob(os.path.join(robust, "iplos-*.csv")))
    ids = set()
    for p in inputs:
        ids |= ids_of(p)
    # a number that is also a count, a year or a code is no evidence:
    # ids are looked for when they hold a letter
    ids = {i for i in ids if re.search(r"[A-Za-z]", i)}
    own = set()
    word = re.compile(r"[A-Za-z0-9_\-]+")
    for p in glob.glob(os.path.join(source, "docs", "examples", "*.sh")):
        own |= set(word.findall(text_of(p)))
    ids -= own
    outputs = []
    for d in ("iplos-sum", "kvartalsrapport"):
        outputs += sorted(glob.glob(os.path.join(cli, d, "*.out")))
        outputs += sorted(glob.glob(os.path.join(cli, d, "*.err")))
    print("1..%d" % len(outputs))
    failed = 0
    long_ids = [i for i in ids if len(i) >= 6]
    for n, out in enumerate(outputs, 1):
        text = text_of(out)
        found = sorted(set(word.findall(text)) & ids)
        found += sorted(i for i in long_ids if i in text and i not in found)
        name = os.path.relpath(out, cli)
        if found:
            failed += 1
            print("not ok %d - %s: person ids %s" % (n, name,
                  ", ".join(found[:5])))
        else:
            print("ok %d - %s" % (n, name))
    print("# %d ids of %d inputs, %d outputs" % (len(ids), len(inputs),
          len(outputs)), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
