// Stale counts for the estimate: the one-sweep staleClaims must say what comparing every pair says.
import { describe, expect, it } from 'vitest';
import type { FigureClaim, FigureValue } from '../../src/extract/types.js';
import { staleClaims, type WorkClaim } from '../../src/reconcile/figures.js';
import { CUMULATIVE, SHRINKING } from '../../src/reconcile/groups.js';
import { lowerBound, upperBound } from '../../src/reconcile/values.js';

/** The definition, pair by pair. */
function naive(ws: WorkClaim[]): Set<WorkClaim> {
  return new Set(ws.filter((w) => {
    const cumulative = CUMULATIVE.has(w.claim.measure);
    if (!cumulative && !SHRINKING.has(w.claim.measure)) return false;
    const wHigh = upperBound(w.effective) ?? lowerBound(w.effective);
    const wLow = lowerBound(w.effective);
    return ws.some((o) => {
      if (o === w || o.reportIndex <= w.reportIndex) return false;
      if (cumulative) { const lo = lowerBound(o.effective); return lo !== null && wHigh !== null && lo > wHigh; }
      const hi = upperBound(o.effective);
      return hi !== null && wLow !== null && hi < wLow;
    });
  }));
}

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const HEDGES: FigureValue['hedge'][] = ['exact', 'about', 'at_least', 'at_most', 'range', 'vague'];

function work(measure: FigureClaim['measure'], reportIndex: number, r: () => number): WorkClaim {
  const hedge = HEDGES[Math.floor(r() * HEDGES.length)];
  const low = hedge === 'at_most' || (hedge === 'vague' && r() < 0.5) ? null : Math.floor(r() * 40);
  const high = hedge === 'at_least' ? null : hedge === 'range' ? (low ?? 0) + Math.floor(r() * 10) : hedge === 'vague' ? null : hedge === 'at_most' ? Math.floor(r() * 40) : low;
  const value: FigureValue = { low, high, hedge };
  const claim = { id: 'c', type: 'figure', measure, group: 'people', value, source: { name: 's', kind: 'official' }, span: { start: 0, end: 1 } } as FigureClaim;
  return {
    pc: { id: `r${reportIndex}:c`, reportId: `r${reportIndex}`, value, source: { name: 's', kind: 'official', key: 's' }, report: { outlet: null, published: null }, span: { start: 0, end: 1 }, status: 'latest' },
    claim, reportIndex, order: 0, published: null, sourceKey: 's', sourceName: 's', kind: 'official', effective: value,
    reviewerConfirmed: false, rejected: false,
  };
}

describe('staleClaims', () => {
  it.each([
    ['killed', 1], ['killed', 2], ['missing', 3], ['missing', 4], ['held', 5], ['freed', 6],
  ] as const)('%s (seed %i): the same claims as comparing every pair', (measure, seed) => {
    const r = rng(seed);
    let found = 0;
    for (let round = 0; round < 50; round++) {
      // Few reports, so that several claims share one (claims of one report do not make each other stale).
      const ws = Array.from({ length: 1 + Math.floor(r() * 30) }, () => work(measure, Math.floor(r() * 8), r));
      const got = staleClaims(ws);
      expect(got).toEqual(naive(ws));
      found += got.size;
    }
    // Only cumulative and shrinking counts go stale.
    expect(found > 0).toBe(CUMULATIVE.has(measure) || SHRINKING.has(measure));
  });
});
