// A live blog -> one report per entry, each with its own time and a URL fragment (#entry-id, or #n).
// Two ways pages mark entries up: JSON-LD LiveBlogPosting with liveBlogUpdate postings (preferred: plain
// text and a time per entry), or repeated sibling elements (article/li/div) each holding a <time datetime>.
import { blockText, fragmentText } from './html-text.js';
import { clean, isoTime, readMeta, typesOf, type DocLike, type JsonLdNode, type PageMeta } from './metadata.js';
import { parseDocument, type ReadPageOptions } from './page.js';
import type { WebReport } from './types.js';

/** An entry with fewer words than this is a stub ("Follow our coverage below"), not a report. */
const MIN_ENTRY_WORDS = 4;
/**
 * Without JSON-LD saying "LiveBlogPosting", sibling entries must be labelled like a live blog (class or id)
 * and read like posts: enough text of their own, not a grid of teaser links with dates.
 */
const UNMARKED_MIN_AVG_CHARS = 40;
const MAX_LINK_SHARE = 0.3;
/** Containers whose timestamped children are not entries of the page itself. */
const NOT_ENTRIES = /comment|related|recommend|sidebar|promo|most-?read|newsletter|footer|\bnav\b|menu|teaser/i;
// Not "post" or "entry": CMS themes put those on every article and archive page.
const LIVE_HINT = /live|timeline|updates?\b|ticker|stream/i;

interface El {
  nodeType: number;
  nodeName: string;
  id?: string;
  parentElement: El | null;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}

/** Entries of a live blog, or null when the page is not one. Run before Readability (it mutates the DOM). */
export function readLiveBlog(doc: Document, meta: PageMeta, opts: ReadPageOptions = {}): WebReport[] | null {
  const base = pageUrl(meta.url ?? opts.url);
  const posting = meta.jsonLd.find((n) => typesOf(n).includes('LiveBlogPosting'));
  const fromLd = posting ? jsonLdEntries(posting, meta, base, opts) : [];
  if (fromLd.length > 0) return fromLd;
  const fromMarkup = markupEntries(doc as unknown as El, meta, base, opts, !!posting);
  return fromMarkup.length > 0 ? fromMarkup : null;
}

/** Convenience for tests and callers holding a string. */
export function readLiveBlogHtml(html: string, opts: ReadPageOptions = {}): WebReport[] | null {
  const doc = parseDocument(html);
  return readLiveBlog(doc, readMeta(doc as unknown as DocLike, opts.url), opts);
}

function jsonLdEntries(posting: JsonLdNode, meta: PageMeta, base: string | undefined, opts: ReadPageOptions): WebReport[] {
  const raw = posting.liveBlogUpdate;
  const updates = (Array.isArray(raw) ? raw : raw ? [raw] : []) as JsonLdNode[];
  const out: WebReport[] = [];
  updates.forEach((u, i) => {
    if (!u || typeof u !== 'object') return;
    const body = typeof u.articleBody === 'string' ? u.articleBody : typeof u.text === 'string' ? u.text : '';
    const text = fragmentText(body);
    if (words(text) < MIN_ENTRY_WORDS) return;
    const ref = typeof u.url === 'string' ? u.url : typeof u['@id'] === 'string' ? (u['@id'] as string) : '';
    const hash = ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : String(i + 1);
    const headline = typeof u.headline === 'string' ? clean(u.headline) : undefined;
    out.push(entryReport(text, headline, isoTime(u.datePublished as string | undefined), hash, meta, base, opts, isoTime(u.dateModified as string | undefined)));
  });
  return out;
}

function markupEntries(doc: El, meta: PageMeta, base: string | undefined, opts: ReadPageOptions, marked: boolean): WebReport[] {
  const times = doc.querySelectorAll('time[datetime]');
  if (times.length < 2) return [];
  // For each possible parent, the distinct children that hold a timestamp; the parent with most is the list.
  const groups = new Map<El, Set<El>>();
  for (let i = 0; i < times.length; i++) {
    let child: El = times[i];
    for (let p = child.parentElement; p; child = p, p = p.parentElement) {
      let set = groups.get(p);
      if (!set) groups.set(p, (set = new Set()));
      set.add(child);
    }
  }
  let best: El | null = null;
  let bestSize = 1;
  for (const [p, set] of groups) {
    if (set.size > bestSize || (set.size === bestSize && best && contains(best, p))) {
      if (excluded(p)) continue;
      best = p;
      bestSize = set.size;
    }
  }
  if (!best) return [];
  const entries = [...groups.get(best)!].filter((e) => e.nodeType === 1 && !excluded(e));
  const labelled = hinted(best) || entries.some(hinted);
  if (!marked && !labelled) return [];
  const texts = entries.map((e) => blockText(e as never, { skip: (n) => isStamp(n as unknown as El) }));
  const kept = entries.map((e, i) => ({ e, text: texts[i] })).filter((x) => words(x.text) >= MIN_ENTRY_WORDS);
  if (kept.length < 2) return [];
  if (!marked) {
    const chars = kept.reduce((s, x) => s + x.text.length, 0);
    const linked = kept.reduce((s, x) => s + linkChars(x.e), 0);
    if (chars / kept.length < UNMARKED_MIN_AVG_CHARS || linked / Math.max(1, chars) > MAX_LINK_SHARE) return [];
  }
  return kept.map(({ e, text }, i) => {
    const time = e.querySelector('time[datetime]');
    const heading = clean(e.querySelector('h1, h2, h3, h4, h5, h6')?.textContent);
    const id = e.getAttribute('id') ?? e.getAttribute('data-entry-id') ?? e.getAttribute('data-post-id') ?? e.getAttribute('data-id');
    return entryReport(text, heading, isoTime(time?.getAttribute('datetime')), clean(id) ?? String(i + 1), meta, base, opts);
  });
}

function entryReport(
  text: string, heading: string | undefined, published: string | undefined, hash: string,
  meta: PageMeta, base: string | undefined, opts: ReadPageOptions, modified?: string,
): WebReport {
  const r: WebReport = { text };
  const title = heading ?? meta.title;
  if (title) r.title = title;
  if (meta.outlet) r.outlet = meta.outlet;
  if (meta.outletFrom) r.outletFrom = meta.outletFrom;
  // An entry without its own time still belongs to the page's time, which is better than none.
  const when = published ?? meta.published;
  if (when) r.published = when;
  if (modified) r.modified = modified;
  if (base) {
    r.url = `${base}#${encodeURIComponent(hash)}`;
    r.liveBlog = base;
  }
  if (meta.lang) r.lang = meta.lang;
  if (opts.url) r.fetchedFrom = opts.url;
  return r;
}

/** Entry furniture that is not the report: a timestamp in the entry's header, the author tag, share links. */
const FURNITURE = /author|byline|share|social|avatar/i;
function isStamp(n: El): boolean {
  if (n.nodeName.toUpperCase() === 'TIME') return n.parentElement?.nodeName.toUpperCase() !== 'P';
  return FURNITURE.test(n.getAttribute?.('class') ?? '');
}

function excluded(el: El): boolean {
  for (let e: El | null = el; e; e = e.parentElement) {
    const tag = e.nodeName.toUpperCase();
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
    const label = `${e.getAttribute?.('class') ?? ''} ${e.getAttribute?.('id') ?? ''}`;
    if (NOT_ENTRIES.test(label)) return true;
  }
  return false;
}

function linkChars(el: El): number {
  const links = el.querySelectorAll('a');
  let n = 0;
  for (let i = 0; i < links.length; i++) n += (links[i].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}

/** The element or one of its ancestors below <body> is labelled like a live blog. */
function hinted(el: El): boolean {
  for (let e: El | null = el; e && !/^(BODY|HTML|#document)$/i.test(e.nodeName); e = e.parentElement) {
    if (LIVE_HINT.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function contains(ancestor: El, node: El): boolean {
  for (let e: El | null = node.parentElement; e; e = e.parentElement) if (e === ancestor) return true;
  return false;
}

function pageUrl(url: string | undefined): string | undefined {
  return url ? url.replace(/#.*$/, '') : undefined;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
