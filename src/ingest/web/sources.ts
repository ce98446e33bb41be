// The two ways a page reaches `sitrep ingest`: a saved .html file (bytes) or an http(s) URL.
// Thin adapters over charset + fetch + readReports, so the CLI makes one call per argument.
import { decodeMarkup } from './charset.js';
import { fetchResource as defaultFetch, type FetchOptions, type FetchResource } from './fetch.js';
import { readReports } from './reports.js';
import type { PageReports, Refusal } from './types.js';

/** A saved page: decode its bytes (BOM, meta charset, windows-1252 fallback), then read it. */
export function reportsFromHtmlBytes(bytes: Uint8Array, opts: { url?: string; contentType?: string } = {}): PageReports | Refusal {
  const decoded = decodeMarkup(bytes, { contentType: opts.contentType });
  if (!decoded.ok) return { ...decoded, ...(opts.url ? { url: opts.url } : {}) };
  return readReports(decoded.text, { url: opts.url });
}

/** A URL: fetch it (limits, redirects, type checks) and read the page; a feed URL is pointed to `watch`. */
export async function reportsFromUrl(
  url: string,
  opts: FetchOptions & { fetchResource?: FetchResource } = {},
): Promise<PageReports | Refusal> {
  const { fetchResource = defaultFetch, ...fetchOpts } = opts;
  const res = await fetchResource(url, fetchOpts);
  if (!res.ok) return res;
  if (res.notModified) return { ok: false, reason: 'not modified since the last fetch', url };
  if (res.kind === 'feed') return { ok: false, reason: 'this is an RSS/Atom feed, not a page; follow it with `sitrep watch <url>`', url };
  const read = readReports(res.text, { url: res.finalUrl });
  return read.ok ? read : { ...read, url: read.url ?? url };
}
