// The count a coder would record for a text, computed the same way from gold and from predictions, so
// the eval can say how often sitrep reports the coder's number (issue #4: "whether the count that human
// coders recorded for a text is the one sitrep reports"). The rule is src/extract/text-counts.ts, the one
// `sitrep extract --json` reports as `counts`. Pure: no I/O.
//
// People the text names one at a time ("a guard was shot dead": singular-victims.ts) are found in the text, not in
// gold or claims, so both sides add the same ones by the same rule: the agreement measures the claims, as before.
import type { FigureClaim } from '../extract/types.js';
import type { SingularVictim } from '../extract/singular-victims.js';
import { countOf, standalone, withSingles } from '../extract/text-counts.js';
import type { GoldFigure } from './gold.js';

/** The measures whose per-text count coders record. */
export const CODED_MEASURES = ['killed', 'injured'] as const;

export function goldCount(golds: GoldFigure[], measure: string, singles: readonly SingularVictim[] = []): number | null {
  const items = golds.filter((g) => !g.partOf && !g.repeat && !g.scopeOther && !g.increment)
    .map((g, i) => ({ id: String(i), measure: g.measure, group: g.group, low: g.value.low, kind: g.source.kind }));
  return withSingles(countOf(items, measure), singles, measure)?.value ?? null;
}

export function predictedCount(preds: FigureClaim[], measure: string, singles: readonly SingularVictim[] = []): number | null {
  return withSingles(countOf(standalone(preds), measure), singles, measure)?.value ?? null;
}

/** Per measure with a count in gold or prediction: both counts (null = the text gives none). */
export type ReportCounts = Record<string, { gold: number | null; pred: number | null }>;

export function reportCounts(golds: GoldFigure[], preds: FigureClaim[], singles: readonly SingularVictim[] = []): ReportCounts {
  const out: ReportCounts = {};
  for (const m of CODED_MEASURES) {
    const gold = goldCount(golds, m, singles);
    const pred = predictedCount(preds, m, singles);
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
