// The incident page's Share section: download links for the situation report (Markdown, HTML, PDF), as of
// a chosen time and compared with an earlier one, and for every export format. Plain links to the API,
// which answers with attachments: nothing is built in the page, and a keyboard user just tabs through.
import { fmtTime, h } from './dom.js';

const REPORTS = [
  ['md', 'Markdown', 'for a newsletter or a wiki'],
  ['html', 'HTML page', 'standalone, prints well'],
  ['pdf', 'PDF', 'A4, printed by the server (takes a few seconds)'],
];

/** [format, rows, label, what it is for] */
const EXPORTS = [
  ['csv', 'claims', 'Claims (CSV)', 'one row per figure claim, with its source and evidence sentence'],
  ['csv', 'figures', 'Figures (CSV)', 'one row per figure with low, best and high'],
  ['jsonl', 'claims', 'Claims (JSON Lines)', 'the sitrep import format: re-imports into another store'],
  ['hxl', 'claims', 'HXL-tagged CSV', 'for humanitarian information officers'],
  ['events', 'claims', 'Event rows (CSV)', 'one row per event with fatalities by side'],
  ['geojson', 'claims', 'Events with places (GeoJSON)', 'points from the offline gazetteer; ambiguous places flagged'],
];

/** The times typed per incident, kept when live updates redraw the page. */
const chosen = new Map();

const enc = encodeURIComponent;

/** datetime-local value (read as UTC, like the add-report form) -> ISO-8601. */
function isoFromLocal(v) {
  return v ? `${v.length === 16 ? `${v}:00` : v}Z` : '';
}

/** ISO time -> datetime-local value in UTC ("2025-03-12T18:00"). */
function localFromIso(iso) {
  return iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso).toISOString().slice(0, 16) : '';
}

export function reportUrl(slug, format, asOf, since) {
  const q = new URLSearchParams({ format });
  if (asOf) q.set('asOf', asOf);
  if (since) q.set('since', since);
  return `/api/incidents/${enc(slug)}/report?${q}`;
}

export function exportUrl(slug, format, what) {
  const q = `format=${format}${format === 'csv' || format === 'jsonl' ? `&what=${what}` : ''}`;
  return slug ? `/api/incidents/${enc(slug)}/export?${q}` : `/api/export?${q}`;
}

function link(href, label, key, hint) {
  return h('li', null,
    h('a', { href, download: true, class: 'download', 'data-key': key }, label),
    hint ? h('span', { class: 'muted small' }, ` — ${hint}`) : null);
}

function timeField(id, label, value, hint, bounds) {
  const input = h('input', { id, type: 'datetime-local', value, min: bounds.min, max: bounds.max, 'data-key': id, 'aria-describedby': `${id}-hint` });
  return [input, h('label', { class: 'field' }, h('span', null, label), input, h('small', { class: 'muted', id: `${id}-hint` }, hint))];
}

/** The Share section's content for an incident; `picture` gives the report times the inputs may take. */
export function shareSection(slug, picture) {
  const times = picture.reports.map((r) => r.published).filter(Boolean).sort();
  const bounds = { min: localFromIso(times[0]), max: localFromIso(times[times.length - 1]) };
  const state = chosen.get(slug) ?? { asOf: '', since: '' };
  const [asOf, asOfField] = timeField('share-as-of', 'As of (UTC)', state.asOf, 'only reports published by then; empty: every report', bounds);
  const [since, sinceField] = timeField('share-since', 'Changes since (UTC)', state.since, 'optional: add what moved since this earlier time', bounds);
  const problem = h('p', { class: 'error', role: 'alert' });
  const reportLinks = REPORTS.map(([format, label, hint]) => link('#', label, `share:report:${format}`, hint));
  const anchors = reportLinks.map((li) => li.querySelector('a'));

  const update = () => {
    chosen.set(slug, { asOf: asOf.value, since: since.value });
    const a = isoFromLocal(asOf.value);
    const s = isoFromLocal(since.value);
    const first = times[0];
    const bad = a && first && Date.parse(a) < Date.parse(first)
      ? `No report was published by then: the first one is from ${fmtTime(first)}.`
      : a && s && s > a ? 'The “changes since” time must be before the “as of” time.' : '';
    problem.textContent = bad;
    REPORTS.forEach(([format, label], i) => {
      // a refused combination leaves no link to follow (it would only download an error)
      if (bad) {
        anchors[i].removeAttribute('href');
        anchors[i].setAttribute('aria-disabled', 'true');
      } else {
        anchors[i].setAttribute('href', reportUrl(slug, format, a, s));
        anchors[i].removeAttribute('aria-disabled');
      }
      anchors[i].setAttribute('aria-label', `Download the situation report as ${label}${a ? ` as of ${a}` : ''}`);
    });
  };
  asOf.addEventListener('input', update);
  since.addEventListener('input', update);
  update();

  return h('div', { class: 'share' },
    h('div', { class: 'share-block' },
      h('h3', null, 'Situation report'),
      h('div', { class: 'row' }, asOfField, sinceField),
      problem,
      h('ul', { class: 'downloads', 'aria-label': 'Situation report downloads' }, reportLinks)),
    h('div', { class: 'share-block' },
      h('h3', null, 'Exports of this incident'),
      h('ul', { class: 'downloads', 'aria-label': 'Export downloads' },
        EXPORTS.map(([format, what, label, hint]) => link(exportUrl(slug, format, what), label, `share:export:${format}:${what}`, hint))),
      h('p', { class: 'muted small' }, 'Every incident in one file: ',
        EXPORTS.map(([format, what, label], i) => [i ? ' · ' : '', h('a', { href: exportUrl(null, format, what), download: true, 'data-key': `share:all:${format}:${what}`, 'aria-label': `${label} of every incident` }, label)]),
        '. Schemas of the rows: docs/schemas in the sitrep repository.')));
}
