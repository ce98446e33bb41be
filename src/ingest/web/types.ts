// Types of the web ingest layer: what a page, a live-blog entry or a feed item becomes before it is stored.
import type { ReportMeta } from '../../extract/types.js';

/** Why something was not ingested, in one line a user can act on. */
export interface Refusal {
  ok: false;
  reason: string;
  /** The URL (or file) the refusal is about, when known. */
  url?: string;
}

/**
 * One report taken from the web: the text that gets stored (evidence spans point into it) and what the
 * page says about itself. `url` is the canonical URL when the page gives one, plus `#entry` for live-blog
 * entries; `fetchedFrom` is where we actually got the bytes.
 */
export interface WebReport extends ReportMeta {
  text: string;
  title?: string;
  outlet?: string;
  /** ISO-8601. */
  published?: string;
  /** ISO-8601, when the page says it was updated. */
  modified?: string;
  url?: string;
  /** BCP 47 language tag from `<html lang>`, meta tags or og:locale. */
  lang?: string;
  fetchedFrom?: string;
  /** For live-blog entries: the page they came from (without fragment). */
  liveBlog?: string;
  /** How the outlet was found: 'publisher' (JSON-LD), 'site_name' (Open Graph), 'meta', or 'host' (URL). */
  outletFrom?: 'publisher' | 'site_name' | 'meta' | 'host';
}

export type PageReport = { ok: true } & WebReport;

/** A page read into one report (an article) or many (a live blog, one per entry). */
export interface PageReports {
  ok: true;
  kind: 'article' | 'liveblog';
  reports: WebReport[];
}
