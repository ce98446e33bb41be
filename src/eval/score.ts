// Scores predicted claims against gold, per report, then sums reports into a summary.
// Pure: no I/O. A predicted figure matches a gold figure (one-to-one) when measure, group and value
// (low, high, hedge) are equal and the predicted span overlaps the gold evidence span.
import type { Claim, EventClaim, FigureClaim, Span } from '../extract/types.js';
import type { GoldEvent, GoldFigure, GoldReport, GoldSource } from './gold.js';
import { countAgreement, reportCounts, type ReportCounts } from './counts.js';
import type { SingularVictim } from '../extract/singular-victims.js';

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  gold: GoldFigure;
  /** Unmatched predictions over the same span: usually the reason for the miss. */
  near: FigureClaim[];
}

export interface ReportScore {
  file: string;
  figures: Counts;
  perMeasure: Record<string, Counts>;
  /** Matches whose source is also right. */
  sourceTp: number;
  /** Pairs matched on measure + group + span only, and how many of them have the right hedge. */
  hedge: { pairs: number; right: number };
  /** Gold parts (matched) whose predicted parts_of points to the prediction matched to the gold total. */
  links: { gold: number; pred: number; right: number };
  /** Matched pairs whose increment / scope=other / repeat marks agree. */
  flags: { pairs: number; right: number };
  /** Only for reports whose gold codes events (any `event` line). */
  events?: Counts;
  /** The count a coder would record per measure (counts.ts), from gold and from the prediction. */
  counts: ReportCounts;
  matches: Array<{ gold: GoldFigure; pred: FigureClaim }>;
  misses: Miss[];
  falseAlarms: FigureClaim[];
}

export interface Summary extends Prf {
  reports: number;
  gold: number;
  pred: number;
  tp: number;
  perMeasure: Record<string, Counts & Prf>;
  source: { tp: number } & Prf;
  hedge: { pairs: number; right: number; accuracy: number };
  links: { gold: number; pred: number; right: number; recall: number; precision: number };
  flags: { pairs: number; right: number; accuracy: number };
  events: (Counts & Prf & { reports: number }) | null;
  /** Per measure: reports whose coder's count (counts.ts) sitrep gives too. */
  counts: ReturnType<typeof countAgreement>;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameValue(g: GoldFigure, p: FigureClaim): boolean {
  const v = p.value;
  return !!v && v.low === g.value.low && v.high === g.value.high && v.hedge === g.value.hedge;
}

function validSpan(s: unknown): s is Span {
  return !!s && typeof (s as Span).start === 'number' && typeof (s as Span).end === 'number';
}

function normName(s: string): string {
  return s.trim().toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ');
}

/** Kind equal, and the name equals one alternative (case-insensitive, leading "the" dropped) or either contains the other. */
export function sourceMatches(gold: GoldSource, pred: { name?: string; kind?: string } | undefined): boolean {
  if (!pred || pred.kind !== gold.kind || typeof pred.name !== 'string') return false;
  const p = normName(pred.name);
  if (p === '') return false;
  return gold.names.some((alt) => {
    const g = normName(alt);
    return g === p || g.includes(p) || p.includes(g);
  });
}

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths); the lists are small.
 * Candidates are tried in order of larger overlap first so that ties go to the closest span.
 */
export function matchPairs<G, P>(
  gold: G[], pred: P[], ok: (g: G, p: P) => boolean, closeness: (g: G, p: P) => number,
): Array<[number, number]> {
  const cand = gold.map((g) => pred.map((p, j) => [j, p] as const)
    .filter(([, p]) => ok(g, p))
    .sort((a, b) => closeness(g, b[1]) - closeness(g, a[1]) || a[0] - b[0])
    .map(([j]) => j));
  const predOwner = new Array<number>(pred.length).fill(-1);
  const tryAssign = (gi: number, seen: boolean[]): boolean => {
    for (const pj of cand[gi]) {
      if (seen[pj]) continue;
      seen[pj] = true;
      if (predOwner[pj] < 0 || tryAssign(predOwner[pj], seen)) {
        predOwner[pj] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryAssign(gi, new Array<boolean>(pred.length).fill(false));
  const pairs: Array<[number, number]> = [];
  predOwner.forEach((gi, pj) => { if (gi >= 0) pairs.push([gi, pj]); });
  return pairs.sort((a, b) => a[0] - b[0]);
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function bump(table: Record<string, Counts>, key: string, field: keyof Counts): void {
  table[key] ??= { gold: 0, pred: 0, tp: 0 };
  table[key][field]++;
}

export function scoreReport(gold: GoldReport, predicted: Claim[], singles: readonly SingularVictim[] = []): ReportScore {
  const preds = predicted.filter((c): c is FigureClaim => c.type === 'figure' && validSpan(c.span));
  const golds = gold.figures;
  const closeness = (g: GoldFigure, p: FigureClaim): number => overlapLength(g.span, p.span);
  const strict = matchPairs(golds, preds,
    (g, p) => p.measure === g.measure && p.group === g.group && sameValue(g, p) && overlaps(g.span, p.span), closeness);

  const perMeasure: Record<string, Counts> = {};
  for (const g of golds) bump(perMeasure, g.measure, 'gold');
  for (const p of preds) bump(perMeasure, p.measure, 'pred');
  const matches = strict.map(([gi, pj]) => ({ gold: golds[gi], pred: preds[pj] }));
  for (const m of matches) bump(perMeasure, m.gold.measure, 'tp');

  const sourceTp = matches.filter((m) => sourceMatches(m.gold.source, m.pred.source)).length;

  const loose = matchPairs(golds, preds,
    (g, p) => p.measure === g.measure && p.group === g.group && overlaps(g.span, p.span), closeness);
  const hedge = {
    pairs: loose.length,
    right: loose.filter(([gi, pj]) => preds[pj].value?.hedge === golds[gi].value.hedge).length,
  };

  // Breakdown links: compare through the matching, since gold labels and predicted ids differ.
  const predOfGold = new Map(matches.map((m) => [m.gold, m.pred]));
  const goldByLabel = new Map(golds.filter((g) => g.label).map((g) => [g.label!, g]));
  const links = { gold: 0, pred: 0, right: 0 };
  for (const m of matches) {
    if (m.pred.parts_of) links.pred++;
    if (!m.gold.partOf) continue;
    links.gold++;
    const total = goldByLabel.get(m.gold.partOf);
    const predTotal = total ? predOfGold.get(total) : undefined;
    if (predTotal && m.pred.parts_of === predTotal.id) links.right++;
  }

  const flags = {
    pairs: matches.length,
    right: matches.filter(({ gold: g, pred: p }) =>
      g.increment === (p.increment === true) && g.scopeOther === (p.scope === 'other')
      && g.repeat === (typeof p.repeat_of === 'string' && p.repeat_of !== '')).length,
  };

  const matchedPred = new Set(matches.map((m) => m.pred));
  const matchedGold = new Set(matches.map((m) => m.gold));
  const falseAlarms = preds.filter((p) => !matchedPred.has(p));
  const misses = golds.filter((g) => !matchedGold.has(g))
    .map((g) => ({ gold: g, near: falseAlarms.filter((p) => overlaps(g.span, p.span)) }));

  const score: ReportScore = {
    file: gold.file,
    figures: { gold: golds.length, pred: preds.length, tp: matches.length },
    perMeasure, sourceTp, hedge, links, flags, counts: reportCounts(golds, preds, singles), matches, misses, falseAlarms,
  };
  if (gold.events.length > 0) score.events = scoreEvents(gold.events, predicted);
  return score;
}

/** Events match on type and overlapping span. */
export function scoreEvents(gold: GoldEvent[], predicted: Claim[]): Counts {
  const preds = predicted.filter((c): c is EventClaim => c.type === 'event' && validSpan(c.span));
  const pairs = matchPairs(gold, preds, (g, p) => p.event === g.event && overlaps(g.span, p.span),
    (g, p) => overlapLength(g.span, p.span));
  return { gold: gold.length, pred: preds.length, tp: pairs.length };
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const precision = pred === 0 ? (gold === 0 ? 1 : 0) : tp / pred;
  const recall = gold === 0 ? (pred === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function summarize(scores: ReportScore[]): Summary {
  const sum = (f: (s: ReportScore) => number): number => scores.reduce((acc, s) => acc + f(s), 0);
  const gold = sum((s) => s.figures.gold);
  const pred = sum((s) => s.figures.pred);
  const tp = sum((s) => s.figures.tp);
  const measures: Record<string, Counts> = {};
  for (const s of scores) {
    for (const [m, c] of Object.entries(s.perMeasure)) {
      measures[m] ??= { gold: 0, pred: 0, tp: 0 };
      measures[m].gold += c.gold;
      measures[m].pred += c.pred;
      measures[m].tp += c.tp;
    }
  }
  const perMeasure: Summary['perMeasure'] = {};
  for (const m of Object.keys(measures).sort()) perMeasure[m] = { ...measures[m], ...prf(measures[m].tp, measures[m].pred, measures[m].gold) };
  const sourceTp = sum((s) => s.sourceTp);
  const hedge = { pairs: sum((s) => s.hedge.pairs), right: sum((s) => s.hedge.right) };
  const links = { gold: sum((s) => s.links.gold), pred: sum((s) => s.links.pred), right: sum((s) => s.links.right) };
  const flags = { pairs: sum((s) => s.flags.pairs), right: sum((s) => s.flags.right) };
  const ev = scores.filter((s) => s.events);
  const events = ev.length === 0 ? null : (() => {
    const c = { gold: 0, pred: 0, tp: 0 };
    for (const s of ev) { c.gold += s.events!.gold; c.pred += s.events!.pred; c.tp += s.events!.tp; }
    return { reports: ev.length, ...c, ...prf(c.tp, c.pred, c.gold) };
  })();
  return {
    reports: scores.length, gold, pred, tp, ...prf(tp, pred, gold), perMeasure,
    source: { tp: sourceTp, ...prf(sourceTp, pred, gold) },
    hedge: { ...hedge, accuracy: ratio(hedge.right, hedge.pairs) },
    links: { ...links, recall: ratio(links.right, links.gold), precision: ratio(links.right, links.pred) },
    flags: { ...flags, accuracy: ratio(flags.right, flags.pairs) },
    events,
    counts: countAgreement(scores.map((s) => s.counts)),
  };
}
