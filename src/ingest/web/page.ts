// An HTML page -> one report: the main article text (Readability over linkedom, boilerplate dropped) and
// the page's metadata. Pure: no I/O; the caller decodes bytes (charset.ts) and passes the page URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText } from './html-text.js';
import { readMeta, type DocLike, type PageMeta } from './metadata.js';
import type { PageReport, Refusal } from './types.js';

/** Fewer words than this after extraction is not an article (a paywall stub, a JavaScript shell). */
export const MIN_ARTICLE_WORDS = 8;

export interface ReadPageOptions {
  /** Where the page came from; resolves relative links and is the fallback URL and outlet. */
  url?: string;
}

export function parseDocument(html: string): Document {
  // linkedom builds no usable document from a fragment or plain text: give it the frame browsers infer.
  const framed = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(framed).document as unknown as Document;
}

export function readPage(html: string, opts: ReadPageOptions = {}): PageReport | Refusal {
  const doc = parseDocument(html);
  const meta = readMeta(doc as unknown as DocLike, opts.url);
  return articleOf(doc, meta, opts);
}

/** Readability on an already parsed document (it mutates the DOM, so read the metadata first). */
export function articleOf(doc: Document, meta: PageMeta, opts: ReadPageOptions): PageReport | Refusal {
  const where = meta.url ?? opts.url;
  if (!doc.body || (doc.body.textContent ?? '').trim() === '') return refuse('empty page: no text in <body>', where);
  let text = '';
  try {
    // When the page marks its story up as one <article> (or itemprop=articleBody), read only that: teaser
    // grids and link lists next to it can outscore a short story in Readability, and a smaller DOM is faster.
    const scoped = storyElement(doc);
    if (scoped) text = readable(parseDocument(`<!doctype html><html><head></head><body>${scoped.outerHTML}</body></html>`));
    if (words(text) < MIN_ARTICLE_WORDS) text = readable(doc);
  } catch (e) {
    return refuse(`could not read the article (${(e as Error).message})`, where);
  }
  const count = words(text);
  if (count < MIN_ARTICLE_WORDS) {
    return refuse(
      count === 0
        ? 'empty article: no main text found on the page (it may need JavaScript or a login)'
        : `empty article: only ${count} word${count === 1 ? '' : 's'} of main text found`,
      where,
    );
  }
  const report: PageReport = { ok: true, text };
  if (meta.title) report.title = meta.title;
  if (meta.outlet) report.outlet = meta.outlet;
  if (meta.outletFrom) report.outletFrom = meta.outletFrom;
  if (meta.published) report.published = meta.published;
  if (meta.modified) report.modified = meta.modified;
  if (meta.url) report.url = meta.url;
  if (meta.lang) report.lang = meta.lang;
  if (opts.url) report.fetchedFrom = opts.url;
  return report;
}

/** Words of story a marked-up story element must have before we trust it over the whole page. */
const MIN_STORY_WORDS = 50;

function storyElement(doc: Document): Element | null {
  for (const selector of ['[itemprop="articleBody"]', 'article']) {
    const found = doc.querySelectorAll(selector);
    if (found.length !== 1) continue;
    if (words(found[0].textContent ?? '') >= MIN_STORY_WORDS) return found[0];
  }
  return null;
}

function readable(doc: Document): string {
  const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  return article?.content ? blockText(article.content as never) : '';
}

function words(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w !== '') n++;
  return n;
}

function refuse(reason: string, url?: string): Refusal {
  return url ? { ok: false, reason, url } : { ok: false, reason };
}
