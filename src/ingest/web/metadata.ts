// What a page says about itself: headline, outlet, times, canonical URL, language. Sources in order of
// trust: JSON-LD (NewsArticle and friends), then Open Graph / article:* tags, then other meta tags and
// <time datetime>, then the URL itself.

/** The part of a DOM document we read (linkedom's document satisfies it). */
export interface DocLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement: ElementLike | null;
  title?: string;
}
export interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  title?: string;
  outlet?: string;
  outletFrom?: 'publisher' | 'site_name' | 'meta' | 'host';
  published?: string;
  modified?: string;
  /** Canonical URL (absolute, http/https). */
  url?: string;
  lang?: string;
  /** The JSON-LD nodes found on the page, flattened (@graph unrolled, arrays spread). */
  jsonLd: JsonLdNode[];
}

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|WebPage)$/;

export function readMeta(doc: DocLike, pageUrl?: string): PageMeta {
  const jsonLd = readJsonLd(doc);
  const article = pickArticle(jsonLd);
  const byId = new Map<string, JsonLdNode>();
  for (const n of jsonLd) if (typeof n['@id'] === 'string') byId.set(n['@id'] as string, n);

  // One pass over the <meta> tags; keys compared case-insensitively (og:Title and OG:title exist in the wild).
  const metas = new Map<string, string>();
  const tags = doc.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const content = tags[i].getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = tags[i].getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (key: string): string | undefined => metas.get(key.toLowerCase());

  const title = clean(str(article?.headline)) ?? clean(str(article?.name)) ?? clean(meta('og:title')) ??
    clean(meta('twitter:title')) ?? clean(meta('title')) ?? clean(doc.querySelector('h1')?.textContent) ??
    clean(doc.title ?? doc.querySelector('title')?.textContent ?? undefined);

  let outlet: string | undefined;
  let outletFrom: PageMeta['outletFrom'];
  const publisher = resolve(article?.publisher, byId);
  const pubName = clean(Array.isArray(publisher) ? str((publisher[0] as JsonLdNode)?.name) : str(publisher?.name));
  if (pubName) [outlet, outletFrom] = [pubName, 'publisher'];
  else if (meta('og:site_name')) [outlet, outletFrom] = [clean(meta('og:site_name')), 'site_name'];
  else if (meta('application-name')) [outlet, outletFrom] = [clean(meta('application-name')), 'meta'];

  const published = isoTime(str(article?.datePublished)) ?? isoTime(meta('article:published_time')) ??
    isoTime(meta('datePublished')) ?? isoTime(meta('pubdate')) ?? isoTime(meta('publish-date')) ??
    isoTime(meta('date')) ?? isoTime(meta('dc.date')) ?? isoTime(meta('DC.date.issued')) ??
    isoTime(meta('parsely-pub-date')) ?? firstTime(doc);
  const modified = isoTime(str(article?.dateModified)) ?? isoTime(meta('article:modified_time')) ??
    isoTime(meta('og:updated_time')) ?? isoTime(meta('dateModified')) ?? isoTime(meta('last-modified'));

  const mainEntity = article?.mainEntityOfPage;
  const entityUrl = typeof mainEntity === 'string' ? mainEntity : str((mainEntity as JsonLdNode | undefined)?.['@id']);
  const url = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(meta('og:url'), pageUrl) ?? absolute(str(article?.url), pageUrl) ?? absolute(entityUrl, pageUrl) ??
    absolute(pageUrl, undefined);

  if (!outlet) {
    const host = hostOf(url ?? pageUrl);
    if (host) [outlet, outletFrom] = [host, 'host'];
  }

  const ogLocale = meta('og:locale')?.replace('_', '-');
  const lang = clean(doc.documentElement?.getAttribute('lang') ?? undefined) ??
    clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? undefined) ??
    clean(str(article?.inLanguage)) ?? ogLocale;

  return dropUndefined({ title, outlet, outletFrom, published, modified, url, lang, jsonLd });
}

/** All JSON-LD nodes of the page; a script that does not parse is skipped, not fatal. */
export function readJsonLd(doc: DocLike): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i].textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // CMSes often leave raw newlines/tabs inside strings; those are the usual reason it fails.
      try {
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    flatten(data, out);
  }
  return out;
}

function flatten(data: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(data)) {
    for (const d of data) flatten(d, out);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const node = data as JsonLdNode;
  if (Array.isArray(node['@graph'])) flatten(node['@graph'], out);
  if (node['@type']) out.push(node);
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function pickArticle(nodes: JsonLdNode[]): JsonLdNode | undefined {
  // Prefer a real article over the WebPage wrapper many sites also emit.
  return nodes.find((n) => typesOf(n).some((t) => t !== 'WebPage' && ARTICLE_TYPES.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
}

function resolve(v: unknown, byId: Map<string, JsonLdNode>): JsonLdNode | JsonLdNode[] | undefined {
  if (!v || typeof v !== 'object') return typeof v === 'string' ? { name: v } : undefined;
  if (Array.isArray(v)) return v.map((x) => resolve(x, byId)).filter((x): x is JsonLdNode => !!x && !Array.isArray(x));
  const node = v as JsonLdNode;
  if (!node.name && typeof node['@id'] === 'string') return byId.get(node['@id'] as string) ?? node;
  return node;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

export function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/**
 * Normalises a machine-readable time to ISO-8601 in UTC ("2025-03-11T09:05:00Z"); a bare date stays a date.
 * Anything Date cannot read is ignored rather than guessed.
 */
export function isoTime(s: string | null | undefined): string | undefined {
  const t = clean(s);
  if (!t) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t) && !/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(t)) return undefined;
  // No offset given: read it as UTC so the result does not depend on the machine's time zone.
  const withZone = /[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? `${t}Z` : t;
  const d = new Date(withZone.replace(' ', 'T'));
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace('.000Z', 'Z');
}

function firstTime(doc: DocLike): string | undefined {
  const pub = doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return isoTime(pub?.getAttribute('datetime'));
}

export function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  const h = clean(href);
  if (!h) return undefined;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}
