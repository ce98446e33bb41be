// A situation report (src/share/sitrep.ts) as Markdown or as a standalone HTML page with inline CSS.
// Text from reports is escaped in both: a quoted sentence can never become markup.
import type { FigureSection, Sitrep, Statement } from './sitrep.js';

function range(f: FigureSection): string {
  const best = f.best === null ? 'no single best figure' : `best ${f.best}`;
  if (f.low === null && f.high === null) return best;
  return `${best} (range ${f.low ?? '?'}–${f.high ?? 'open'})`;
}

// ---- Markdown ----

/** Characters Markdown would read as markup, backslash-escaped. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function mdStatements(list: Statement[]): string {
  return list.map((s) => `${mdEscape(s.text)}[^${s.note}]`).join('; ');
}

export function renderMarkdown(d: Sitrep): string {
  const out: string[] = [];
  out.push(`# Situation report: ${mdEscape(d.title)}`, '', `Incident \`${d.incident}\``, '');
  out.push(`As of ${d.asOf ?? 'unknown'}, from ${d.reports} report${d.reports === 1 ? '' : 's'}. Every figure is attributed to its source; claims by parties to the conflict are marked unconfirmed until an independent source confirms them.`, '');
  if (d.since) {
    out.push(`## Changes since ${mdEscape(d.since.at)}`, '');
    out.push(...(d.since.changes.length ? d.since.changes.map((c) => `- ${mdEscape(c)}`) : ['No change.']), '');
  }
  out.push('## Headline figures', '');
  if (!d.headline.length) out.push('No overall figure yet; see the subgroups below.');
  for (const f of d.headline) {
    out.push(`- **${mdEscape(f.label)}**: ${range(f)}${f.contested ? ' — contested' : ''}. ${mdStatements(f.statements)}.`);
    out.push(`  - Estimate: ${mdEscape(f.rule)}`);
  }
  if (d.breakdown.length) {
    out.push('', '### Breakdowns and subgroups', '');
    for (const f of d.breakdown) out.push(`- ${mdEscape(f.label)}: ${range(f)}. ${mdStatements(f.statements)}.`, `  - Estimate: ${mdEscape(f.rule)}`);
  }
  if (d.contested.length) {
    out.push('', '## Contested claims', '');
    for (const c of d.contested) {
      out.push(`### ${mdEscape(c.label)}`, '');
      for (const m of c.messages) out.push(`${mdEscape(m)}.`, '');
      out.push('| Source says | Note |', '|---|---|');
      for (const s of c.statements) out.push(`| ${mdEscape(s.text)} | [^${s.note}] |`);
      out.push('');
    }
  }
  out.push('', '## Key events', '');
  if (!d.events.length) out.push('None recorded.');
  for (const e of d.events) out.push(`- ${e.date ?? 'undated'}: ${mdEscape(e.text).replace(/\\\[(\d+)\\\]/g, '[^$1]')}`);
  if (d.checks.length) {
    out.push('', '## Failed consistency checks', '');
    for (const c of d.checks) out.push(`- ${mdEscape(c)}`);
  }
  out.push('', '## Sources', '');
  for (const s of d.sources) {
    out.push(`- ${mdEscape(s.name)} (${s.kind}), ${s.claims} claim${s.claims === 1 ? '' : 's'}${s.outlets.length ? `, via ${mdEscape(s.outlets.join(', '))}` : ''}`);
  }
  out.push('', '## Notes', '');
  for (const n of d.notes) {
    const where = [n.outlet, n.published, n.url].filter(Boolean).map((x) => mdEscape(String(x))).join(', ');
    out.push(`[^${n.n}]: ${where || 'unknown report'}${n.quote ? `: “${mdEscape(n.quote)}”` : ''}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

// ---- HTML ----

export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function htmlStatements(list: Statement[]): string {
  return list.map((s) => `<span class="${s.party && !s.confirmed ? 'claim unconfirmed' : 'claim'}">${htmlEscape(s.text)}</span><sup><a href="#n${s.note}">${s.note}</a></sup>`).join('; ');
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}.fig{font-weight:600}
.unconfirmed{color:#8a4b00}.contested{color:#a00;font-weight:600}.notes li{margin:.3rem 0}.notes q{font-style:italic}
@media print{body{margin:0}a{color:inherit}}`;

export function renderHtml(d: Sitrep): string {
  const h: string[] = [];
  const e = htmlEscape;
  h.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>Situation report: ${e(d.title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  h.push(`<h1>Situation report: ${e(d.title)}</h1>`, `<p class="slug">Incident <code>${e(d.incident)}</code></p>`);
  h.push(`<p>As of ${e(d.asOf ?? 'unknown')}, from ${d.reports} report${d.reports === 1 ? '' : 's'}. Every figure is attributed to its source; claims by parties to the conflict are marked unconfirmed until an independent source confirms them.</p>`);
  const figList = (list: FigureSection[]) => {
    h.push('<ul>');
    for (const f of list) {
      h.push(`<li><span class="fig">${e(f.label)}</span>: ${e(range(f))}${f.contested ? ' <span class="contested">contested</span>' : ''}. ${htmlStatements(f.statements)}.<br><small>Estimate: ${e(f.rule)}</small></li>`);
    }
    h.push('</ul>');
  };
  if (d.since) {
    h.push(`<h2>Changes since ${e(d.since.at)}</h2>`);
    h.push(d.since.changes.length ? `<ul>${d.since.changes.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '<p>No change.</p>');
  }
  h.push('<h2>Headline figures</h2>');
  figList(d.headline);
  if (d.breakdown.length) {
    h.push('<h3>Breakdowns and subgroups</h3>');
    figList(d.breakdown);
  }
  if (d.contested.length) {
    h.push('<h2>Contested claims</h2>');
    for (const c of d.contested) {
      h.push(`<h3>${e(c.label)}</h3>`);
      for (const m of c.messages) h.push(`<p>${e(m)}.</p>`);
      h.push('<table><tr><th>Source says</th><th>Note</th></tr>');
      for (const s of c.statements) h.push(`<tr><td class="${s.party && !s.confirmed ? 'unconfirmed' : ''}">${e(s.text)}</td><td><a href="#n${s.note}">${s.note}</a></td></tr>`);
      h.push('</table>');
    }
  }
  h.push('<h2>Key events</h2>', '<ol>');
  for (const ev of d.events) {
    h.push(`<li>${e(ev.date ?? 'undated')}: ${e(ev.text).replace(/\[(\d+)\]/g, '<sup><a href="#n$1">$1</a></sup>')}</li>`);
  }
  h.push('</ol>');
  if (d.checks.length) {
    h.push('<h2>Failed consistency checks</h2>', '<ul>');
    for (const c of d.checks) h.push(`<li>${e(c)}</li>`);
    h.push('</ul>');
  }
  h.push('<h2>Sources</h2>', '<ul>');
  for (const s of d.sources) h.push(`<li>${e(s.name)} (${e(s.kind)}), ${s.claims} claim${s.claims === 1 ? '' : 's'}${s.outlets.length ? `, via ${e(s.outlets.join(', '))}` : ''}</li>`);
  h.push('</ul>', '<h2>Notes</h2>', '<ol class="notes">');
  for (const n of d.notes) {
    const parts = [n.outlet, n.published].filter(Boolean).map((x) => e(String(x)));
    if (n.url && /^https?:\/\//i.test(n.url)) parts.push(`<a href="${e(n.url)}">${e(n.url)}</a>`);
    h.push(`<li id="n${n.n}">${parts.join(', ') || 'unknown report'}${n.quote ? `: <q>${e(n.quote)}</q>` : ''}</li>`);
  }
  h.push('</ol>', '</body>', '</html>');
  return `${h.join('\n')}\n`;
}
