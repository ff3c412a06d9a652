#!/usr/bin/env python3
"""Do our results and a peer's agree?  For tests/bench/national.sh.

    agree.py kostra OURS.csv PEER.csv   kostra-compare against kostra.sql's
                                        columns (peer values unrounded)
    agree.py trend OURS.csv PEER.csv    trend --measures change_pct
    agree.py mean OURS.csv PEER.csv     peer_mean per period against
                                        datamash's "period,mean"

Prints "agree: N rows" or the first differences, and exits 1 on any.
"""
import csv
import sys


def num(s):
    return None if s is None or s == '' else float(s)


def rows(path, key):
    with open(path, newline='', encoding='utf-8') as f:
        return {tuple(r[k] for k in key): r for r in csv.DictReader(f)}


def kostra(ours, peer):
    """Rounded as kostra-compare writes them: diff_ref_pct to 1 decimal,
    peer_mean to 0; the rest exactly.  A peer's row we do not write must
    be a missing value (a code in a year it did not exist)."""
    bad = []
    a = rows(ours, ('unit', 'period'))
    b = {(r['unit'], str(int(float(r['period'])))): r
         for r in rows(peer, ('unit', 'period')).values()}
    for k, p in b.items():
        o = a.get(k)
        if o is None:
            if num(p['value']) is not None:
                bad.append('%s: no row of ours' % (k,))
            continue
        checks = [('value', 0), ('diff_ref', 0), ('diff_ref_pct', 0.05),
                  ('peer_mean', 0.5), ('rank', 0), ('rank_of', 0)]
        for col, tol in checks:
            x, y = num(o[col]), num(p[col])
            if col in ('rank', 'rank_of') and y is None:
                if x is not None:
                    bad.append('%s %s: ours %s, peer none' % (k, col, x))
                continue
            if (x is None) != (y is None) or (
                    x is not None and abs(x - y) > tol + 1e-9):
                bad.append('%s %s: ours %s, peer %s' % (k, col, o[col],
                                                        p[col]))
    for k in a:
        if k not in b:
            bad.append('%s: not in the peer' % (k,))
    return len(a), bad


def trend(ours, peer):
    """change_pct, each the same double."""
    bad = []
    a = rows(ours, ('unit', 'period'))
    b = rows(peer, ('unit', 'period'))
    if len(a) != len(b):
        bad.append('%d rows, the peer %d' % (len(a), len(b)))
    for k, o in a.items():
        p = b.get(k)
        if p is None:
            bad.append('%s: not in the peer' % (k,))
            continue
        for col in ('value', 'change_pct'):
            x, y = num(o[col]), num(p[col])
            if x != y:
                bad.append('%s %s: ours %s, peer %s' % (k, col, o[col],
                                                        p[col]))
    return len(a), bad


def mean(ours, peer):
    """One peer_mean per period, to 0 decimals."""
    bad = []
    means = {}
    with open(ours, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['peer_mean'] != '':
                means[r['period']] = float(r['peer_mean'])
    n = 0
    with open(peer, newline='', encoding='utf-8') as f:
        for line in csv.reader(f):
            n += 1
            x = means.get(line[0])
            if x is None or abs(x - float(line[1])) > 0.5 + 1e-9:
                bad.append('%s: ours %s, peer %s' % (line[0], x, line[1]))
    if n != len(means):
        bad.append('%d periods, the peer %d' % (len(means), n))
    return n, bad


def main():
    how, ours, peer = sys.argv[1:4]
    n, bad = {'kostra': kostra, 'trend': trend, 'mean': mean}[how](ours,
                                                                   peer)
    if bad:
        print('DIFFER: %d of %d rows, first: %s' % (len(bad), n,
                                                   '; '.join(bad[:3])))
        return 1
    print('agree: %d rows' % n)
    return 0


if __name__ == '__main__':
    sys.exit(main())
