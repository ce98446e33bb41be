// Reading a hedged figure as numbers: bounds, a point value, compatibility and material difference.
import type { FigureValue } from '../extract/types.js';

/** "about 500" is read as 500 ± 10 %: close enough to 450 or 540 not to be a contradiction. */
const ABOUT_TOLERANCE = 0.1;

/** The interval a claim allows; hi may be Infinity ("at least 30"). */
export function bounds(v: FigureValue): { lo: number; hi: number } {
  const low = v.low;
  const high = v.high;
  switch (v.hedge) {
    case 'exact':
      return { lo: low ?? high ?? 0, hi: high ?? low ?? Infinity };
    case 'about': {
      const n = low ?? high ?? 0;
      // Rounded first: 52000 * 1.1 is 57200.000000000004 in floating point.
      const r = (x: number) => Math.round(x * 1e6) / 1e6;
      return { lo: Math.floor(r(n * (1 - ABOUT_TOLERANCE))), hi: Math.ceil(r(n * (1 + ABOUT_TOLERANCE))) };
    }
    case 'at_least':
      return { lo: low ?? 0, hi: Infinity };
    case 'at_most':
      return { lo: 0, hi: high ?? Infinity };
    default:
      return { lo: low ?? 0, hi: high ?? Infinity };
  }
}

/** The lowest number the claim asserts, when it asserts one ("at most 40" asserts none; "about 500" 450). */
export function lowerBound(v: FigureValue): number | null {
  if (v.hedge === 'at_most') return null;
  if (v.hedge === 'about') return bounds(v).lo;
  return v.low ?? (v.hedge === 'exact' ? v.high : null);
}

/** The highest number the claim allows, when it caps the figure ("at least 30" does not). */
export function upperBound(v: FigureValue): number | null {
  if (v.hedge === 'at_least') return null;
  if (v.hedge === 'about') return bounds(v).hi;
  return v.high ?? (v.hedge === 'exact' ? v.low : null);
}

/** One number for the claim, or null for vague words ("dozens") that name no number. */
export function pointValue(v: FigureValue): number | null {
  switch (v.hedge) {
    case 'exact':
    case 'about':
    case 'at_least':
      return v.low ?? v.high;
    case 'at_most':
      return v.high ?? v.low;
    case 'range':
      if (v.low !== null && v.high !== null) return Math.round((v.low + v.high) / 2);
      return v.low ?? v.high;
    default:
      return null;
  }
}

/** Two claims are compatible when the numbers they allow overlap. */
export function compatible(a: FigureValue, b: FigureValue): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/**
 * "Materially different": the intervals do not overlap, and the gap between them is more than 2
 * and more than 10 % of the larger number. 26 vs 27 is noise; 214 held vs 0 held is a contradiction.
 */
export function materiallyDifferent(a: FigureValue, b: FigureValue): boolean {
  const x = bounds(a);
  const y = bounds(b);
  const [lower, upper] = x.hi < y.lo ? [x, y] : y.hi < x.lo ? [y, x] : [null, null];
  if (!lower || !upper) return false;
  const gap = upper.lo - lower.hi;
  return gap > 2 && gap > 0.1 * upper.lo;
}

/** base + increment, keeping the weaker hedge ("at least 104" + 50 = "at least 154"). */
export function addValues(base: FigureValue, by: FigureValue): FigureValue {
  const low = base.low !== null && by.low !== null ? base.low + by.low : null;
  const high = base.high !== null && by.high !== null ? base.high + by.high : null;
  const hedge = base.hedge === by.hedge ? base.hedge
    : base.hedge === 'exact' ? by.hedge
    : by.hedge === 'exact' ? base.hedge
    : low !== null && high !== null ? 'range'
    : low !== null ? 'at_least' : 'at_most';
  return { low, high, hedge };
}

export function sameValue(a: FigureValue, b: FigureValue): boolean {
  return a.low === b.low && a.high === b.high && a.hedge === b.hedge;
}

/** "at least 30", "about 500", "24–99 (dozens)", "all". */
export function formatValue(v: FigureValue, text?: string, quantifier?: string): string {
  if (quantifier === 'all' && v.low === null && v.high === null) return 'all';
  switch (v.hedge) {
    case 'exact': return n(v.low ?? v.high);
    case 'about': return `about ${n(v.low ?? v.high)}`;
    case 'at_least': return `at least ${n(v.low)}`;
    case 'at_most': return `at most ${n(v.high)}`;
    case 'range': return `${n(v.low)}–${n(v.high)}`;
    default: {
      const span = v.high === null ? `${n(v.low)}+` : `${n(v.low)}–${n(v.high)}`;
      return text ? `${span} (${text.trim()})` : `${span} (vague)`;
    }
  }
}

function n(x: number | null): string {
  return x === null ? '?' : String(x);
}
