// RSS 2.0 / Atom (and RSS 0.9/1.0) -> feed items, with @rowanmanning/feed-parser, which is lenient:
// unescaped ampersands, unclosed tags and missing fields still give what can be read. A document it cannot
// read as a feed at all (HTML, plain text, truncated before the root) becomes a refusal.
import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fragmentText } from './html-text.js';
import { absolute, clean } from './metadata.js';
import type { Refusal } from './types.js';

export interface FeedItem {
  /** guid / Atom id; when the feed gives none, the link; failing that a hash of title and date. */
  id: string;
  url?: string;
  title?: string;
  /** ISO-8601. */
  published?: string;
  /** Plain text of the description/summary. */
  summary?: string;
  /** Plain text of the full content (content:encoded / Atom content), when the feed carries it. */
  content?: string;
}

export interface FeedReport {
  ok: true;
  format: 'rss' | 'atom';
  title?: string;
  /** The site the feed belongs to. */
  link?: string;
  items: FeedItem[];
}

export function readFeed(xml: string, opts: { url?: string } = {}): FeedReport | Refusal {
  const where = opts.url ? { url: opts.url } : {};
  if (xml.trim() === '') return { ok: false, reason: 'empty feed document', ...where };
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const looksHtml = /^\s*(<!doctype html|<html)/i.test(xml);
    const reason = looksHtml
      ? 'not a feed: the document is an HTML page'
      : code === 'INVALID_FEED'
        ? 'not a readable RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root could be parsed)'
        : `could not parse the feed (${(e as Error).message})`;
    return { ok: false, reason, ...where };
  }
  const items: FeedItem[] = [];
  for (const it of feed.items) {
    const url = absolute(it.url, feed.url ?? opts.url);
    const title = clean(it.title ? fragmentText(it.title) : undefined);
    const published = it.published ?? it.updated;
    const item: FeedItem = { id: clean(it.id) ?? url ?? syntheticId(title, published) };
    if (url) item.url = url;
    if (title) item.title = title;
    if (published && !Number.isNaN(published.getTime())) item.published = published.toISOString().replace('.000Z', 'Z');
    const summary = it.description ? clean(fragmentText(it.description)) : undefined;
    if (summary) item.summary = summary;
    const content = it.content ? fragmentText(it.content).trim() : '';
    if (content) item.content = content;
    if (!item.url && !item.title && !item.summary && !item.content) continue;
    items.push(item);
  }
  const report: FeedReport = { ok: true, format: feed.meta.type === 'atom' ? 'atom' : 'rss', items };
  const title = clean(feed.title);
  if (title) report.title = title;
  const link = absolute(feed.url, opts.url);
  if (link) report.link = link;
  return report;
}

function syntheticId(title: string | undefined, published: Date | null): string {
  const key = `${title ?? ''}\u0000${published ? published.toISOString() : ''}`;
  return `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}
