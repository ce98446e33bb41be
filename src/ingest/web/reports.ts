// The entry point for a page: a live blog becomes one report per entry, anything else one article.
import { readLiveBlog } from './liveblog.js';
import { readMeta, type DocLike } from './metadata.js';
import { articleOf, parseDocument, type ReadPageOptions } from './page.js';
import type { PageReports, Refusal } from './types.js';

export function readReports(html: string, opts: ReadPageOptions = {}): PageReports | Refusal {
  try {
    const doc = parseDocument(html);
    const meta = readMeta(doc as unknown as DocLike, opts.url);
    const entries = readLiveBlog(doc, meta, opts);
    if (entries) return { ok: true, kind: 'liveblog', reports: entries };
    const page = articleOf(doc, meta, opts);
    if (!page.ok) return page;
    const { ok: _ok, ...report } = page;
    return { ok: true, kind: 'article', reports: [report] };
  } catch (e) {
    // A DOM library bug on some odd page must cost that page, not the batch it is in.
    return { ok: false, reason: `could not read the page (${(e as Error).message})`, ...(opts.url ? { url: opts.url } : {}) };
  }
}
