#!/usr/bin/env python3
"""Side by side, per KUnit case: the result of each kernel on each run.

usage: compare.py RESULTS_DIR KERNEL-CONFIG[,...] TOPOLOGY...
e.g.   compare.py build/results patched-slab,base-slab 4node 4node+noaliencache
       compare.py --regressions RESULTS_DIR KERNEL-CONFIG... TOPOLOGY
The second form prints the cases that pass in a run of another kernel but
not in the first one's, and exits 1 if there are any.
"""
import json
import os
import sys


def cases(path):
    try:
        with open(path) as f:
            group = json.load(f)
    except (OSError, ValueError):
        return {}
    out, todo = {}, [group]
    while todo:
        g = todo.pop()
        todo += g.get('sub_groups', [])
        for c in g.get('test_cases', []):
            out[c['name']] = c['status']
    return out


def regressions(top, runs, topo):
    first, *others = [cases(os.path.join(top, r, topo + '.json')) for r in runs]
    bad = sorted(n for o in others for n, st in o.items()
                 if st == 'PASS' and first.get(n) != 'PASS')
    for n in bad:
        print('regression: %s passes on %s and not on %s' % (n, ' '.join(runs[1:]), runs[0]))
    return 1 if bad else 0


def main():
    if sys.argv[1] == '--regressions':
        sys.exit(regressions(sys.argv[2], sys.argv[3:-1], sys.argv[-1]))
    top, kernels, topos = sys.argv[1], sys.argv[2].split(','), sys.argv[3:]
    cols = [(k, t) for t in topos for k in kernels]
    results = {c: cases(os.path.join(top, c[0], c[1] + '.json')) for c in cols}
    names = []
    for r in results.values():
        names += [n for n in r if n not in names]
    width = max([len(n) for n in names] + [4])
    print('%-*s  %s' % (width, 'case', '  '.join('%s@%s' % c for c in cols)))
    for n in names:
        print('%-*s  %s' % (width, n, '  '.join(
            '%-*s' % (len('%s@%s' % c), results[c].get(n, '-')) for c in cols)))


if __name__ == '__main__':
    main()
