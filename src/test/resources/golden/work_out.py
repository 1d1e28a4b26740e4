# Independent worked figures for spec section 3, exact fractions; input: lake values (obs.tsv)
import csv, sys
from fractions import Fraction as F
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

obs_file, as_of_s, known_at = sys.argv[1], sys.argv[2], sys.argv[3]
as_of = date.fromisoformat(as_of_s)
TOL = F(1, 20)

def rows(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))

inds = rows('schemas/catalog/indicators.tsv')
areas = [a for a in rows('schemas/catalog/areas.tsv')]
obs = rows(obs_file)

def period(code):
    y = int(code[:4])
    if len(code) == 4:
        return ('annual', y, 1, date(y, 12, 31))
    if code[5] == 'Q':
        q = int(code[6]); m = q * 3
        end = (date(y, m % 12 + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
        return ('quarterly', y, q, end)
    m = int(code[6:8])
    end = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return ('monthly', y, m, end)

# the version known at known_at: latest received_at (then loaded) not after known_at
known = {}
for o in obs:
    if o['received_at'] > known_at:
        continue
    key = (o['indicator_code'], o['period_code'], o['area_code'], o['measure'])
    rank = (o['received_at'], o['loaded'])
    if key not in known or rank > known[key][0]:
        known[key] = (rank, F(Decimal(o['value'])))

def meets(v, comp, t, tmax):
    if v is None or comp == 'none':
        return None
    return {'gt': v > t, 'ge': v >= t, 'le': v <= t, 'between': tmax is not None and t <= v <= tmax}[comp]

def evaluate(ind, area):
    ws = date.fromisoformat(ind['window_start']); we = date.fromisoformat(ind['window_end'])
    t = F(Decimal(ind['target'])) if ind['target'] else None
    tmax = F(Decimal(ind['target_max'])) if ind['target_max'] else None
    comp = ind['comparator']; kind = ind['kind']
    per = {}
    for (i, p, a, m), (_, v) in known.items():
        if i != ind['code'] or a != area:
            continue
        freq, y, idx, end = period(p)
        if freq != ind['frequency'] or end > as_of or end > we:
            continue
        per.setdefault(p, {'end': end, 'year': y})[m] = v
    ordered = sorted(per.items(), key=lambda kv: kv[1]['end'])
    wdays = (we - ws).days + 1
    if not ordered:
        return dict(cutoff=None, elapsed=None, baseline=None, latest=None, cumulative=None, progress=None,
                    status='no_data', projected=None, will_meet=None, met=False, t=t, tmax=tmax, comp=comp)
    def year_to_date(p_end, year):
        # the year's periods up to p_end; the spec's rule at p = latest of them
        ps = [d for _, d in ordered if d['year'] == year and d['end'] <= p_end]
        p = ps[-1]
        if 'ytd' in p:
            return p['ytd']
        earlier = [d for d in ps[:-1] if 'ytd' in d]
        if earlier:
            q = earlier[-1]
            return q['ytd'] + sum(d.get('period', 0) for d in ps if d['end'] > q['end'])
        return sum(d.get('period', 0) for d in ps)
    def value(d):
        if kind != 'flow':
            return d['period'] if 'period' in d else d['ytd']
        if 'period' in d:
            return d['period']
        prev = [e for _, e in ordered if e['year'] == d['year'] and e['end'] < d['end']]
        return d['ytd'] - (year_to_date(prev[-1]['end'], d['year']) if prev else 0)
    cutoff = ordered[-1][1]['end']
    has_data = any(d['end'] >= ws for _, d in ordered)
    before = [d for _, d in ordered if d['end'] <= ws - timedelta(days=1)]
    baseline = value(before[-1]) if before else None
    latest = value(ordered[-1][1])
    elapsed = min(max(F((cutoff - ws).days + 1, wdays), F(0)), F(1))
    cumulative = None
    if kind == 'flow' and has_data:
        years = sorted({d['year'] for _, d in ordered if d['end'] >= ws})
        cumulative = sum(year_to_date(max(d['end'] for _, d in ordered if d['year'] == y), y) for y in years)
    judged = cumulative if kind == 'flow' else latest
    progress = None
    if has_data and comp != 'none' and kind != 'rank':
        if kind == 'flow':
            progress = cumulative / t
        elif baseline is not None and baseline != t:
            progress = (latest - baseline) / (t - baseline)
        else:
            progress = latest / t
    met = bool(meets(judged, comp, t, tmax))
    if not has_data:
        status = 'no_data'
    elif comp == 'none':
        status = 'monitor'
    elif met:
        status = 'achieved'
    elif comp == 'between' and judged > tmax:
        status = 'above_range'
    elif kind == 'rank':
        status = 'lagging'
    elif progress >= elapsed + TOL:
        status = 'ahead'
    elif progress >= elapsed - TOL:
        status = 'on_track'
    else:
        status = 'lagging'
    projected = None
    if has_data and elapsed > 0:
        if kind == 'flow':
            projected = cumulative / elapsed
        elif kind in ('stock', 'level') and baseline is not None:
            projected = baseline + (latest - baseline) / elapsed
    return dict(cutoff=cutoff, elapsed=elapsed if has_data or True else None, baseline=baseline, latest=latest,
                cumulative=cumulative, progress=progress, status=status, projected=projected,
                will_meet=meets(projected, comp, t, tmax), met=met, t=t, tmax=tmax, comp=comp, has_data=has_data)

def num(v):
    if v is None:
        return ''
    d = (Decimal(v.numerator) / Decimal(v.denominator)).quantize(Decimal('0.000001'), rounding=ROUND_HALF_UP)
    s = format(d.normalize(), 'f')
    return '0' if s in ('-0', '0') else s

def b(v):
    return '' if v is None else str(v).lower()

print('indicator_code,area_code,as_of,cutoff,elapsed,baseline,latest,cumulative,target,target_max,comparator,'
      'progress,status,projected,will_meet,areas_met,areas_total')
for ind in inds:
    def line(area, r, met='', total=''):
        print(','.join([ind['code'], area, as_of_s, str(r['cutoff'] or ''), num(r['elapsed']), num(r['baseline']),
                        num(r['latest']), num(r['cumulative']), num(r['t']), num(r['tmax']), r['comp'],
                        num(r['progress']), r['status'], num(r['projected']), b(r['will_meet']), str(met), str(total)]))
    if ind['per_area'] == 'yes':
        subs = sorted(a['code'] for a in areas if a['kind'] != 'district')
        results = {a: evaluate(ind, a) for a in subs}
        cut = max(r['cutoff'] for r in results.values() if r['cutoff'])
        ws = date.fromisoformat(ind['window_start']); we = date.fromisoformat(ind['window_end'])
        el = min(F((cut - ws).days + 1, (we - ws).days + 1), F(1))
        met = sum(1 for r in results.values() if r['met'])
        prog = F(met, len(subs))
        st = 'achieved' if met == len(subs) else ('ahead' if prog >= el + TOL else 'on_track' if prog >= el - TOL else 'lagging')
        line('JA', dict(cutoff=cut, elapsed=el, baseline=None, latest=None, cumulative=None, progress=prog, status=st,
                        projected=None, will_meet=None, t=results[subs[0]]['t'], tmax=results[subs[0]]['tmax'],
                        comp=ind['comparator']), met, len(subs))
        for a in subs:
            line(a, results[a])
    else:
        line('JA', evaluate(ind, 'JA'))
