#!/usr/bin/env python3
"""Numbers printed as they are (hv_num_fmt with no rounding) must be the
shortest decimal that reads back as the same double, and of those the
nearest: what Python's repr gives (David Gay's algorithm, an
implementation of its own).  Compared as exact decimals, so that fixed
and exponent notation are held alike, over random doubles of every
magnitude, short decimals as data has them, percentage changes as
trend computes them, and the powers of two and ten with their
neighbours (where the gap below a double is half the gap above).

    num-shortest.py NUM-PRINT [COUNT] [SEED]
"""
import math
import random
import struct
import subprocess
import sys
from decimal import Decimal


def values(rng, count):
    out = []
    for _ in range(count):
        # any double from 1e-320 to 1e308, its low bits random
        v = 10 ** rng.uniform(-320, 308) * rng.choice((1, -1))
        bits = struct.unpack('<Q', struct.pack('<d', v))[0]
        bits ^= rng.getrandbits(20)
        out.append(struct.unpack('<d', struct.pack('<Q', bits))[0])
    for _ in range(count):
        # the range the integer path covers, 1e-4 to 1e16
        out.append(10 ** rng.uniform(-4, 16) * rng.choice((1, -1)))
    for _ in range(count):
        out.append(round(rng.uniform(-1e7, 1e7), rng.randint(0, 8)))
    for _ in range(count):
        a, b = rng.randint(1, 5000), rng.randint(1, 5000)
        out.append((b - a) / a * 100)
        out.append(b / a)
    for p in range(-1074, 1024, 7):
        x = 2.0 ** p
        out += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for p in range(-300, 300):
        x = float('1e%d' % p)
        out += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    out += [5e-324, 1.7976931348623157e308, 1e16, 9999999999999998.0,
            0.1, 0.2, 0.3, 2 ** 53 + 2.0, 4503599627370496.5]
    return [v for v in out if math.isfinite(v) and v != 0]


def main():
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20)
    vals = values(rng, count)
    text = ''.join(repr(v) + '\n' for v in vals)
    got = subprocess.run([binary], input=text, capture_output=True,
                         text=True, check=True).stdout.split('\n')
    bad = 0
    for v, g in zip(vals, got):
        if Decimal(g) != Decimal(repr(v)) or float(g) != v:
            bad += 1
            if bad <= 10:
                print('%r printed as %s; shortest is %s' % (v, g, repr(v)))
    print('%d numbers, %d not the shortest' % (len(vals), bad))
    return 1 if bad or len(got) < len(vals) else 0


if __name__ == '__main__':
    sys.exit(main())
