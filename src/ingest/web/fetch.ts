// Fetching a page or a feed over http(s), defensively: a timeout over the whole exchange, redirects
// followed by hand (loops and chains longer than MAX_REDIRECTS refused), the size limit enforced while the
// body streams in, only page and feed content types accepted, and conditional requests (ETag,
// Last-Modified) so that an unchanged feed costs a 304. Every failure is a refusal with a one-line reason.
import { decodeMarkup, type DecodedMarkup } from './charset.js';
import type { Refusal } from './types.js';

export const MAX_REDIRECTS = 5;
export const DEFAULT_FETCH = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  userAgent: 'sitrep (+https://github.com/sitrep; crisis report reconciliation)',
};

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** From an earlier response: sent as If-None-Match. */
  etag?: string;
  /** From an earlier response: sent as If-Modified-Since. */
  lastModified?: string;
  userAgent?: string;
}

export type ResourceKind = 'html' | 'feed';

export interface Fetched {
  ok: true;
  notModified: false;
  /** The URL asked for. */
  url: string;
  /** The URL after redirects: the one relative links resolve against. */
  finalUrl: string;
  status: number;
  contentType: string;
  kind: ResourceKind;
  /** Decoded body (charset from BOM, header or the document itself). */
  text: string;
  encoding: string;
  bytes: number;
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  ok: true;
  notModified: true;
  url: string;
  finalUrl: string;
  etag?: string;
  lastModified?: string;
}

export type FetchResult = Fetched | NotModified | Refusal;
export type FetchResource = (url: string, opts?: FetchOptions) => Promise<FetchResult>;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml',
  'application/x-rss+xml', 'application/rss', 'text/rss+xml',
]);

export function classifyContentType(contentType: string | null): ResourceKind | null {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (HTML_TYPES.has(mime)) return 'html';
  if (FEED_TYPES.has(mime) || mime.endsWith('+xml')) return 'feed';
  return null;
}

export const fetchResource: FetchResource = async (url, opts = {}) => {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH.maxBytes;
  const refuse = (reason: string): Refusal => ({ ok: false, reason, url });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return refuse(`not a valid URL: ${current}`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return refuse(`only http and https URLs can be fetched, not ${parsed.protocol.replace(':', '')}${hop ? ` (redirected to ${current})` : ''}`);
      }
      seen.add(parsed.href);

      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? DEFAULT_FETCH.userAgent,
        accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

      const res = await fetch(parsed, { redirect: 'manual', signal: controller.signal, headers });
      const etag = res.headers.get('etag') ?? undefined;
      const lastModified = res.headers.get('last-modified') ?? undefined;

      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) return refuse(`HTTP ${res.status} redirect without a Location header`);
        const next = new URL(location, parsed).href;
        if (seen.has(next)) return refuse(`redirect loop (${parsed.href} -> ${next})`);
        if (hop + 1 > MAX_REDIRECTS) return refuse(`too many redirects (more than ${MAX_REDIRECTS})`);
        current = next;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return withValidators({ ok: true, notModified: true, url, finalUrl: parsed.href }, etag, lastModified);
      }
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => undefined);
        return refuse(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      if (res.status !== 200 && res.status !== 203) {
        await res.body?.cancel().catch(() => undefined);
        return refuse(`unexpected HTTP status ${res.status}`);
      }

      const contentType = res.headers.get('content-type') ?? '';
      const declaredLength = Number(res.headers.get('content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return refuse(`too large (${declaredLength} bytes announced, limit ${maxBytes})`);
      }
      let kind = classifyContentType(contentType);
      if (!kind && contentType.trim() !== '') {
        await res.body?.cancel().catch(() => undefined);
        return refuse(`unsupported content type ${contentType.split(';')[0].trim()} (expected an HTML page or an RSS/Atom feed)`);
      }

      const body = await readLimited(res, maxBytes);
      if (body === 'too-large') {
        controller.abort();
        return refuse(`too large (more than ${maxBytes} bytes)`);
      }
      // No Content-Type at all: look at the first bytes rather than trusting a guess.
      kind ??= sniffMarkup(body);
      if (!kind) return refuse('no content type, and the body does not look like HTML or a feed');

      const decoded = decodeMarkup(body, { contentType });
      if (!decoded.ok) return refuse(decoded.reason);
      const fetched: Fetched = {
        ok: true, notModified: false, url, finalUrl: parsed.href, status: res.status,
        contentType, kind, text: (decoded as DecodedMarkup).text, encoding: decoded.encoding, bytes: body.length,
      };
      return withValidators(fetched, etag, lastModified);
    }
  } catch (e) {
    if (controller.signal.aborted) return refuse(`timed out after ${formatMs(timeoutMs)}`);
    return refuse(networkReason(e));
  } finally {
    clearTimeout(timer);
  }
};

async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** HTML or a feed, judged from the first bytes (for bodies without a Content-Type, and for saved files). */
export function sniffMarkup(body: Uint8Array): ResourceKind | null {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  // Processing instructions (<?xml …?>, <?xml-stylesheet …?>) and comments may come first.
  const prolog = head.replace(/^(?:(?:<\?[^>]*>|<!--[\s\S]*?-->)\s*)*/, '');
  if (/^<(rss|feed|rdf:rdf)\b/.test(prolog)) return 'feed';
  if (/^(<!doctype html|<html|<head\b|<body\b)/.test(prolog)) return 'html';
  return null;
}

function withValidators<T extends Fetched | NotModified>(r: T, etag?: string, lastModified?: string): T {
  if (etag) r.etag = etag;
  if (lastModified) r.lastModified = lastModified;
  return r;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** undici hides the real cause ("fetch failed"); dig out the system error for a useful message. */
function networkReason(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code;
  const messages: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (temporary)',
    ECONNRESET: 'connection reset by the server',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_SOCKET: 'the server closed the connection',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  };
  if (code && messages[code]) return messages[code];
  const detail = err.cause?.message ?? err.message ?? String(e);
  return `network error: ${detail}${code ? ` (${code})` : ''}`;
}
