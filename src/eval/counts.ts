// The count a coder would record for a text, computed the same way from gold and from predictions, so
// the eval can say how often sitrep reports the coder's number (issue #4: "whether the count that human
// coders recorded for a text is the one sitrep reports"). Pure: no I/O.
//
// Rule: take the text's claims of one measure that stand on their own (not a part of a total, not a
// repeat, not about another incident, not an increment); keep the largest low value per group (several
// sources or updates of one group are one count, not a sum); add the groups up. When a claim about all
// people is at least that sum, it is the count (the groups were its parts, said without "including").
import type { FigureClaim } from '../extract/types.js';
import type { GoldFigure } from './gold.js';

/** The measures whose per-text count coders record. */
export const CODED_MEASURES = ['killed', 'injured'] as const;

interface Countable { measure: string; group: string; low: number | null }

function codedCount(items: Countable[], measure: string): number | null {
  const perGroup = new Map<string, number>();
  for (const c of items) {
    if (c.measure !== measure || c.low === null) continue;
    perGroup.set(c.group, Math.max(perGroup.get(c.group) ?? 0, c.low));
  }
  if (perGroup.size === 0) return null;
  const people = perGroup.get('people');
  let rest = 0;
  for (const [g, n] of perGroup) if (g !== 'people') rest += n;
  return people === undefined ? rest : Math.max(people, rest);
}

export function goldCount(golds: GoldFigure[], measure: string): number | null {
  return codedCount(golds.filter((g) => !g.partOf && !g.repeat && !g.scopeOther && !g.increment)
    .map((g) => ({ measure: g.measure, group: g.group, low: g.value.low })), measure);
}

export function predictedCount(preds: FigureClaim[], measure: string): number | null {
  return codedCount(preds.filter((p) => !p.parts_of && !p.repeat_of && p.scope !== 'other' && p.increment !== true)
    .map((p) => ({ measure: p.measure, group: p.group, low: p.value?.low ?? null })), measure);
}

/** Per measure with a count in gold or prediction: both counts (null = the text gives none). */
export type ReportCounts = Record<string, { gold: number | null; pred: number | null }>;

export function reportCounts(golds: GoldFigure[], preds: FigureClaim[]): ReportCounts {
  const out: ReportCounts = {};
  for (const m of CODED_MEASURES) {
    const gold = goldCount(golds, m);
    const pred = predictedCount(preds, m);
    if (gold !== null || pred !== null) out[m] = { gold, pred };
  }
  return out;
}

/** Per measure: reports with a count in gold or prediction, and how many of them agree. */
export function countAgreement(reports: ReportCounts[]): Record<string, { reports: number; agree: number; rate: number }> {
  const out: Record<string, { reports: number; agree: number; rate: number }> = {};
  for (const m of CODED_MEASURES) {
    const these = reports.map((r) => r[m]).filter((c) => c !== undefined);
    if (these.length === 0) continue;
    const agree = these.filter((c) => c.gold === c.pred).length;
    out[m] = { reports: these.length, agree, rate: agree / these.length };
  }
  return out;
}
