// The dashboard's entry: routes (#/ and #/incident/<slug>), the incidents list and live updates.
import { api } from './api.js';
import { clear, fill, fmtNum, fmtTime, h, incidentTitle } from './dom.js';
import { openAddReport } from './forms.js';
import { renderIncident } from './incident.js';
import { closeEvidence } from './evidence.js';
import { state } from './shell.js';

const main = document.getElementById('main');
const crumbs = document.getElementById('crumbs');
const liveEl = document.getElementById('live');

// The evidence panel sits under the sticky header, whose height depends on how its tools wrap.
const top = document.querySelector('.top');
new ResizeObserver(() => document.documentElement.style.setProperty('--top-h', `${top.offsetHeight}px`)).observe(top);

document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
document.getElementById('add-report').addEventListener('click', () => openAddReport(state.incident));

function setCrumbs(items) {
  clear(crumbs);
  const ol = h('ol', null);
  items.forEach((it, i) => ol.append(h('li', null, i === items.length - 1 ? h('span', { 'aria-current': 'page' }, it.label) : h('a', { href: it.href }, it.label))));
  crumbs.append(ol);
}

async function route() {
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return;
  closeEvidence();
  const m = /^#\/incident\/([^/?#]+)/.exec(hash);
  if (m) {
    const slug = decodeURIComponent(m[1]);
    state.incident = slug;
    setCrumbs([{ label: 'Incidents', href: '#/' }, { label: slug }]);
    state.refresh = (opts) => renderIncident(main, slug, opts);
  } else {
    state.incident = null;
    setCrumbs([{ label: 'Incidents' }]);
    state.refresh = () => renderList(main);
  }
  await state.refresh({ first: true });
}

window.addEventListener('hashchange', () => void route());

// ---- incidents list ------------------------------------------------------------------------------

let listLimit = 50;

async function renderList(root) {
  let data;
  try {
    data = await api.incidents(listLimit, 0);
  } catch (err) {
    fill(root, h('p', { class: 'error', role: 'alert' }, `Could not load incidents: ${err.message}`));
    return;
  }
  document.title = 'Incidents · sitrep';
  const rows = data.items.map((inc) => h('tr', null,
    h('th', { scope: 'row', 'data-label': 'Incident' }, h('a', { href: `#/incident/${encodeURIComponent(inc.slug)}`, 'data-key': `inc:${inc.slug}` }, incidentTitle(inc)),
      inc.place ? h('div', { class: 'muted small' }, inc.place) : null),
    h('td', { 'data-label': 'First report' }, fmtTime(inc.firstPublished)),
    h('td', { 'data-label': 'Last report' }, fmtTime(inc.lastPublished)),
    h('td', { class: 'n', 'data-label': 'Reports' }, fmtNum(inc.reports)),
    h('td', { class: 'n', 'data-label': 'Sources' }, fmtNum(inc.sources)),
    h('td', { class: 'n', 'data-label': 'Changed (1 h)' }, inc.changedLastHour ? h('span', { class: 'badge changed' }, `${inc.changedLastHour} changed`) : '0'),
    h('td', { class: 'n', 'data-label': 'Contradictions' }, inc.contradictions ? h('span', { class: 'badge conflict' }, `${inc.contradictions} unresolved`) : '0'),
  ));
  const table = h('table', { class: 'incidents' },
    h('caption', null, `${data.total} ${data.total === 1 ? 'incident' : 'incidents'}`),
    h('thead', null, h('tr', null, ['Incident', 'First report', 'Last report', 'Reports', 'Sources', 'Figures changed in the last hour', 'Unresolved contradictions']
      .map((t, i) => h('th', { scope: 'col', class: i >= 3 ? 'n' : null }, t)))),
    h('tbody', null, rows));
  const more = data.total > data.items.length
    ? h('button', { type: 'button', onclick: () => { listLimit += 50; void renderList(root); } }, `Show more (${data.total - data.items.length} left)`)
    : null;
  const empty = data.total === 0 ? h('p', null, 'No incidents yet: add a report (button above) or run sitrep ingest.') : null;
  fill(root, h('h1', null, 'Incidents'), empty ?? h('div', { class: 'table-wrap' }, table), more);
}

// ---- live updates ----------------------------------------------------------------------------------

let pending = 0;
function connectLive() {
  const es = new EventSource('/api/events/stream');
  es.addEventListener('open', () => { liveEl.textContent = 'live'; liveEl.dataset.state = 'on'; });
  es.addEventListener('error', () => { liveEl.textContent = 'reconnecting…'; liveEl.dataset.state = 'off'; });
  es.addEventListener('change', (ev) => {
    let msg;
    try {
      msg = JSON.parse(ev.data);
    } catch {
      return;
    }
    const mine = state.incident === null || msg.incidents.includes(state.incident);
    if (!mine) return;
    // Several reports in a burst: redraw once.
    clearTimeout(pending);
    pending = setTimeout(() => {
      void state.refresh({ live: true }).then(() => {
        liveEl.textContent = `live · updated ${new Date().toLocaleTimeString('en-GB')}`;
      });
    }, 120);
  });
}

connectLive();
void route();
