// The incident page: figures board (estimate, each source's latest claim, conflicts, failed checks,
// a chart), checks, timeline, sources, reports, the review log with undo, and the share downloads.
import { api } from './api.js';
import { toast } from './shell.js';
import { destroyCharts, drawChart } from './charts.js';
import { fill, fmtNum, fmtTime, fmtValue, focusKey, h, incidentTitle, restoreFocus, words } from './dom.js';
import { currentEvidence, openEvidence, statusText } from './evidence.js';
import { openMergeIncident, openMergeSource, openOverride, review, undoReview } from './forms.js';
import { shareSection } from './share.js';

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

let lastSignature = '';

export async function renderIncident(root, slug, opts = {}) {
  const key = focusKey();
  const open = new Set([...root.querySelectorAll('details[open][data-key]')].map((d) => d.dataset.key));
  let picture;
  let reviews;
  try {
    [picture, reviews] = await Promise.all([api.picture(slug), api.reviews(slug)]);
  } catch (err) {
    destroyCharts();
    fill(root, h('h1', null, slug), h('p', { class: 'error', role: 'alert' },
      err.status === 404 ? 'No such incident (or it has no reports yet).' : `Could not load the picture: ${err.message}`),
      h('p', null, h('a', { href: '#/' }, 'Back to the incidents')));
    return;
  }
  // A live message for a change this page already shows (its own write) must not rebuild the page.
  const signature = `${slug}\n${JSON.stringify(picture)}\n${JSON.stringify(reviews)}`;
  if (!opts.first && signature === lastSignature && root.querySelector('#figures')) return;
  lastSignature = signature;
  const ctx = index(picture, slug);
  const title = incidentTitle({ slug, name: slug });
  document.title = `${title} · sitrep`;
  const lastReport = picture.reports.reduce((m, r) => (r.published && (!m || r.published > m) ? r.published : m), null);
  const failed = picture.checks.filter((c) => !c.ok);

  destroyCharts();
  const board = h('div', { class: 'board' }, picture.figures.map((f) => figureCard(f, picture, ctx)));
  fill(root, 
    h('h1', null, title),
    h('p', { class: 'summary' },
      `${plural(picture.reportsTotal ?? picture.reports.length, 'report')} · ${plural(picture.sources.filter((s) => s.claims > 0).length, 'source')} · ${plural(picture.figures.length, 'figure')} · last report ${fmtTime(lastReport)}`),
    h('nav', { class: 'jump', 'aria-label': 'Sections' }, [['figures', 'Figures'], ['checks', `Checks (${failed.length} failed)`], ['timeline', 'Timeline'], ['sources', 'Sources'], ['reports', 'Reports'], ['reviews', `Review log (${reviews.total})`], ['share', 'Share']]
      .map(([id, label]) => h('a', { href: `#/incident/${encodeURIComponent(slug)}`, onclick: (e) => { e.preventDefault(); const t = document.getElementById(id); t?.scrollIntoView(); t?.focus({ preventScroll: true }); } }, label))),
    section('figures', 'Figures', board),
    section('checks', 'Checks', checksList(picture, ctx)),
    section('timeline', 'Timeline', timeline(picture, ctx)),
    section('sources', 'Sources', sourcesTable(picture, slug)),
    section('reports', 'Reports', [reportsList(picture), h('div', { class: 'actions' },
      h('button', { type: 'button', 'data-key': 'merge-incident', onclick: () => void openMergeIncident(slug) }, 'Merge this incident into…'))]),
    section('reviews', 'Review log', reviewLog(reviews.items, ctx)),
    section('share', 'Share', shareSection(slug, picture)),
  );
  // Charts need their boxes laid out to know their width.
  const kinds = new Map(picture.sources.map((s) => [s.name, s.kind]));
  for (const f of picture.figures) for (const l of f.latest) kinds.set(l.source, l.kind);
  for (const el of root.querySelectorAll('.chart[data-figure]')) {
    const f = picture.figures[Number(el.dataset.figure)];
    if (!drawChart(el, f, (name) => kinds.get(name) ?? 'unnamed')) el.append(h('p', { class: 'muted small' }, 'No dated claims to chart.'));
  }
  for (const d of root.querySelectorAll('details[data-key]')) if (open.has(d.dataset.key)) d.open = true;
  restoreFocus(key);
  // An open evidence panel follows the claim's new status (confirmed, rejected, corrected).
  const ev = currentEvidence();
  if (ev?.claim && !opts.first) {
    const found = ctx.claims.get(ev.claim.id);
    if (found) void openEvidence(found.target(), { quiet: true });
  }
}

function section(id, title, content) {
  return h('section', { id, tabindex: '-1', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), content);
}

/** Claim id -> where it lives, so any number on the page can open its evidence. */
function index(picture, slug) {
  const claims = new Map();
  for (const f of picture.figures) for (const c of f.claims) claims.set(c.id, claimEntry(c, f, slug));
  for (const e of picture.events) {
    for (const c of e.claims) {
      claims.set(c.id, { claim: c, event: e, target: () => ({ reportId: c.reportId, span: c.span, sentence: c.sentence, claim: { ...c, event: e.event }, incident: slug }) });
    }
  }
  const sources = new Map(picture.sources.map((s) => [s.key, s.name]));
  return { slug, claims, sources };
}

function claimEntry(c, f, slug) {
  return { claim: c, figure: f, target: () => ({ reportId: c.reportId, span: c.span, sentence: c.sentence, claim: c, figure: { measure: f.measure, group: f.group }, incident: slug }) };
}

function evidenceButton(ctx, claimId, label, attrs = {}) {
  const found = ctx.claims.get(claimId);
  if (!found) return h('span', attrs, label);
  return h('button', { type: 'button', class: 'link', 'data-key': `${attrs['data-key-prefix'] ?? 'ev'}:${claimId}`, onclick: () => void openEvidence(found.target()), ...attrs }, label);
}

/** The claim an estimate number came from: a used claim with that bound, else the first used one. */
function claimForNumber(f, n) {
  if (n === null || n === undefined) return null;
  const used = f.claims.filter((c) => f.estimate.used.includes(c.id));
  return (used.find((c) => c.value.low === n || c.value.high === n) ?? used[0])?.id ?? null;
}

function figureCard(f, picture, ctx) {
  const i = picture.figures.indexOf(f);
  const fkey = `${f.measure}/${f.group}`;
  const failed = picture.checks.filter((c) => !c.ok && c.figure && c.figure.measure === f.measure && c.figure.group === f.group);
  const e = f.estimate;
  const num = (n, cls, label) => {
    const id = e.override && e.override[label] !== undefined ? null : claimForNumber(f, n);
    const text = fmtNum(n);
    const aria = `${label} ${text}${id ? ': show the evidence' : ''}`;
    return id
      ? h('button', { type: 'button', class: `num ${cls}`, 'aria-label': aria, 'data-key': `num:${fkey}:${label}`, onclick: () => void openEvidence(ctx.claims.get(id).target()) }, text)
      : h('span', { class: `num ${cls}`, 'aria-label': aria }, text);
  };
  const badges = [
    f.conflicts.length ? h('span', { class: 'badge conflict' }, `${f.conflicts.length} ${f.conflicts.length === 1 ? 'conflict' : 'conflicts'}`) : null,
    // One badge per kind of failed check, however many there are.
    ...[...groupBy(failed, (c) => c.kind)].map(([kind, cs]) => h('span', { class: `badge check ${worst(cs)}` }, cs.length > 1 ? `${words(kind)} ×${cs.length}` : words(kind))),
    e.override ? h('span', { class: 'badge override' }, `overridden by ${e.override.who}`) : null,
  ];
  const chips = f.latest.map((l) => {
    const found = ctx.claims.get(l.claimId);
    const unconfirmed = l.kind === 'militant' && l.confirmed === false;
    return h('li', null, h('button', {
      type: 'button', class: `chip kind-${l.kind}`, 'data-key': `chip:${l.claimId}`,
      title: `${l.source} (${l.kind}) — ${fmtTime(l.published)}`,
      onclick: () => found && void openEvidence(found.target()),
    }, h('span', { class: 'kind' }, l.kind), ' ', h('span', { class: 'who' }, l.source), ' ', h('strong', null, fmtValue(l.value)),
      unconfirmed ? h('span', { class: 'unconfirmed' }, ' unconfirmed') : null,
      h('span', { class: 'when' }, ` ${fmtTime(l.published).replace(/ \d{4},/, ',')}`)));
  });
  const claimItem = (c) => h('li', { class: `status-${c.status}` },
    evidenceButton(ctx, c.id, fmtValue(c.value), { 'data-key-prefix': 'claim' }),
    ` ${c.source.name} · ${c.report.outlet ?? 'unknown outlet'} · ${fmtTime(c.report.published)} · `,
    h('span', { class: 'status' }, statusText(c)));
  const list = h('ol', { class: 'claims' }, f.claims.map(claimItem));
  const total = f.claimsTotal ?? f.claims.length;
  // A big figure arrives with only the claims the board needs; the rest load when asked for.
  const loadAll = f.claimsTotal ? h('button', {
    type: 'button', class: 'small', 'data-key': `more:${fkey}`,
    onclick: async (e) => {
      e.target.disabled = true;
      try {
        const all = await api.figureClaims(ctx.slug, f.measure, f.group);
        for (const c of all.items) if (!ctx.claims.has(c.id)) ctx.claims.set(c.id, claimEntry(c, f, ctx.slug));
        fill(list, all.items.map(claimItem));
        e.target.replaceWith(h('p', { class: 'muted small' }, all.total > all.items.length ? `Showing the first ${all.items.length} of ${all.total}.` : `All ${all.total} claims.`));
      } catch (err) {
        e.target.disabled = false;
        toast(`Could not load the claims: ${err.message}`, 'error');
      }
    },
  }, `Load all ${total}`) : null;
  const allClaims = h('details', { 'data-key': `claims:${fkey}` },
    h('summary', null, total === 1 ? 'The claim' : f.claimsTotal ? `Claims (${f.claims.length} of ${total} shown)` : `All ${total} claims`),
    list, loadAll);
  return h('article', { class: 'figure-card', id: `figure-${f.measure}-${f.group}`, 'aria-labelledby': `fig-${i}` },
    h('header', null,
      h('h3', { id: `fig-${i}` }, `${words(f.measure)} · ${words(f.group)}`),
      f.parent ? h('span', { class: 'muted small' }, `part of ${words(f.parent)}`) : null,
      h('div', { class: 'badges' }, badges)),
    e.best === null && e.low === null && e.high === null
      ? h('p', { class: 'estimate none' }, 'No credible estimate yet')
      : h('div', { class: 'estimate' },
        h('div', { class: 'best' }, h('span', { class: 'label' }, 'best'), num(e.best, 'big', 'best')),
        h('div', { class: 'range' }, h('span', { class: 'label' }, 'low – high'), num(e.low, '', 'low'), ' – ', num(e.high, '', 'high'))),
    h('details', { class: 'rule', 'data-key': `rule:${fkey}` }, h('summary', null, 'How this estimate was made'), h('p', null, e.rule)),
    h('ul', { class: 'chips', 'aria-label': 'Latest claim of each source' }, chips),
    f.latestTotal ? h('p', { class: 'more-sources' }, `${f.latestTotal - f.latest.length} more sources: see all claims below`) : null,
    problems(f, failed),
    h('div', { class: 'chart', 'data-figure': String(i), role: 'img', 'aria-label': `Chart of ${words(f.measure)} ${words(f.group)} claims over time by source` }),
    allClaims,
    h('div', { class: 'actions' }, h('button', { type: 'button', 'data-key': `override:${fkey}`, onclick: () => openOverride(ctx.slug, f) }, 'Override estimate…')));
}

function groupBy(items, key) {
  const m = new Map();
  for (const it of items) {
    const k = key(it);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(it);
  }
  return m;
}

const SEVERITY = ['info', 'warning', 'error'];
function worst(checks) {
  return checks.reduce((w, c) => (SEVERITY.indexOf(c.severity ?? 'warning') > SEVERITY.indexOf(w) ? c.severity ?? 'warning' : w), 'info');
}

/** Conflicts and failed checks of a figure: the first few in view, the rest one click away. */
function problems(f, failed) {
  const items = [
    ...f.conflicts.map((c) => h('li', { class: 'conflict' }, c.message)),
    ...failed.map((c) => h('li', { class: `check ${c.severity ?? 'warning'}` }, c.message)),
  ];
  if (!items.length) return null;
  const SHOWN = 4;
  if (items.length <= SHOWN + 1) return h('ul', { class: 'problems' }, items);
  return [
    h('ul', { class: 'problems' }, items.slice(0, SHOWN)),
    h('details', { 'data-key': `problems:${f.measure}/${f.group}` }, h('summary', null, `${items.length - SHOWN} more conflicts and checks`), h('ul', { class: 'problems' }, items.slice(SHOWN))),
  ];
}

function checksList(picture, ctx) {
  if (!picture.checks.length) return h('p', { class: 'muted' }, 'No checks apply yet.');
  const sorted = [...picture.checks].sort((a, b) => Number(a.ok) - Number(b.ok));
  const note = picture.checksTotal ? h('p', { class: 'muted small' }, `${picture.checks.length} of ${picture.checksTotal} checks shown (failed ones first).`) : null;
  return [note, h('ul', { class: 'checks' }, sorted.map((c) => h('li', { class: c.ok ? 'ok' : `failed ${c.severity ?? 'warning'}` },
    h('span', { class: `badge ${c.ok ? 'passed' : `check ${c.severity ?? 'warning'}`}` }, c.ok ? 'ok' : words(c.kind)), ' ', c.message, ' ',
    (c.claims ?? []).map((id, k) => [evidenceButton(ctx, id, `claim ${k + 1}`, { 'data-key-prefix': `check${c.kind}` }), ' ']))))];
}

function timeline(picture, ctx) {
  if (!picture.timeline.length) return h('p', { class: 'muted' }, 'Nothing dated yet.');
  const note = picture.timelineTotal ? h('p', { class: 'muted small' }, `The newest ${picture.timeline.length} of ${picture.timelineTotal} entries.`) : null;
  return [note, h('ol', { class: 'timeline' }, picture.timeline.map((t, k) => h('li', { class: `t-${t.kind}` },
    h('time', null, fmtTime(t.at)),
    h('span', { class: `badge ${t.kind}` }, t.kind === 'event' ? words(t.event ?? 'event') : 'figure'),
    ' ', h('span', { class: 'what' }, t.summary), ' ',
    // A figure entry of the full picture leaves its outlet to its claim; the summary view puts it back.
    h('span', { class: 'muted small' }, t.outlet ?? ctx.claims.get(t.claimId)?.claim.report.outlet ?? ''), ' ',
    t.claimId && ctx.claims.has(t.claimId)
      ? evidenceButton(ctx, t.claimId, 'evidence', { 'data-key-prefix': `tl${k}` })
      : h('button', { type: 'button', class: 'link', onclick: () => void openEvidence({ reportId: t.reportId, span: t.span }) }, 'evidence'))))];
}

/** One alias with its "split" control: the name is someone else, make it a source of its own. */
function aliasItem(slug, s, alias) {
  return h('li', null, h('span', null, alias), ' ', h('button', {
    type: 'button', class: 'small', 'data-key': `split:${s.key}:${alias}`, 'aria-label': `Split “${alias}” off ${s.name}`,
    title: `“${alias}” is not ${s.name}: make it a source of its own`,
    onclick: () => void review(slug, { action: 'split-source', source: s.key, name: alias }, `Split ${alias} off ${s.name}`),
  }, 'split'));
}

function sourcesTable(picture, slug) {
  const rows = picture.sources.map((s) => h('tr', { 'data-source': s.key },
    h('th', { scope: 'row', 'data-label': 'Source' }, s.name, s.org && s.org !== s.name ? h('div', { class: 'muted small' }, `for ${s.org}`) : null),
    h('td', { 'data-label': 'Kind' }, h('span', { class: `chip static kind-${s.kind}` }, s.kind)),
    h('td', { 'data-label': 'Also called' }, s.aliases.length ? h('ul', { class: 'aliases' }, s.aliases.map((a) => aliasItem(slug, s, a))) : '–'),
    h('td', { class: 'n', 'data-label': 'Claims' }, fmtNum(s.claims)),
    h('td', { 'data-label': 'Seen' }, s.firstSeen === s.lastSeen ? fmtTime(s.firstSeen) : `${fmtTime(s.firstSeen)} → ${fmtTime(s.lastSeen)}`),
    h('td', { 'data-label': 'Relayed by' }, s.outlets.join(', ') || '–'),
    h('td', { 'data-label': 'Review' }, picture.sources.length > 1 ? h('button', {
      type: 'button', class: 'small', 'data-key': `merge:${s.key}`, 'aria-label': `Merge ${s.name} into another source`,
      onclick: () => openMergeSource(slug, s, picture.sources),
    }, 'Merge into…') : null)));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'sources' },
    h('thead', null, h('tr', null, ['Source', 'Kind', 'Also called', 'Claims', 'Seen', 'Relayed by', 'Review'].map((t) => h('th', { scope: 'col', class: t === 'Claims' ? 'n' : null }, t)))),
    h('tbody', null, rows)));
}

function reportsList(picture) {
  const byId = new Map(picture.reports.map((r) => [r.id, r]));
  return h('ol', { class: 'reports' }, picture.reports.map((r) => h('li', null,
    h('button', { type: 'button', class: 'link', 'data-key': `report:${r.id}`, onclick: () => void openEvidence({ reportId: r.id }) }, r.title || `Untitled report ${r.id.slice(0, 8)}`),
    h('div', { class: 'muted small' }, `${r.outlet ?? 'unknown outlet'} · ${fmtTime(r.published)} · ${r.claims} claims`,
      r.copyOf ? ` · copy of ${byId.get(r.copyOf)?.outlet ?? r.copyOf.slice(0, 12)}` : ''))));
}

function describeTarget(target, ctx, a) {
  if (target.startsWith('report:')) return `report ${target.slice(7, 19)}`;
  if (target.startsWith('incident:')) return `incident ${target.slice(9)}`;
  if (target.startsWith('source:')) return sourceName(target.slice(7), ctx, a);
  if (target.startsWith('claim:')) {
    const found = ctx.claims.get(target.slice(6));
    if (!found) return target.slice(6);
    const c = found.claim;
    return found.figure ? `${c.source.name}: ${fmtValue(c.original?.value ?? c.value)} ${words(found.figure.measure)} ${words(found.figure.group)}` : `${c.source.name}: ${words(found.event.event)}`;
  }
  return words(target.replace(/^figure:/, '').replace('/', ' · '));
}

/** A source's name as the picture shows it now, else as the review recorded it, else its key. */
function sourceName(key, ctx, a) {
  return ctx.sources.get(key) ?? a?.payload?.names?.[key] ?? words(key).replace(/-/g, ' ');
}

function describePayload(a, ctx) {
  const p = a.payload ?? {};
  if (a.action === 'merge-sources') return `same speaker as ${(p.from ?? []).map((k) => sourceName(k, ctx, a)).join(', ')}`;
  if (a.action === 'split-source') return `“${p.name}” split off as a source of its own`;
  if (a.action === 'merge_incident') return `${plural((p.reports ?? []).length, 'report')} moved from ${p.from} into ${p.into}`;
  const parts = [];
  for (const k of ['low', 'best', 'high']) if (k in p) parts.push(`${k} ${fmtNum(p[k])}`);
  if (p.value) parts.push(`value ${fmtValue(p.value)}`);
  if (p.measure) parts.push(`measure ${p.measure}`);
  if (p.group) parts.push(`group ${words(p.group)}`);
  if (p.source && typeof p.source === 'object') parts.push(`source ${p.source.name} (${p.source.kind})`);
  if (p.to) parts.push(`moved from ${p.from} to ${p.to}`);
  return parts.join(', ');
}

function reviewLog(actions, ctx) {
  if (!actions.length) return h('p', { class: 'muted' }, 'No review actions yet. Open a number to confirm, reject or correct its claim; override an estimate from its card; merge or split sources in the sources list.');
  return h('ol', { class: 'review-log', reversed: true }, [...actions].reverse().map((a) => h('li', { class: a.undoneAt ? 'undone' : 'active' },
    h('span', { class: `badge review ${a.action}` }, a.action), ' ',
    h('span', null, describeTarget(a.target, ctx, a)),
    describePayload(a, ctx) ? h('span', null, ` → ${describePayload(a, ctx)}`) : null,
    h('div', { class: 'muted small' }, `${a.who} · ${fmtTime(a.at)}${a.why ? ` · “${a.why}”` : ''}`,
      a.undoneAt ? ` · undone by ${a.undoneBy ?? 'someone'} ${fmtTime(a.undoneAt)}` : ''),
    a.undoneAt ? null : h('button', {
      type: 'button', class: 'small', 'data-key': `undo:${a.id}`, 'aria-label': `Undo ${a.action} #${a.id}`,
      onclick: () => undoReview(a.id, `Undone: ${a.action} #${a.id}`),
    }, 'Undo'))));
}
