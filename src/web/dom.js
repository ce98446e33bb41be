// Building the page without ever parsing report data as HTML: every string becomes a text node.
// (There is deliberately no innerHTML anywhere in the dashboard.)

/**
 * h('button', {class: 'chip', onclick: fn, 'aria-label': '…'}, 'text', childNode, [more])
 * Attributes are set with setAttribute (on* keys become listeners); children that are strings or
 * numbers become text nodes, null/false are skipped, arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'href') el.setAttribute('href', safeHref(v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Only http(s) links and in-page routes: a report's "javascript:" URL becomes a dead link. */
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#')) return s;
  try {
    const u = new URL(s, location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  return '#';
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** Replaces an element's content (null children skipped, unlike Element.append which prints "null"). */
export function fill(el, ...children) {
  return append(clear(el), children);
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "12 Mar 2025, 07:30 UTC"; a date without a time stays a date. */
export function fmtTime(iso) {
  if (!iso) return 'time unknown';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return String(iso);
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return DAY.format(t);
  return `${DATE.format(t)} UTC`;
}

const HEDGE_WORDS = { about: 'about ', at_least: 'at least ', at_most: 'at most ' };

/** A claimed value the way a desk would say it: "at least 30", "70–80", "dozens (24–99)". */
export function fmtValue(v) {
  if (!v) return '?';
  const { low, high, hedge } = v;
  const n = (x) => (x === null || x === undefined ? '?' : x.toLocaleString('en-GB'));
  if (hedge === 'range' || (low !== null && high !== null && low !== high && hedge !== 'about' && hedge !== 'vague')) return `${n(low)}–${n(high)}`;
  if (hedge === 'vague') return high === null ? `some (${n(low)}+)` : `${n(low)}–${n(high)} (vague)`;
  if (hedge === 'at_most') return `at most ${n(high ?? low)}`;
  if (hedge === 'about' && low !== null && high !== null && low !== high) return `about ${n(Math.round((low + high) / 2))}`;
  return `${HEDGE_WORDS[hedge] ?? ''}${n(low ?? high)}`;
}

export function fmtNum(x) {
  return x === null || x === undefined ? '–' : x.toLocaleString('en-GB');
}

/** "security_forces" -> "security forces". */
export function words(s) {
  return String(s ?? '').replace(/_/g, ' ');
}

export function incidentTitle(inc) {
  if (inc.name && inc.name !== inc.slug) return inc.name;
  return words(inc.slug ?? inc.name).replace(/-/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** Remembers which element had focus (by data-key) so a re-render can give it back. */
export function focusKey() {
  const el = document.activeElement;
  return el instanceof HTMLElement ? el.dataset.key ?? null : null;
}

export function restoreFocus(key) {
  if (!key) return;
  const el = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
}
