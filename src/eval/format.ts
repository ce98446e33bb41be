// Plain-text rendering of eval results: a summary table per split, then misses and false alarms.
import type { FigureClaim, FigureValue } from '../extract/types.js';
import type { GoldFigure } from './gold.js';
import { sourceMatches, type ReportScore, type Summary } from './score.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const num = (n: number, w = 5): string => String(n).padStart(w);

function row(label: string, c: { gold: number; pred: number; tp: number; precision: number; recall: number; f1: number }): string {
  return `  ${label.padEnd(12)}${num(c.gold)}${num(c.pred)}${num(c.tp)}   ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`;
}

export function formatSummary(split: string, s: Summary): string {
  const lines = [
    `== ${split}: ${s.reports} reports ==`,
    `  ${'figures'.padEnd(12)} gold pred   tp       P%      R%     F1%`,
    row('all', s),
    ...Object.entries(s.perMeasure).map(([m, c]) => row(m, c)),
    `  source also right:  P ${pct(s.source.precision)}  R ${pct(s.source.recall)}  F1 ${pct(s.source.f1)}  (${s.source.tp} of ${s.tp} matches)`,
    `  hedge accuracy (measure+group+span matched): ${pct(s.hedge.accuracy)}%  (${s.hedge.right}/${s.hedge.pairs})`,
    `  breakdown links right: ${s.links.right}/${s.links.gold} gold parts, ${s.links.right}/${s.links.pred} predicted links`,
    `  increment/scope/repeat marks right on matches: ${s.flags.right}/${s.flags.pairs}`,
  ];
  const counts = Object.entries(s.counts).map(([m, c]) => `${m} ${c.agree}/${c.reports} (${pct(c.rate).trim()}%)`);
  if (counts.length) lines.push(`  coder's count per text (counts.ts) also sitrep's: ${counts.join(', ')}`);
  if (s.events) {
    lines.push(`  events (${s.events.reports} event-coded reports): gold ${s.events.gold} pred ${s.events.pred} tp ${s.events.tp}`
      + `  P ${pct(s.events.precision)}  R ${pct(s.events.recall)}  F1 ${pct(s.events.f1)}`);
  }
  return lines.join('\n') + '\n';
}

/** One line per style or incident type, sorted by F1 (worst first). */
export function formatGroups(by: string, groups: Array<[string, Summary]>): string {
  const lines = [`== by ${by} ==`, `  ${by.padEnd(20)}reports gold pred   tp       P%      R%     F1%  src-F1%`];
  for (const [k, s] of groups.sort((a, b) => a[1].f1 - b[1].f1 || a[0].localeCompare(b[0]))) {
    lines.push(`  ${k.padEnd(20)}${num(s.reports, 7)}${num(s.gold)}${num(s.pred)}${num(s.tp)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(s.source.f1)}`);
  }
  return lines.join('\n') + '\n';
}

export function formatValue(v: FigureValue | undefined): string {
  if (!v) return '?';
  const n = (x: number | null): string => (x === null ? '?' : String(x));
  switch (v.hedge) {
    case 'exact': return n(v.low);
    case 'about': return `about ${n(v.low)}`;
    case 'at_least': return `at_least ${n(v.low)}`;
    case 'at_most': return `at_most ${n(v.high)}`;
    default: return `${v.hedge} ${n(v.low)}-${n(v.high)}`;
  }
}

const clip = (s: string, n = 70): string => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');

function goldLine(g: GoldFigure): string {
  return `${g.measure} | ${g.group} | ${formatValue(g.value)} | ${g.source.names[0]} (${g.source.kind}) | "${clip(g.evidence)}"`;
}

function predLine(p: FigureClaim, text?: string): string {
  const ev = typeof p.text === 'string' ? p.text : text?.slice(p.span.start, p.span.end) ?? '';
  return `${p.measure} | ${p.group} | ${formatValue(p.value)} | ${p.source?.name} (${p.source?.kind}) | "${clip(ev)}" @${p.span.start}`;
}

// The increment / scope / repeat marks, compared as text.
function marks(g: GoldFigure): string {
  return [g.increment && 'increment', g.scopeOther && 'scope=other', g.repeat && 'repeat'].filter(Boolean).join(' ');
}

function predMarks(p: FigureClaim): string {
  return [p.increment === true && 'increment', p.scope === 'other' && 'scope=other',
    typeof p.repeat_of === 'string' && p.repeat_of !== '' && 'repeat'].filter(Boolean).join(' ');
}

export function formatDetails(scores: ReportScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    const wrongSource = s.matches.filter((m) => !sourceMatches(m.gold.source, m.pred.source));
    const wrongMarks = s.matches.filter((m) => marks(m.gold) !== predMarks(m.pred));
    const wrongCounts = Object.entries(s.counts).filter(([, c]) => c.gold !== c.pred);
    if (s.misses.length === 0 && s.falseAlarms.length === 0 && wrongSource.length === 0 && wrongMarks.length === 0
      && wrongCounts.length === 0) continue;
    out.push(`-- ${s.file}`);
    for (const [m, c] of wrongCounts) out.push(`  COUNT ${m}: coder's count ${c.gold ?? 'none'} <> sitrep's ${c.pred ?? 'none'}`);
    for (const m of s.misses) {
      out.push(`  MISS  gold L${m.gold.line}: ${goldLine(m.gold)}`);
      for (const p of m.near) out.push(`        pred there: ${predLine(p)}`);
    }
    const shownNear = new Set(s.misses.flatMap((m) => m.near));
    for (const p of s.falseAlarms) if (!shownNear.has(p)) out.push(`  FALSE pred: ${predLine(p)}`);
    for (const m of wrongSource) {
      const g = m.gold.source;
      out.push(`  SOURCE gold L${m.gold.line}: ${g.names.join('|')} (${g.kind}) <> pred: ${m.pred.source?.name} (${m.pred.source?.kind}) | "${clip(m.gold.evidence)}"`);
    }
    for (const m of wrongMarks) {
      out.push(`  MARKS gold L${m.gold.line}: [${marks(m.gold)}] <> pred: [${predMarks(m.pred)}] | "${clip(m.gold.evidence)}"`);
    }
  }
  return out.length ? `misses, false alarms, wrong sources and wrong marks:\n${out.join('\n')}\n` : 'no misses, no false alarms\n';
}
