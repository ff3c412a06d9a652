#!/usr/bin/env python3
"""Property test of iplos-sum --public: random extracts (one, two or
three breakdowns, categories that share services, up to 4 x 6 x 3
groups), each run with and without --public, each published table
audited by disclosure_check.py (exact elimination in whole numbers, not
the code under test): no suppressed cell computable, no small count of
persons published, no published figure changed.

Usage: disclosure-property.py IPLOS_SUM [TABLES [SEED]]
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import disclosure_check  # noqa: E402

# categories that share services, so that their cells are linked
MAP = [("hjemmesykepleie", "A"), ("praktisk_bistand", "B"),
       ("bpa", "C"), ("dagtilbud", "C"),
       ("hjemmesykepleie", "P"), ("praktisk_bistand", "P"),
       ("praktisk_bistand", "Q"), ("bpa", "Q")]
SERVICES = ["hjemmesykepleie", "praktisk_bistand", "bpa", "dagtilbud"]
HOURS = {"hjemmesykepleie", "praktisk_bistand", "bpa"}
ON = "2024-06-30"


def extract(rng):
    districts = ["D%d" % i for i in range(1, rng.randint(1, 6) + 1)]
    lines = ["person_id,birth_year,sex,district,service,decision_date,"
             "start_date,end_date,hours_per_week"]
    for p in range(rng.randint(1, 70)):
        birth = rng.choice([rng.randint(1930, 1934), rng.randint(1935, 1944),
                            rng.randint(1945, 1957), rng.randint(1958, 2000)])
        sex = rng.choice(["1", "2", "1", "2", ""])
        district = rng.choice(districts)
        for _ in range(rng.randint(1, 3)):
            service = rng.choice(SERVICES)
            start = "2024-%02d-01" % rng.randint(1, 6)
            end = rng.choice(["", "", "", "2024-06-15"])
            hours = ""
            if service in HOURS and rng.random() < 0.8:
                hours = rng.choice(["0", "1.5", "3", "7.5", "12", "37.5"])
            lines.append("P%d,%d,%s,%s,%s,,%s,%s,%s" % (
                p, birth, sex, district, service, start, end, hours))
    return "\n".join(lines) + "\n"


def run(binary, args, path):
    """The table, or None when iplos-sum refuses the districts as person
    ids (most persons alone in theirs), which it must do before writing
    anything."""
    r = subprocess.run([binary] + args + [path], capture_output=True,
                       text=True)
    if r.returncode == 1 and "looks like an identifier" in r.stderr \
            and r.stdout == "":
        return None
        raise SystemExit("%s %s: exit %d: %s" % (binary, " ".join(args),
                                                 r.returncode, r.stderr))
    return r.stdout


def main():
    binary = sys.argv[1]
    tables = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 18
    rng = random.Random(seed)
    failed = suppressed = cells = refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        mapfile = os.path.join(tmp, "map.csv")
        with open(mapfile, "w", encoding="utf-8") as f:
            f.write("code,service,category\n")
            for service, category in MAP:
                f.write("%s,%s,%s\n" % (service, service, category))
        data = os.path.join(tmp, "x.csv")
        plain = os.path.join(tmp, "plain.csv")
        public = os.path.join(tmp, "public.csv")
        for n in range(tables):
            with open(data, "w", encoding="utf-8") as f:
                f.write(extract(rng))
            by = [d for d in ("age-group", "sex", "district")
                  if rng.random() < 0.6] or [rng.choice(["sex", "district"])]
            threshold = rng.choice([5, 5, 5, 3])
            args = ["--map", mapfile, "--on", ON, "--measure",
                    "recipients,hours,users", "--by", ",".join(by),
                    "--only", "A,B,C,P,Q"]
            table = run(binary, args, data)
            if table is None:
                refused += 1
                continue
            with open(plain, "w", encoding="utf-8") as f:
                f.write(table)
            with open(public, "w", encoding="utf-8") as f:
                f.write(run(binary, args + ["--suppress", str(threshold)],
                            data))
            counts, problems = disclosure_check.audit(mapfile, plain, public,
                                                      threshold)
            cells += counts["cells"]
            suppressed += counts["suppressed"]
            if problems:
                failed += 1
                keep = os.path.join(tempfile.gettempdir(),
                                    "disclosure-%d-%d.csv" % (seed, n))
                with open(data, encoding="utf-8") as f, \
                        open(keep, "w", encoding="utf-8") as g:
                    g.write(f.read())
                print("not ok: table %d (--by %s, threshold %d; extract "
                      "kept as %s):" % (n, ",".join(by), threshold, keep))
                for p in problems[:5]:
                    print("   ", p)
    print("%d tables (%d refused as person ids), %d cells, %d suppressed: "
          "%d with a disclosure" % (tables, refused, cells, suppressed,
                                     failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
