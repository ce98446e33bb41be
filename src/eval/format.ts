// Plain-text rendering of eval results: a summary table per split, then misses and false alarms.
import type { FigureClaim, FigureValue } from '../extract/types.js';
import type { GoldFigure } from './gold.js';
import type { ReportScore, Summary } from './score.js';

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
  if (s.events) {
    lines.push(`  events (${s.events.reports} event-coded reports): gold ${s.events.gold} pred ${s.events.pred} tp ${s.events.tp}`
      + `  P ${pct(s.events.precision)}  R ${pct(s.events.recall)}  F1 ${pct(s.events.f1)}`);
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

export function formatDetails(scores: ReportScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
    out.push(`-- ${s.file}`);
    for (const m of s.misses) {
      out.push(`  MISS  gold L${m.gold.line}: ${goldLine(m.gold)}`);
      for (const p of m.near) out.push(`        pred there: ${predLine(p)}`);
    }
    const shownNear = new Set(s.misses.flatMap((m) => m.near));
    for (const p of s.falseAlarms) if (!shownNear.has(p)) out.push(`  FALSE pred: ${predLine(p)}`);
  }
  return out.length ? `misses and false alarms:\n${out.join('\n')}\n` : 'no misses, no false alarms\n';
}
