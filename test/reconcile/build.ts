// Small builders for hand-made claim lists: one line per claim reads like the sentence it codes.
import type { EventClaim, FigureClaim, FigureValue, Hedge, SourceKind } from '../../src/extract/types.js';
import type { ReconcileInput } from '../../src/reconcile/types.js';

let pos = 0;

export function v(low: number | null, high: number | null = low, hedge: Hedge = 'exact'): FigureValue {
  return { low, high, hedge };
}
export const exact = (n: number) => v(n, n, 'exact');
export const about = (n: number) => v(n, n, 'about');
export const atLeast = (n: number) => v(n, null, 'at_least');
export const atMost = (n: number) => v(null, n, 'at_most');
export const range = (a: number, b: number) => v(a, b, 'range');

export function fig(id: string, measure: FigureClaim['measure'], group: string, value: FigureValue,
  source: string, kind: SourceKind, extra: Partial<FigureClaim> = {}): FigureClaim {
  pos += 10;
  return { id, type: 'figure', measure, group, value, source: { name: source, kind }, span: { start: pos, end: pos + 5 }, ...extra };
}

export function ev(id: string, event: string, source: string, kind: SourceKind, extra: Partial<EventClaim> = {}): EventClaim {
  pos += 10;
  return { id, type: 'event', event, source: { name: source, kind }, span: { start: pos, end: pos + 5 }, ...extra };
}

type R = ReconcileInput['reports'][number];

export function report(id: string, published: string, outlet: string, claims: R['claims'], extra: Partial<R['report']> = {}): R {
  return { report: { id, published, outlet, ...extra }, claims };
}
