#!/usr/bin/env python3
"""Print "passed failed skipped" for one boot.

usage: counts.py RESULT.json KUNIT_EXIT SPLAT_EXIT

Leaf test cases of kunit.py's JSON are counted.  A splat, or a kunit.py
failure that no failed case explains (a crash, a missing suite), counts as
one more failure, so a bad boot can never read as clean.
"""
import json
import sys


def leaves(group):
    for sub in group.get('sub_groups', []):
        yield from leaves(sub)
    yield from group.get('test_cases', [])


def main():
    path, kunit_rc, splat_rc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0}
    try:
        with open(path) as f:
            for case in leaves(json.load(f)):
                status = case['status']
                counts[status if status in counts else 'FAIL'] += 1
    except (OSError, ValueError):
        pass
    if kunit_rc != 0 and counts['FAIL'] == 0:
        counts['FAIL'] += 1
    if splat_rc != 0:
        counts['FAIL'] += 1
    print(counts['PASS'], counts['FAIL'], counts['SKIP'])


if __name__ == '__main__':
    main()
