// Dialogs that change things: add a report, correct a claim, override an estimate, merge sources or
// incidents; and the one-click review actions. Every write goes through the API and then redraws the view.
import { api } from './api.js';
import { fill, fmtValue, h, words } from './dom.js';
import { reviewer, state, toast } from './shell.js';

const dialog = document.getElementById('dialog');
const HEDGES = ['exact', 'about', 'at_least', 'at_most', 'range', 'vague'];
const MEASURES = ['killed', 'injured', 'held', 'freed', 'present', 'missing', 'arrested', 'displaced', 'affected', 'other'];
const KINDS = ['official', 'militant', 'media', 'witness', 'unnamed'];

/**
 * Takes a review action, then redraws the page (the audit log and the picture change together).
 * From a dialog (`inDialog`), a refusal is thrown so the dialog shows it next to the fields.
 */
export async function review(incident, body, done, { inDialog = false } = {}) {
  const who = reviewer();
  if (!who) return false;
  try {
    await api.review(incident, { ...body, who });
  } catch (err) {
    if (inDialog) throw err;
    toast(`Review refused: ${err.message}`, 'error');
    return false;
  }
  toast(done);
  await state.refresh({});
  return true;
}

/** Undoes a review action (kept in the log as undone), then redraws. */
export async function undoReview(id, done) {
  const who = reviewer();
  if (!who) return false;
  try {
    await api.undo(id, who);
  } catch (err) {
    toast(`Undo failed: ${err.message}`, 'error');
    return false;
  }
  toast(done);
  await state.refresh({});
  return true;
}

function field(label, input, hint) {
  return h('label', { class: 'field' }, h('span', null, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
}

/** Opens the shared <dialog> with a form; `submit` returns true to close it. */
function openDialog(title, fields, submitLabel, submit) {
  const error = h('p', { class: 'error', role: 'alert' });
  const form = h('form', { method: 'dialog', class: 'dialog-form' },
    h('h2', { id: 'dialog-title' }, title),
    fields,
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, submitLabel),
      h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      if (await submit(form)) dialog.close();
    } catch (err) {
      error.textContent = err.message;
      error.scrollIntoView({ block: 'nearest' });
    } finally {
      button.disabled = false;
    }
  });
  fill(dialog, form);
  dialog.showModal();
  form.querySelector('input, textarea, select')?.focus();
}

/** datetime-local value (read as UTC) -> ISO-8601. */
function isoFromLocal(v) {
  if (!v) return undefined;
  return `${v.length === 16 ? `${v}:00` : v}Z`;
}

export function openAddReport(incident) {
  const text = h('textarea', { name: 'text', rows: '10', required: true, placeholder: 'Paste the report text here' });
  const file = h('input', { type: 'file', accept: '.txt,.md,.text,text/plain' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) text.value = await f.text();
  });
  const outlet = h('input', { name: 'outlet', maxlength: '200', autocomplete: 'off' });
  const published = h('input', { name: 'published', type: 'datetime-local' });
  const url = h('input', { name: 'url', type: 'url', maxlength: '2000', placeholder: 'https://…' });
  const slug = h('input', { name: 'incident', value: incident ?? '', pattern: '[a-z0-9][a-z0-9._\\-]*', autocomplete: 'off' });
  openDialog('Add a report', [
    field('Report text', text),
    field('…or upload a text file', file),
    h('div', { class: 'row' }, field('Outlet', outlet), field('Published (UTC)', published)),
    field('URL', url),
    field('Incident', slug, 'leave empty to let sitrep choose the incident'),
  ], 'Add report', async () => {
    const body = { text: text.value };
    if (outlet.value.trim()) body.outlet = outlet.value.trim();
    if (published.value) body.published = isoFromLocal(published.value);
    if (url.value.trim()) body.url = url.value.trim();
    if (slug.value.trim()) body.incident = slug.value.trim();
    const out = await api.addReport(body);
    toast(out.status === 'stored'
      ? `Report stored under ${out.incident}: ${out.claims} claims extracted.`
      : `Already in the store (under ${out.incident}): nothing changed.`);
    if (state.incident !== out.incident) location.hash = `#/incident/${encodeURIComponent(out.incident)}`;
    else await state.refresh({});
    return true;
  });
}

export function openCorrect(incident, claim, figure) {
  const v = claim.value ?? { low: null, high: null, hedge: 'exact' };
  const low = h('input', { type: 'number', min: '0', step: '1', value: v.low ?? '' });
  const high = h('input', { type: 'number', min: '0', step: '1', value: v.high ?? '' });
  const hedge = h('select', null, HEDGES.map((x) => h('option', { value: x, selected: x === v.hedge }, words(x))));
  const measure = h('select', null, MEASURES.map((x) => h('option', { value: x, selected: x === figure.measure }, x)));
  const group = h('input', { value: figure.group, maxlength: '60', required: true });
  const sourceName = h('input', { value: claim.source.name, maxlength: '200', required: true });
  const sourceKind = h('select', null, KINDS.map((x) => h('option', { value: x, selected: x === claim.source.kind }, x)));
  const why = h('input', { maxlength: '2000', placeholder: 'what was wrong' });
  openDialog(`Correct a claim: ${fmtValue(v)} (${claim.source.name})`, [
    h('div', { class: 'row' }, field('Low', low), field('High', high), field('Hedge', hedge)),
    h('div', { class: 'row' }, field('Measure', measure), field('Group', group)),
    h('div', { class: 'row' }, field('Source', sourceName), field('Kind', sourceKind)),
    field('Why', why),
  ], 'Save correction', async () => {
    const num = (el) => (el.value === '' ? null : Number(el.value));
    const body = { action: 'correct', claimId: claim.id };
    const value = { low: num(low), high: num(high), hedge: hedge.value };
    if (value.low !== v.low || value.high !== v.high || value.hedge !== v.hedge) body.value = value;
    if (measure.value !== figure.measure) body.measure = measure.value;
    if (group.value.trim() !== figure.group) body.group = group.value.trim();
    if (sourceName.value.trim() !== claim.source.name || sourceKind.value !== claim.source.kind) body.source = { name: sourceName.value.trim(), kind: sourceKind.value };
    if (why.value.trim()) body.why = why.value.trim();
    if (Object.keys(body).length === 2 || (Object.keys(body).length === 3 && body.why)) throw new Error('Nothing changed: edit a value, measure, group or source.');
    return review(incident, body, 'Claim corrected', { inDialog: true });
  });
}

export function openOverride(incident, figure) {
  const e = figure.estimate;
  const low = h('input', { type: 'number', min: '0', step: '1', value: e.low ?? '' });
  const best = h('input', { type: 'number', min: '0', step: '1', value: e.best ?? '' });
  const high = h('input', { type: 'number', min: '0', step: '1', value: e.high ?? '' });
  const why = h('input', { maxlength: '2000', required: true, placeholder: 'e.g. hospital list confirmed by phone' });
  openDialog(`Override the estimate: ${words(figure.measure)} · ${words(figure.group)}`, [
    h('div', { class: 'row' }, field('Low', low), field('Best', best), field('High', high)),
    field('Why', why),
  ], 'Override', async () => {
    const num = (el) => (el.value === '' ? null : Number(el.value));
    const body = { action: 'override', figure: { measure: figure.measure, group: figure.group }, why: why.value.trim() };
    for (const [k, el] of [['low', low], ['best', best], ['high', high]]) if (num(el) !== e[k]) body[k] = num(el);
    if (!('low' in body) && !('best' in body) && !('high' in body)) throw new Error('Nothing changed: edit low, best or high.');
    return review(incident, body, 'Estimate overridden', { inDialog: true });
  });
}

/** Files a report under another incident (splitting or merging incidents by hand). */
export async function openMoveReport(report) {
  let known = [];
  try {
    known = (await api.incidents(500, 0)).items.map((i) => i.slug).filter((s) => s !== report.incident);
  } catch {
    // The list is only a convenience: any slug can be typed.
  }
  const slug = h('input', { required: true, list: 'known-incidents', pattern: '[a-z0-9][a-z0-9._\\-]*', autocomplete: 'off', placeholder: 'incident-slug' });
  const why = h('input', { maxlength: '2000', placeholder: 'e.g. a different attack on the same day' });
  openDialog(`Move “${report.title || 'this report'}” to another incident`, [
    h('p', { class: 'muted small' }, `Now filed under ${report.incident}. A new slug creates a new incident (a split).`),
    field('Incident', slug),
    h('datalist', { id: 'known-incidents' }, known.map((k) => h('option', { value: k }))),
    field('Why', why),
  ], 'Move report', async () => {
    const who = reviewer();
    if (!who) return false;
    const body = { incident: slug.value.trim(), who };
    if (why.value.trim()) body.why = why.value.trim();
    await api.moveReport(report.id, body);
    toast(`Report moved to ${body.incident} (undo it from the review log of ${report.incident}).`);
    await state.refresh({});
    return true;
  });
}

/** Merges a source into another one the reviewer picks (the same speaker under two names). */
export function openMergeSource(incident, source, sources) {
  const others = sources.filter((s) => s.key !== source.key);
  if (!others.length) { toast('There is no other source to merge into.', 'error'); return; }
  const into = h('select', { required: true }, others.map((s) => h('option', { value: s.key }, `${s.name} (${s.kind})`)));
  const why = h('input', { maxlength: '2000', placeholder: 'e.g. the commander speaks for the group' });
  openDialog(`Merge “${source.name}” into another source`, [
    h('p', { class: 'muted small' }, `Its claims count as the chosen source's; ${source.name} stays as an alias, and you can undo this from the review log.`),
    field('Same speaker as', into),
    field('Why', why),
  ], 'Merge sources', async () => {
    const body = { action: 'merge-sources', into: into.value, from: [source.key] };
    if (why.value.trim()) body.why = why.value.trim();
    const name = others.find((s) => s.key === into.value)?.name ?? into.value;
    return review(incident, body, `Merged ${source.name} into ${name}`, { inDialog: true });
  });
}

/** Moves every report of this incident into another one; the audit log of that incident keeps the undo. */
export async function openMergeIncident(incident) {
  let known = [];
  try {
    known = (await api.incidents(500, 0)).items.filter((i) => i.slug !== incident);
  } catch (err) {
    toast(`Could not list the incidents: ${err.message}`, 'error');
    return;
  }
  if (!known.length) { toast('There is no other incident to merge into.', 'error'); return; }
  const into = h('select', { required: true }, known.map((i) => h('option', { value: i.slug }, `${i.name && i.name !== i.slug ? `${i.name} – ` : ''}${i.slug} (${i.reports} reports)`)));
  const why = h('input', { maxlength: '2000', placeholder: 'e.g. the same attack reported under two names' });
  openDialog(`Merge ${incident} into another incident`, [
    h('p', { class: 'muted small' }, 'Every report of this incident moves to the chosen one. The merge is logged there, with an undo.'),
    field('Merge into', into),
    field('Why', why),
  ], 'Merge incidents', async () => {
    const who = reviewer();
    if (!who) return false;
    const body = { into: into.value, who };
    if (why.value.trim()) body.why = why.value.trim();
    await api.mergeIncident(incident, body);
    toast(`Merged ${incident} into ${body.into} (undo it from the review log of ${body.into}).`);
    location.hash = `#/incident/${encodeURIComponent(body.into)}`;
    return true;
  });
}
