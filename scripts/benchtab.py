#!/usr/bin/env python3
"""Tables, CSV and plots of make bench from its boots' console logs.

    benchtab.py MANIFEST OUTDIR MAIN_TOPOLOGY FAST_TOPOLOGY SCALE_TOPOLOGIES

MANIFEST has a line "<kernel label> <topology> <boot> <log>" per boot.
Logs carry "slab_fallback_bench: <name> <value>" lines (a name printed
more than once in a boot counts with its median).  Every figure is a
ratio to a reference of the same boot; a table cell is the median of the
boots, with the spread (largest less smallest, against the median).
Writes OUTDIR/bench.csv (every cell) and, with gnuplot, OUTDIR/<workload>.png.
"""

import csv
import os
import re
import shutil
import statistics
import subprocess
import sys

LINE = re.compile(r'^slab_fallback_bench: ([a-z0-9_]+) ([0-9]+)\s*$')
SIZES = [8 << i for i in range(10)]


def ratio(num, den):
    """A figure: num / den, each a name or "a-b" (a less b); den 1000
    means num is a ratio x1000, den None that num is a count."""
    def get(f, name):
        parts = name.split('-')
        vals = [f.get(p) for p in parts]
        if None in vals:
            return None
        return vals[0] - sum(vals[1:])

    def fn(f):
        n = get(f, num)
        if n is None:
            return None
        if den is None:
            return float(n)
        if den == 1000:
            return n / 1000
        d = get(f, den)
        return n / d if d and d > 0 else None
    return fn


# workload: title, topologies ('main', 'fast': W6's, or 'scale'), figures
# (label, function of a boot's figures).
WORKLOADS = {
    'w1': ('W1 fragmentation: slabs held / fewest that hold the live objects',
           'main', [('all rounds', ratio('frag_slabs', 'frag_need')),
                    ('worst round', ratio('frag_worst', 1000))]),
    'w2': ('W2 fallback hit: memoryless-node request / no-hint request on 1 CPU',
           'main', [('1 CPU', ratio('hit_memless', 'hit_local')),
                    ('4 CPUs at once', ratio('hit_memless_4cpu', 'hit_local'))]),
    'w3': ('W3 fallback with growth: memoryless-node request / no-hint request on 1 CPU',
           'main', [('1 CPU', ratio('grow_memless', 'grow_local')),
                    ('4 CPUs at once', ratio('grow_memless_4cpu', 'grow_local')),
                    ('extra slabs, 1 CPU', ratio('grow_memless_extra', None)),
                    ('extra slabs, 4 CPUs', ratio('grow_memless_4cpu_extra', None))]),
    'w4': ('W4 node-count scaling: growth for the memoryless node / local growth',
           'scale', [('growth', ratio('scale_memless', 'scale_local')),
                     ('zonelist pages / local',
                      ratio('scale_page_memless', 'scale_page_local'))]),
    'w5': ('W5 memoryless-node CPU churn: its CPU / a CPU with memory',
           'main', [('/ first memory CPU', ratio('churn_memless_cpu', 'churn_mem_cpu')),
                    ('/ last memory CPU',
                     ratio('churn_memless_cpu', 'churn_last_mem_cpu'))]),
    'w6': ('W6 fast path: kmalloc+kfree / jhash of 64 bytes, same boot',
           'fast', [(f'{shape} {size}', ratio(f'fast_{shape}_{size}', 'fast_reference'))
                    for shape in ('batch', 'pair') for size in SIZES]),
    'w7': ('W7 hackbench: pinned to the memoryless node\'s CPU / to a CPU with memory',
           'main', [('/ first memory CPU', ratio('hb_memless_cpu', 'hb_mem_cpu')),
                    ('/ last memory CPU', ratio('hb_memless_cpu', 'hb_last_cpu'))]),
}


def read_manifest(path):
    """{(label, topology): [figures of each boot]}, labels in order."""
    seen, labels = {}, []
    with open(path) as f:
        for line in f:
            label, topo, boot, log = line.rstrip('\n').split('\t')
            if label not in labels:
                labels.append(label)
            # Each workload boots on its own: merge a round's boots.
            figs = seen.setdefault((label, topo), {}).setdefault(boot, {})
            with open(log, errors='replace') as lf:
                for m in map(LINE.match, lf):
                    if m:
                        figs.setdefault(m.group(1), []).append(int(m.group(2)))
    boots = {key: [{k: statistics.median(v) for k, v in figs.items()}
                   for figs in by_boot.values()]
             for key, by_boot in seen.items()}
    return boots, labels


def summary(boots, label, topo, fn):
    """(median, smallest, largest) over the boots, or None."""
    vals = [fn(f) for f in boots.get((label, topo), [])]
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    return statistics.median(vals), min(vals), max(vals)


CELL = 19


def cell(s, count=False):
    """Median and spread; for a count, median and range."""
    if s is None:
        return 'n/a'.rjust(CELL)
    med, lo, hi = s
    if count:
        return f'{med:.0f} ({lo:.0f}-{hi:.0f})'.rjust(CELL)
    spread = (hi - lo) / med * 100 if med else 0
    return f'{med:.2f}x ({spread:.0f}%)'.rjust(CELL)


def goals(res, scale):
    """The issue's goal per workload: (text, value shown, met or None)."""
    def get(w, fig, label, topo):
        s = res.get((w, fig, topo, label))
        return s[0] if s else None

    def both(w, limit):
        a = get(w, '/ first memory CPU', 'series', MAIN)
        b = get(w, '/ last memory CPU', 'series', MAIN)
        shown = f'{a:.2f} and {b:.2f}' if a and b else None
        return (f'series <= {limit} against either CPU with memory', shown,
                None if shown is None else a <= limit and b <= limit)

    out = {}
    g = get('w1', 'all rounds', 'series', MAIN)
    out['w1'] = ('series <= 1.02', g and f'{g:.3f}', None if g is None else g <= 1.02)
    a = get('w3', '4 CPUs at once', '6.1', MAIN)
    b = get('w3', '4 CPUs at once', 'series', MAIN)
    x = [get('w3', f, 'series', MAIN) for f in ('extra slabs, 1 CPU', 'extra slabs, 4 CPUs')]
    known = None not in (a, b) and None not in x
    out['w3'] = ('6.1 / series >= 1.3 on 4 CPUs, no extra slab on the series',
                 known and f'{a / b:.2f}, extra {x[0]:.0f} and {x[1]:.0f}',
                 a / b >= 1.3 and not any(x) if known else None)
    first, last = scale[0], scale[-1]
    a, b = get('w4', 'growth', 'series', first), get('w4', 'growth', 'series', last)
    out['w4'] = (f'series: {last} / {first} <= 1.2', a and b and f'{b / a:.2f}',
                 b / a <= 1.2 if a and b and first != last else None)
    out['w5'] = both('w5', 1.2)
    worst = None
    for name, _ in WORKLOADS['w6'][2]:
        a, b = get('w6', name, '6.1', FAST), get('w6', name, 'series', FAST)
        if a and b and (worst is None or abs(b / a - 1) > abs(worst - 1)):
            worst = b / a
    out['w6'] = ('series / 6.1 within 2% on every size (the farthest shown)',
                 worst and f'{worst:.3f}', None if worst is None else abs(worst - 1) <= 0.02)
    out['w7'] = both('w7', 1.3)
    return out


def plot(outdir, w, title, rows, labels):
    """A clustered bar chart, a cluster per row, a bar per kernel, the
    error bars from the smallest to the largest boot."""
    dat = os.path.join(outdir, f'{w}.dat')
    with open(dat, 'w') as f:
        for name, cells in rows:
            f.write('"%s"' % name)
            for s in cells:
                f.write(' %g %g %g' % s if s else ' NaN NaN NaN')
            f.write('\n')
    cols = ', '.join(
        f"'{dat}' using {2 + 3 * i}:{3 + 3 * i}:{4 + 3 * i}"
        + (':xtic(1)' if i == 0 else '') + f" title '{label}'"
        for i, label in enumerate(labels))
    script = f"""set terminal png size 960,600
set output '{os.path.join(outdir, w + ".png")}'
set title "{title}"
set style data histogram
set style histogram errorbars gap 1 lw 1
set style fill solid 0.7 border -1
set grid ytics
set ylabel "x its reference in the same boot"
set yrange [0:*]
set key outside right
set xtics rotate by -30 scale 0
set bmargin 11
plot {cols}
"""
    subprocess.run(['gnuplot'], input=script, text=True, check=True)


MAIN = FAST = None


def main():
    global MAIN, FAST
    if len(sys.argv) != 6:
        sys.exit('usage: benchtab.py MANIFEST OUTDIR MAIN_TOPOLOGY FAST_TOPOLOGY SCALE_TOPOLOGIES')
    manifest, outdir, MAIN, FAST, scale = sys.argv[1:]
    scale = scale.split()
    boots, labels = read_manifest(manifest)
    res = {}
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(('.csv', '.dat', '.png')):
            os.remove(os.path.join(outdir, f))
    gnuplot = shutil.which('gnuplot')
    topos = {'main': [MAIN], 'fast': [FAST], 'scale': scale}
    with open(os.path.join(outdir, 'bench.csv'), 'w', newline='') as f:
        out = csv.writer(f)
        out.writerow(['workload', 'figure', 'topology', 'kernel', 'median', 'min', 'max'])
        for w, (title, where, figures) in WORKLOADS.items():
            rows = []
            for name, fn in figures:
                for topo in topos[where]:
                    cells = [summary(boots, label, topo, fn) for label in labels]
                    if not any(cells):
                        continue
                    rows.append((name if where != 'scale' else f'{name}, {topo}', cells))
                    for label, s in zip(labels, cells):
                        res[(w, name, topo, label)] = s
                        if s:
                            out.writerow([w, name, topo, label, *('%g' % v for v in s)])
            if not rows:
                continue
            print(f'\n{title}' + (f' ({topos[where][0]})' if where != 'scale' else ''))
            width = max(len(name) for name, _ in rows)
            print(' ' * width + ''.join(label.rjust(CELL + 2) for label in labels))
            for name, cells in rows:
                print(name.ljust(width) + ''.join('  ' + cell(s, name.startswith('extra'))
                                                  for s in cells))
            if gnuplot:
                plot(outdir, w, title, [r for r in rows if not r[0].startswith('extra')],
                     labels)
    print('\nGoals (medians of the boots)')
    for w, (text, value, met) in goals(res, scale).items():
        if any(k[0] == w for k in res):
            verdict = {True: 'met', False: 'NOT met', None: 'unknown'}[met]
            print(f'  {w}: {text}: {value or "n/a"} -> {verdict}')


if __name__ == '__main__':
    main()
