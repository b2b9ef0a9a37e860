#!/usr/bin/env python3
"""Tables, CSV and plots of make bench from its boots' console logs.

    benchtab.py MANIFEST OUTDIR MAIN_TOPOLOGY SCALE_TOPOLOGIES

MANIFEST has a line "<kernel label> <topology> <boot> <log>" per boot.
Logs carry "slab_fallback_bench: <name> <value>" lines (a name printed
more than once in a boot counts with its median).  Every figure is a
ratio to a reference of the same boot; a table cell is the median of the
boots, with the spread (largest less smallest, against the median).
Writes OUTDIR/<workload>.csv and, with gnuplot, OUTDIR/<workload>.png.
"""

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
        return n / d if d else None
    return fn


# workload: title, unit, topologies ('main' or 'scale'), figures
# (label, function of a boot's figures), goal.
WORKLOADS = {
    'w1': ('W1 fragmentation: slabs held / fewest that hold the live objects',
           'main', [('mean over rounds', ratio('frag_mean', 1000)),
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
                     ('growth less its pages',
                      ratio('scale_memless-scale_page_memless',
                            'scale_local-scale_page_local'))]),
    'w5': ('W5 memoryless-node CPU churn: its CPU / a CPU with memory',
           'main', [('/ first memory CPU', ratio('churn_memless_cpu', 'churn_mem_cpu')),
                    ('/ last memory CPU',
                     ratio('churn_memless_cpu', 'churn_last_mem_cpu'))]),
    'w6': ('W6 fast path: kmalloc+kfree / jhash of 64 bytes, same boot',
           'main', [(f'{shape} {size}', ratio(f'fast_{shape}_{size}', 'fast_reference'))
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
            # A boot may have several logs (KUnit, hackbench).
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


def cell(s, count=False):
    if s is None:
        return f'{"n/a":>17}'
    med, lo, hi = s
    spread = (hi - lo) / med * 100 if med else 0
    return f'{med:>8.1f}  ({spread:3.0f}%)' if count else f'{med:>7.2f}x ({spread:3.0f}%)'


def goals(res, labels):
    """The issue's goal per workload: (text, met or None if unknown)."""
    def get(w, fig, label, topo=None):
        s = res.get((w, fig, topo, label))
        return s[0] if s else None

    out = {}
    ser, old = 'series', '6.1'
    g = get('w1', 'mean over rounds', ser)
    out['w1'] = ('series <= 1.02 (mean)', g, g is not None and g <= 1.02)
    a, b = get('w3', '4 CPUs at once', old), get('w3', '4 CPUs at once', ser)
    x = [get('w3', f, ser) for f in ('extra slabs, 1 CPU', 'extra slabs, 4 CPUs')]
    met = None if None in (a, b) or None in x else a / b >= 1.3 and not any(x)
    out['w3'] = ('6.1 / series >= 1.3 on 4 CPUs, series no extra slab',
                 a / b if a and b else None, met)
    out['w4'] = ('series: last topology / first <= 1.2', None, None)
    if 'scale' in res:
        first, last = res['scale'][0], res['scale'][-1]
        a, b = get('w4', 'growth', ser, first), get('w4', 'growth', ser, last)
        out['w4'] = (f'series: {last} / {first} <= 1.2', b / a if a and b else None,
                     b / a <= 1.2 if a and b else None)
    g = get('w5', '/ first memory CPU', ser)
    out['w5'] = ('series <= 1.2', g, g is not None and g <= 1.2)
    worst = None
    for name, _ in WORKLOADS['w6'][2]:
        a, b = get('w6', name, old), get('w6', name, ser)
        if a and b and (worst is None or abs(b / a - 1) > abs(worst - 1)):
            worst = b / a
    out['w6'] = ('series / 6.1 within 2% on every size (worst shown)', worst,
                 None if worst is None else abs(worst - 1) <= 0.02)
    g = get('w7', '/ first memory CPU', ser)
    out['w7'] = ('series <= 1.3', g, g is not None and g <= 1.3)
    return out


def plot(outdir, w, title, rows, labels):
    """A clustered bar chart, a cluster per row, a bar per kernel."""
    dat = os.path.join(outdir, f'{w}.dat')
    with open(dat, 'w') as f:
        for name, cells in rows:
            f.write('"%s"' % name)
            for s in cells:
                f.write(' %g %g %g' % (s if s else (0, 0, 0)))
            f.write('\n')
    cols = ', '.join(
        f"'{dat}' using {2 + 3 * i}:{3 + 3 * i}:{4 + 3 * i}"
        + (':xtic(1)' if i == 0 else '') + f" title '{label}'"
        for i, label in enumerate(labels))
    script = f"""set terminal png size 960,480
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
plot {cols}
"""
    subprocess.run(['gnuplot'], input=script, text=True, check=True)


def main():
    if len(sys.argv) != 5:
        sys.exit('usage: benchtab.py MANIFEST OUTDIR MAIN_TOPOLOGY SCALE_TOPOLOGIES')
    manifest, outdir, main_topo, scale = sys.argv[1:]
    boots, labels = read_manifest(manifest)
    topos = {t for _, t in boots}
    scale = [t for t in scale.split() if t in topos]
    res = {'scale': scale} if scale else {}
    os.makedirs(outdir, exist_ok=True)
    gnuplot = shutil.which('gnuplot')
    for w, (title, where, figures) in WORKLOADS.items():
        rows = []
        for name, fn in figures:
            for topo in scale if where == 'scale' else [main_topo]:
                cells = [summary(boots, label, topo, fn) for label in labels]
                if any(cells):
                    rows.append((name if where == 'main' else f'{name}, {topo}', cells))
                    for label, s in zip(labels, cells):
                        res[(w, name, None if where == 'main' else topo, label)] = s
        if not rows:
            continue
        print(f'\n{title}' + (f' ({main_topo})' if where == 'main' else ''))
        print(f'{"":34}' + ''.join(f'{label:>19}' for label in labels))
        for name, cells in rows:
            print(f'{name:34}' + ''.join('  ' + cell(s, name.startswith('extra'))
                                        for s in cells))
        with open(os.path.join(outdir, f'{w}.csv'), 'w') as f:
            f.write('workload,figure,kernel,median,min,max\n')
            for name, cells in rows:
                for label, s in zip(labels, cells):
                    if s:
                        f.write('%s,"%s",%s,%g,%g,%g\n' % (w, name, label, *s))
        if gnuplot:
            plot(outdir, w, title, [r for r in rows if not r[0].startswith('extra')],
                 labels)
    print('\nGoals')
    for w, (text, value, met) in goals(res, labels).items():
        if any(k[0] == w for k in res if isinstance(k, tuple)):
            v = 'n/a' if value is None else f'{value:.3f}'
            verdict = {True: 'met', False: 'NOT met', None: 'unknown'}[met]
            print(f'  {w}: {text}: {v} -> {verdict}')


if __name__ == '__main__':
    main()
