// The evidence panel: the report behind a number, with its sentence and the number's span highlighted,
// the outlet, time and URL, and the review buttons for the claim. Report text only ever enters the page
// as text nodes.
import { api } from './api.js';
import { clear, fill, fmtTime, fmtValue, h, words } from './dom.js';
import { openCorrect, openMoveReport, review, undoReview } from './forms.js';

const panel = document.getElementById('evidence');
let returnFocus = null;
/** What the panel shows, so a redraw of the picture can refresh the claim's status in place. */
let current = null;

export function currentEvidence() {
  return panel.hidden ? null : current;
}

export function closeEvidence() {
  if (panel.hidden) return;
  panel.hidden = true;
  clear(panel);
  document.body.classList.remove('with-evidence');
  if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
  returnFocus = null;
  current = null;
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open]')) closeEvidence();
});

/**
 * @param {{reportId: string, span?: {start:number,end:number}, sentence?: {start:number,end:number},
 *          claim?: object, figure?: {measure:string, group:string}, incident?: string}} target
 */
export async function openEvidence(target, { quiet = false } = {}) {
  current = target;
  if (!panel.contains(document.activeElement)) returnFocus = document.activeElement;
  const keep = quiet ? document.activeElement?.dataset?.key : null;
  panel.hidden = false;
  document.body.classList.add('with-evidence');
  fill(panel, h('p', { class: 'muted' }, 'Loading the report…'));
  let data;
  try {
    data = await api.report(target.reportId);
  } catch (err) {
    fill(panel, header('Evidence'), h('p', { class: 'error', role: 'alert' }, `Could not load the report: ${err.message}`));
    return;
  }
  const { report, claims } = data;
  // Timeline entries carry only the span: the stored claim at that span knows its sentence.
  const sentence = target.sentence ?? (target.span ? claims.find((c) => c.span && c.span.start === target.span.start && c.span.end === target.span.end)?.sentence : undefined);

  const meta = h('dl', { class: 'meta' },
    h('dt', null, 'Outlet'), h('dd', null, report.outlet ?? 'unknown outlet'),
    h('dt', null, 'Published'), h('dd', null, fmtTime(report.published)),
    h('dt', null, 'URL'), h('dd', null, report.url ? h('a', { href: report.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'url' }, report.url) : 'none given'),
    h('dt', null, 'Received'), h('dd', null, fmtTime(report.ingestedAt)),
    h('dt', null, 'Incident'), h('dd', null, report.incident, ' ',
      h('button', { type: 'button', class: 'small', onclick: () => void openMoveReport(report) }, 'Move…')),
  );

  const claimBox = target.claim ? claimDetails(target) : null;
  const body = h('div', { class: 'report-text', tabindex: '0', 'aria-label': 'Report text' }, highlighted(report.text, sentence, target.span));

  fill(panel, 
    header(report.title || 'Report'),
    meta,
    claimBox,
    h('h3', { class: 'small-heading' }, 'Report text'),
    body,
  );
  if (quiet) {
    if (keep) panel.querySelector(`[data-key="${CSS.escape(keep)}"]`)?.focus();
    return;
  }
  panel.querySelector('#evidence-title').focus();
  panel.querySelector('mark.span')?.scrollIntoView({ block: 'center' });
}

function header(title) {
  return h('div', { class: 'evidence-head' },
    h('h2', { id: 'evidence-title', tabindex: '-1' }, title),
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence panel', onclick: closeEvidence }, '×'));
}

/** text with <mark class="sentence"> around the sentence and <mark class="span"> around the number. */
function highlighted(text, sentence, span) {
  const len = text.length;
  const clamp = (x) => Math.max(0, Math.min(len, x));
  const cuts = [];
  if (sentence) cuts.push(['sentence', clamp(sentence.start), clamp(sentence.end)]);
  if (span) cuts.push(['span', clamp(span.start), clamp(span.end)]);
  if (!cuts.length) return [text];
  const [sStart, sEnd] = sentence ? [clamp(sentence.start), clamp(sentence.end)] : [clamp(span.start), clamp(span.end)];
  const inner = [];
  if (span && span.start >= sStart && span.end <= sEnd && sentence) {
    inner.push(text.slice(sStart, clamp(span.start)), h('mark', { class: 'span' }, text.slice(clamp(span.start), clamp(span.end))), text.slice(clamp(span.end), sEnd));
    return [text.slice(0, sStart), h('mark', { class: 'sentence' }, inner), text.slice(sEnd)];
  }
  if (span) return [text.slice(0, clamp(span.start)), h('mark', { class: 'span' }, text.slice(clamp(span.start), clamp(span.end))), text.slice(clamp(span.end))];
  return [text.slice(0, sStart), h('mark', { class: 'sentence' }, text.slice(sStart, sEnd)), text.slice(sEnd)];
}

function claimDetails(target) {
  const c = target.claim;
  const figure = target.figure;
  const isFigure = Boolean(figure);
  const rows = [
    isFigure ? ['Figure', `${words(figure.measure)} · ${words(figure.group)}`] : ['Event', words(c.event ?? '')],
    isFigure ? ['Value', `${fmtValue(c.value)}${c.text ? ` (“${c.text}”)` : ''}`] : null,
    ['Source', `${c.source.name} (${c.source.kind})${c.source.as ? ` — called “${c.source.as}” here` : ''}${c.source.via ? `, via ${c.source.via}` : ''}`],
    isFigure ? ['Status', statusText(c)] : null,
    c.original?.value ? ['Before correction', fmtValue(c.original.value)] : null,
  ].filter(Boolean);
  const dl = h('dl', { class: 'meta claim-meta' }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
  const reviews = (c.reviews ?? []).map((r) => h('li', null, `${r.action} by ${r.who}${r.why ? `: ${r.why}` : ''} (${fmtTime(r.at)})`));
  // Each decision can be taken back from where it was taken (same key, so focus stays on the button).
  const last = (verb) => [...(c.reviews ?? [])].reverse().find((r) => r.action === verb);
  const confirmed = last('confirm');
  const rejected = c.status === 'rejected' ? last('reject') : undefined;
  const actions = isFigure && target.incident ? h('div', { class: 'actions', role: 'group', 'aria-label': 'Review this claim' },
    confirmed
      ? h('button', { type: 'button', 'data-key': `ev-confirm:${c.id}`, onclick: () => undoReview(confirmed.id, 'Confirmation undone') }, 'Undo confirm')
      : h('button', { type: 'button', class: 'ok', 'data-key': `ev-confirm:${c.id}`, onclick: () => review(target.incident, { action: 'confirm', claimId: c.id }, 'Claim confirmed') }, 'Confirm'),
    rejected
      ? h('button', { type: 'button', 'data-key': `ev-reject:${c.id}`, onclick: () => undoReview(rejected.id, 'Rejection undone') }, 'Undo reject')
      : h('button', { type: 'button', class: 'danger', 'data-key': `ev-reject:${c.id}`, onclick: () => review(target.incident, { action: 'reject', claimId: c.id }, 'Claim rejected') }, 'Reject'),
    h('button', { type: 'button', onclick: () => openCorrect(target.incident, c, figure) }, 'Correct…'),
  ) : null;
  return h('section', { class: 'claim-box', 'aria-label': 'The claim' },
    dl,
    reviews.length ? h('ul', { class: 'review-notes' }, reviews) : null,
    actions);
}

export function statusText(c) {
  const parts = [c.status];
  if (c.confirmed === true) parts.push('confirmed');
  if (c.confirmed === false) parts.push('not independently confirmed');
  if (c.correction) parts.push(`lowered from ${fmtValue(c.correction.previous)} (correction)`);
  if (c.increment) parts.push(`increment: ${fmtValue(c.increment.by)} more → ${fmtValue(c.increment.total)}`);
  return parts.join(' · ');
}
