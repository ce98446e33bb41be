// The picture as text for a terminal (`sitrep show`, `npm start`): readable in 100 columns,
// colour only when asked for.
import type { Figure, Picture, PictureClaim } from './types.js';
import { formatValue } from './values.js';

export interface RenderOptions {
  color?: boolean;
  /** Line width to wrap long lines at (default 100). */
  width?: number;
  /** What changed since an earlier time, shown first. */
  since?: { at: string; changes: string[] };
}

const CODES = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  // Split on single spaces so that deliberate double spaces (column gaps) survive.
  for (const word of text.split(' ')) {
    if (line && (indent + line + ' ' + word).length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

/** "2025-03-11T16:00:00Z" -> "2025-03-11 16:00Z"; keeps other strings as they are. */
function when(iso: string | null): string {
  if (!iso) return 'time unknown';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  return m ? `${m[1]} ${m[2]}${m[3] ?? ''}` : iso;
}

const n = (x: number | null) => (x === null ? '–' : String(x));

export function renderPictureText(p: Picture, options: RenderOptions = {}): string {
  const width = options.width ?? 100;
  const paint = (code: keyof typeof CODES, s: string) => (options.color ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const push = (...xs: string[]) => lines.push(...xs);

  const outlets = new Set(p.reports.map((r) => r.outlet).filter(Boolean));
  push(paint('bold', `Incident ${p.incident}`) +
    ` — ${p.reports.length} report${p.reports.length === 1 ? '' : 's'}, ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}` +
    (p.generatedAt ? `, as of ${when(p.generatedAt)}` : ''));
  push('');

  if (options.since) {
    push(paint('bold', `CHANGES SINCE ${when(options.since.at)}`));
    if (!options.since.changes.length) push('  (nothing changed)');
    for (const c of options.since.changes) push(...wrap(`· ${c}`, width, '  ').map((l, i) => (i === 0 ? l : `    ${l.trimStart()}`)));
    push('');
  }

  push(paint('bold', 'FIGURES'));
  if (!p.figures.length) push('  (no figures)');
  for (const f of p.figures) renderFigure(f);

  push(paint('bold', 'CHECKS'));
  if (!p.checks.length) push('  (none)');
  for (const c of p.checks) {
    const mark = c.ok ? paint('green', '✓') : paint(c.severity === 'info' ? 'yellow' : 'red', '✗');
    const body = c.message.replace(/\s*[✓✗]\s*/g, ' ').trim();
    const ws = wrap(`${mark} ${body}`, width, '  ');
    push(...ws.map((l, i) => (i === 0 ? l : `    ${l.trimStart()}`)));
  }
  push('');

  push(paint('bold', 'TIMELINE'));
  if (!p.timeline.length) push('  (empty)');
  // A figure entry's outlet is on its claim.
  const outletOf = new Map<string, string | null>();
  if (p.timeline.some((t) => t.outlet === undefined)) for (const f of p.figures) for (const c of f.claims) outletOf.set(c.id, c.report.outlet);
  for (const t of p.timeline) {
    const tag = t.kind === 'event' ? 'event ' : 'figure';
    const outlet = t.outlet !== undefined ? t.outlet : t.claimId ? outletOf.get(t.claimId) : null;
    const ws = wrap(`${when(t.at)}  ${tag}  ${t.summary}${outlet ? ` [${outlet}]` : ''}`, width, '  ');
    push(...ws.map((l, i) => (i === 0 ? l : `                         ${l.trimStart()}`)));
  }
  push('');

  push(paint('bold', 'SOURCES'));
  for (const s of p.sources) {
    const aka = s.aliases.length ? ` — also: ${s.aliases.join(', ')}` : '';
    const org = s.org ? ` for ${s.org}` : '';
    const via = s.outlets.length ? ` — via ${s.outlets.join(', ')}` : '';
    push(...wrap(`${s.name} (${s.kind}${org}) · ${s.claims} claim${s.claims === 1 ? '' : 's'}${aka}${via}`, width, '  ')
      .map((l, i) => (i === 0 ? l : `      ${l.trimStart()}`)));
  }
  return lines.join('\n') + '\n';

  function renderFigure(f: Figure): void {
    const e = f.estimate;
    const title = `${f.measure} · ${f.group}${f.parent ? ` (part of ${f.parent})` : ''}`;
    push(`  ${paint('cyan', title)}`);
    const override = e.override ? paint('yellow', ' [reviewer override]') : '';
    push(`    estimate: low ${n(e.low)} · best ${paint('bold', n(e.best))} · high ${n(e.high)}${override}`);
    push(...wrap(`rule: ${e.rule}`, width, '      ').map((l) => paint('dim', l)));
    for (const c of f.claims) push(...claimLines(c));
    for (const x of f.conflicts) {
      push(...wrap(`${paint('red', '! conflict')}: ${x.message}`, width, '    '));
    }
    push('');
  }

  function claimLines(c: PictureClaim): string[] {
    const value = c.increment
      ? `+${formatValue(c.increment.by, c.text)} → ${formatValue(c.increment.total)}`
      : formatValue(c.value, c.text, c.quantifier);
    const via = c.source.via && c.source.via !== c.report.outlet ? ` via ${c.source.via}` : '';
    const as = c.source.as && c.source.as !== c.source.name ? ` as "${c.source.as}"` : '';
    const flags: string[] = [];
    if (c.status !== 'latest') flags.push(c.status);
    if (c.source.kind === 'militant' && c.status === 'latest') flags.push(c.confirmed ? 'confirmed' : 'unconfirmed');
    if (c.correction) flags.push(`corrected down from ${formatValue(c.correction.previous)}`);
    if (c.parts_of) flags.push('part of a breakdown');
    if (c.reviews?.length) flags.push(...c.reviews.map((r) => `${r.action} by ${r.who}`));
    const flagText = flags.length ? ` [${flags.join('; ')}]` : '';
    const head = `${paint('bold', value.padEnd(12))} ${c.source.name} (${c.source.kind})${as}${via} — ` +
      `${c.report.outlet ?? 'unknown outlet'}, ${when(c.report.published)}${flagText}`;
    const ws = wrap(head, width, '    · ');
    return ws.map((l, i) => (i === 0 ? l : `        ${l.replace(/^ {4}· /, '')}`));
  }
}
