#!/usr/bin/env python3
"""Side by side, per KUnit case: the result of each kernel on each run.

usage: compare.py RESULTS_DIR KERNEL-CONFIG[,...] TOPOLOGY...
e.g.   compare.py build/results patched-slab,base-slab 4node 4node+noaliencache
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


def main():
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
