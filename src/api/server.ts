// The HTTP face of sitrep: the dashboard's static files and a JSON API over the store and the picture.
// Thin adapter: decisions live in reconcile/ (pictures) and ingest/ (adding reports); this file maps
// HTTP to them, with the safety rules of issue 6 (loopback by default, token, CSP, limits, one error shape).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ingestPaths, type IngestOutcome } from '../ingest/ingest.js';
import { STDIN } from '../ingest/files.js';
import { checkPublished, checkUrl } from '../ingest/validate.js';
import type { Figure, Picture } from '../reconcile/types.js';
import type { NewReviewAction, Store } from '../store/types.js';
import { accessGuard, checkBinding, DEFAULT_HOST, DEFAULT_PORT, INSTANCE_HEADER } from './access.js';
export { checkBinding, DEFAULT_HOST, DEFAULT_PORT } from './access.js';
import { ApiError, badRequest, errorBody, handleError, notFound } from './errors.js';
import { LiveHub } from './live.js';
import { overview, PictureService } from './pictures.js';
import { docs, openApiDocument, type RouteDoc } from './schemas.js';
import { registerShareRoutes } from './share-routes.js';

export interface ServerOptions {
  store: Store;
  /** Interface to bind; 127.0.0.1 unless told otherwise. A non-loopback host needs a token. */
  host?: string;
  port?: number;
  /** Access token: when set, every /api request needs `Authorization: Bearer <token>` (or the dashboard cookie). */
  token?: string;
  /** Largest request body in bytes (default 4 MiB); pasted reports are limited by it too. */
  bodyLimit?: number;
  /** Requests per minute per client; false turns the limit off (benchmarks). Writes get a tenth of it. */
  rateLimit?: number | false;
  /** How often the live stream polls the store for reports written by other processes (default 300 ms). */
  pollMs?: number;
  logger?: boolean;
  /** Sent back with every picture (header x-sitrep-instance): the id under which this server announced itself. */
  instance?: string;
}

const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;
const DEFAULT_RATE = 1200;

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));
const UPLOT_DIR = dirname(createRequire(import.meta.url).resolve('uplot'));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function buildServer(options: ServerOptions): FastifyInstance {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token?.trim() || undefined;
  checkBinding(host, token);
  const { store } = options;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const rate = options.rateLimit === undefined ? DEFAULT_RATE : options.rateLimit;

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Stack traces and internals never reach a client; see errors.ts.
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  // Only JSON bodies: a cross-site form (text/plain, urlencoded) cannot post to the API.
  app.removeContentTypeParser('text/plain');

  const pictures = new PictureService(store);
  const live = new LiveHub(store, options.pollMs ?? 300, (slugs) => slugs.forEach((s) => pictures.invalidate(s)));

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(errorBody('not_found', `no route for ${req.method} ${req.url.split('?')[0]}`));
  });
  app.addHook('onRequest', accessGuard(token));
  // Before the server stops accepting: open event streams would otherwise keep close() waiting.
  app.addHook('preClose', async () => live.close());

  app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain http on loopback: HSTS would only confuse browsers.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  if (rate !== false) {
    app.register(fastifyRateLimit, { global: true, max: rate, timeWindow: 60_000 });
  }
  app.register(fastifyStatic, { root: WEB_DIR, prefix: '/', index: ['index.html'], wildcard: false, serveDotFiles: false });
  app.register(fastifyStatic, {
    root: UPLOT_DIR, prefix: '/vendor/uplot/', decorateReply: false, wildcard: false,
    allowedPath: (path) => path === '/uPlot.esm.js' || path === '/uPlot.min.css',
  });

  // Routes live in a child context registered after the plugins, so the rate limiter sees every route.
  app.register(async (api) => {
    const route = (d: RouteDoc, handler: (req: FastifyRequest<any>) => Promise<unknown>, extra: { write?: boolean; skipSchema?: boolean } = {}) => {
      const schema: Record<string, unknown> = {};
      if (d.params) schema.params = d.params;
      if (d.querystring) schema.querystring = d.querystring;
      if (d.body && !extra.skipSchema) schema.body = d.body;
      api.route({
        method: d.method,
        url: d.url,
        schema,
        ...(extra.write && rate !== false ? { config: { rateLimit: { max: Math.max(10, Math.floor(rate / 10)), timeWindow: 60_000 } } } : {}),
        handler: async (req, reply) => {
          const out = await handler(req);
          reply.code(d.ok.status).header('cache-control', 'no-store');
          return out;
        },
      });
    };

    const pictureOf = async (slug: string): Promise<Picture> => {
      const p = await pictures.get(slug);
      if (!p) throw notFound(`incident "${slug}"`);
      return p.picture;
    };

    route(docs.incidents, async (req: FastifyRequest<{ Querystring: { limit: number; offset: number } }>) => {
      const { limit, offset } = req.query;
      const all = await pictures.summaries();
      const now = Date.now();
      const items = [];
      for (const s of all.slice(offset, offset + limit)) {
        const p = await pictures.get(s.slug, all);
        const o = p ? overview(p, now) : { place: null, sources: 0, figures: 0, changedLastHour: 0, contradictions: 0, failedChecks: 0 };
        items.push({ ...s, ...o });
      }
      return { items, total: all.length, limit, offset };
    });

    // Served from the cached JSON text with an ETag: a warm request costs two small queries.
    api.get(docs.picture.url, { schema: { params: docs.picture.params, querystring: docs.picture.querystring } }, async (req, reply) => {
      const { slug } = req.params as { slug: string };
      const { view } = req.query as { view: 'full' | 'summary' };
      const p = await pictures.get(slug);
      if (!p) throw notFound(`incident "${slug}"`);
      const etag = `"${p.version}${view === 'summary' ? '-s' : ''}"`;
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (options.instance) reply.header(INSTANCE_HEADER, options.instance);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      reply.type('application/json; charset=utf-8');
      // The full picture is sent as it is serialised (tens of MB for a large incident), then kept.
      return view === 'full' ? reply.send(Readable.from(p.fullChunks(), { objectMode: false })) : reply.send(p.json(view));
    });

    route(docs.reports, async (req: FastifyRequest<{ Params: { slug: string }; Querystring: { limit: number; offset: number } }>) => {
      const reports = await store.listReports(req.params.slug);
      if (reports.length === 0) throw notFound(`incident "${req.params.slug}"`);
      const { limit, offset } = req.query;
      const items = reports.slice(offset, offset + limit).map(({ text: _text, extra: _extra, ...meta }) => meta);
      return { items, total: reports.length, limit, offset };
    });

    route(docs.claims, async (req: FastifyRequest<{ Params: { slug: string }; Querystring: { limit: number; offset: number; type?: string; measure?: string; group?: string } }>) => {
      const picture = await pictureOf(req.params.slug);
      const { limit, offset, type, measure, group } = req.query;
      const all: unknown[] = [];
      const byFigure = measure !== undefined || group !== undefined;
      if (type !== 'event') {
        for (const f of picture.figures) {
          if ((measure !== undefined && f.measure !== measure) || (group !== undefined && f.group !== group)) continue;
          for (const c of f.claims) all.push({ type: 'figure', measure: f.measure, group: f.group, ...c });
        }
      }
      if (type !== 'figure' && !byFigure) {
        for (const e of picture.events) {
          for (const c of e.claims) all.push({ type: 'event', event: e.event, ...c });
        }
      }
      return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
    });

    route(docs.sources, async (req: FastifyRequest<{ Params: { slug: string }; Querystring: { limit: number; offset: number } }>) => {
      const { sources } = await pictureOf(req.params.slug);
      const { limit, offset } = req.query;
      return { items: sources.slice(offset, offset + limit), total: sources.length, limit, offset };
    });

    route(docs.events, async (req: FastifyRequest<{ Params: { slug: string }; Querystring: { limit: number; offset: number } }>) => {
      const { events } = await pictureOf(req.params.slug);
      const { limit, offset } = req.query;
      return { items: events.slice(offset, offset + limit), total: events.length, limit, offset };
    });

    route(docs.report, async (req: FastifyRequest<{ Params: { id: string } }>) => {
      const found = await store.getReportWithClaims(req.params.id);
      if (!found) throw notFound(`report ${req.params.id.slice(0, 12)}`);
      const { extra: _extra, ...report } = found.report;
      return { report, claims: found.claims };
    });

    route(docs.addReport, async (req: FastifyRequest<{ Body: { text: string; incident?: string; outlet?: string; published?: string; url?: string; title?: string } }>) => {
      const b = req.body;
      if (b.published !== undefined && b.published !== '') {
        const bad = checkPublished(b.published);
        if (bad) throw badRequest(`published ${bad}`);
      }
      if (b.url !== undefined && b.url !== '') {
        const bad = checkUrl(b.url);
        if (bad) throw badRequest(`url ${bad}`);
      }
      const meta = Object.fromEntries(
        (['outlet', 'published', 'url', 'title'] as const).filter((k) => typeof b[k] === 'string' && b[k]!.trim() !== '').map((k) => [k, b[k]!.trim()]),
      );
      let outcome: IngestOutcome | null = null;
      // The same pipeline as `sitrep ingest -`: decode, extract, assign the incident, store atomically.
      await ingestPaths(store, [STDIN], { ...meta, ...(b.incident ? { incident: b.incident } : {}), maxBytes: bodyLimit, stdin: Readable.from([Buffer.from(b.text, 'utf8')]) }, (o) => { outcome = o; });
      const o = outcome as IngestOutcome | null;
      if (!o) throw new ApiError(500, 'internal', 'ingest produced no outcome');
      if (o.status === 'refused') throw new ApiError(422, 'refused', `report refused: ${o.reason}`);
      pictures.invalidate(o.incident);
      return { status: o.status, id: o.id, incident: o.incident, claims: o.claims };
    }, { write: true });

    route(docs.moveReport, async (req: FastifyRequest<{ Params: { id: string }; Body: { incident: string; who: string; why?: string } }>) => {
      const report = await store.getReport(req.params.id);
      if (!report) throw notFound(`report ${req.params.id.slice(0, 12)}`);
      const who = req.body.who.trim();
      if (!who) throw badRequest('who must name the reviewer');
      const from = report.incident;
      const to = req.body.incident;
      if (from === to) throw badRequest(`the report is already filed under ${to}`);
      await store.moveReport(report.id, to);
      // Kept in the log of the incident the report left; the reconciler ignores this verb.
      const saved = await store.addReviewAction({ incident: from, target: `report:${report.id}`, action: 'move_report', payload: { from, to }, who, why: req.body.why?.trim() || null });
      pictures.invalidate(from);
      pictures.invalidate(to);
      live.broadcast({ kind: 'reports', incidents: [from, to], at: new Date().toISOString() });
      return saved;
    }, { write: true });

    route(docs.reviews, async (req: FastifyRequest<{ Params: { slug: string }; Querystring: { limit: number; offset: number } }>) => {
      const all = await store.listReviewActions(req.params.slug, { includeUndone: true });
      const { limit, offset } = req.query;
      return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
    });

    route(docs.addReview, async (req: FastifyRequest<{ Params: { slug: string }; Body: ReviewRequest }>) => {
      const picture = await pictureOf(req.params.slug);
      const action = reviewAction(req.params.slug, req.body, picture);
      const saved = await store.addReviewAction(action);
      pictures.invalidate(req.params.slug);
      live.broadcast({ kind: 'reviews', incidents: [req.params.slug], at: new Date().toISOString() });
      return saved;
    }, { write: true });

    route(docs.mergeIncident, async (req: FastifyRequest<{ Params: { slug: string }; Body: { into: string; who: string; why?: string } }>) => {
      const from = req.params.slug;
      const { into } = req.body;
      const who = req.body.who.trim();
      if (!who) throw badRequest('who must name the reviewer');
      if (from === into) throw badRequest('an incident cannot be merged into itself');
      const reports = await store.listReports(from);
      if (reports.length === 0) throw notFound(`incident "${from}"`);
      if ((await store.listReports(into)).length === 0) throw notFound(`incident "${into}"`);
      const ids = reports.map((r) => r.id);
      await store.moveReports(ids, into);
      // Logged where the reports went, as `sitrep incident merge` does: the emptied incident has no page.
      const saved = await store.addReviewAction({ incident: into, target: `incident:${from}`, action: 'merge_incident',
        payload: { from, into, reports: ids }, who, why: req.body.why?.trim() || null });
      pictures.invalidate(from);
      pictures.invalidate(into);
      live.broadcast({ kind: 'reports', incidents: [from, into], at: new Date().toISOString() });
      return saved;
    }, { write: true });

    route(docs.undoReview, async (req: FastifyRequest<{ Params: { id: number } }>) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('body must be an object {who?, why?}');
      const who = optionalText(body.who, 'who', 100) ?? 'anonymous';
      const why = optionalText(body.why, 'why', 2000);
      const action = await store.getReviewAction(req.params.id);
      if (!action) throw notFound(`review action ${req.params.id}`);
      if (action.action === 'move_report' && !action.undoneAt) {
        // Undoing a move puts the report back where it was.
        const reportId = action.target.slice('report:'.length);
        const from = String(action.payload?.from ?? action.incident);
        await store.moveReport(reportId, from);
        pictures.invalidate(String(action.payload?.to ?? ''));
      }
      if (action.action === 'merge_incident' && !action.undoneAt) {
        // Undoing a merge sends the reports it moved back to their incident.
        const from = String(action.payload?.from ?? '');
        const ids = Array.isArray(action.payload?.reports) ? action.payload.reports.map(String) : [];
        // Only those still where the merge put them: a report moved on since stays where it is.
        const into = String(action.payload?.into ?? action.incident);
        const still: string[] = [];
        for (const id of ids) if ((await store.getReport(id))?.incident === into) still.push(id);
        if (from) await store.moveReports(still, from);
        pictures.invalidate(from);
      }
      const undone = await store.undoReviewAction(req.params.id, who, why);
      if (!undone) throw notFound(`review action ${req.params.id}`);
      pictures.invalidate(undone.incident);
      // Pages of the incident a merge emptied fill again.
      const also = undone.action === 'merge_incident' ? [String(undone.payload?.from ?? '')].filter(Boolean) : [];
      live.broadcast({ kind: 'reviews', incidents: [undone.incident, ...also], at: new Date().toISOString() });
      return undone;
    }, { write: true, skipSchema: true });

    api.get(docs.stream.url, (_req, reply) => {
      // Keep the security headers helmet set on the reply; the stream itself bypasses fastify's send.
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) if (typeof v === 'string') headers[k] = v;
      reply.hijack();
      reply.raw.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      live.add(reply.raw);
    });

    registerShareRoutes(api, store);

    const openapi = openApiDocument(VERSION, Boolean(token));
    api.get(docs.openapi.url, async () => openapi);
  });

  return app;
}

export interface ReviewRequest {
  action: 'reject' | 'confirm' | 'override' | 'correct' | 'merge-sources' | 'split-source';
  claimId?: string;
  figure?: { measure: string; group: string };
  low?: number | null;
  best?: number | null;
  high?: number | null;
  value?: { low: number | null; high: number | null; hedge: string };
  measure?: string;
  group?: string;
  /** correct: the right source; split-source: the key of the source a name leaves. */
  source?: { name: string; kind: string } | string;
  into?: string;
  from?: string[];
  name?: string;
  who: string;
  why?: string;
}

/** Checks a review request against the picture and turns it into the store's uninterpreted form. */
export function reviewAction(incident: string, b: ReviewRequest, picture: Picture): NewReviewAction {
  const who = b.who.trim();
  if (!who) throw badRequest('who must name the reviewer');
  const why = b.why?.trim() || null;
  if (b.action === 'override') {
    if (!b.figure) throw badRequest('override needs figure {measure, group}');
    const f = findFigure(picture, b.figure.measure, b.figure.group);
    if (!f) throw notFound(`figure ${b.figure.measure}/${b.figure.group}`);
    const payload: Record<string, number | null> = {};
    for (const k of ['low', 'best', 'high'] as const) if (b[k] !== undefined) payload[k] = b[k]!;
    if (Object.keys(payload).length === 0) throw badRequest('override needs at least one of low, best, high');
    const { low, best, high } = { low: payload.low ?? f.estimate.low, best: payload.best ?? f.estimate.best, high: payload.high ?? f.estimate.high };
    if ((low !== null && best !== null && low > best) || (best !== null && high !== null && best > high) || (low !== null && high !== null && low > high)) {
      throw badRequest('override must keep low ≤ best ≤ high');
    }
    return { incident, target: `figure:${f.measure}/${f.group}`, action: 'override', payload, who, why };
  }
  if (b.action === 'merge-sources' || b.action === 'split-source') return sourceReview(incident, b, picture, who, why);
  if (!b.claimId) throw badRequest(`${b.action} needs claimId`);
  const claim = findClaim(picture, b.claimId);
  if (!claim) throw notFound(`claim ${b.claimId}`);
  if (b.action === 'correct') {
    if (claim !== 'figure') throw badRequest('only figure claims can be corrected');
    const payload: Record<string, unknown> = {};
    if (b.value) {
      const { low, high } = b.value;
      if (low !== null && high !== null && low > high) throw badRequest('value.low must not exceed value.high');
      payload.value = b.value;
    }
    if (b.measure) payload.measure = b.measure;
    if (b.group) payload.group = b.group.trim();
    if (typeof b.source === 'string') throw badRequest('correct needs source as {name, kind}');
    if (b.source) payload.source = { name: b.source.name.trim(), kind: b.source.kind };
    if (Object.keys(payload).length === 0) throw badRequest('correct needs at least one of value, measure, group, source');
    return { incident, target: `claim:${b.claimId}`, action: 'correct', payload, who, why };
  }
  return { incident, target: `claim:${b.claimId}`, action: b.action, payload: null, who, why };
}

/** merge-sources {into, from} and split-source {source, name}, checked against the sources in the picture. */
function sourceReview(incident: string, b: ReviewRequest, picture: Picture, who: string, why: string | null): NewReviewAction {
  const known = (key: string) => {
    const s = picture.sources.find((x) => x.key === key);
    if (!s) throw notFound(`source "${key}" in ${incident}`);
    return s;
  };
  if (b.action === 'merge-sources') {
    if (!b.into || !b.from?.length) throw badRequest('merge-sources needs into (a source key) and from (source keys)');
    known(b.into);
    const from = [...new Set(b.from)];
    if (from.includes(b.into)) throw badRequest('merge-sources: a source cannot be merged into itself');
    // Names as shown at the time, for the audit log: the merged-away keys leave the picture.
    const names = Object.fromEntries([b.into, ...from].map((k) => [k, known(k).name]));
    return { incident, target: `source:${b.into}`, action: 'merge-sources', payload: { into: b.into, from, names }, who, why };
  }
  if (typeof b.source !== 'string' || !b.name?.trim()) throw badRequest('split-source needs source (a source key) and name');
  const s = known(b.source);
  const name = b.name.trim();
  if (name !== s.name && !s.aliases.includes(name)) throw badRequest(`split-source: "${name}" is not a name of ${s.name}`);
  if (s.aliases.length === 0) throw badRequest(`split-source: ${s.name} goes by one name only`);
  return { incident, target: `source:${b.source}`, action: 'split-source', payload: { source: b.source, name, names: { [b.source]: s.name } }, who, why };
}

function findFigure(p: Picture, measure: string, group: string): Figure | undefined {
  return p.figures.find((f) => f.measure === measure && f.group === group);
}

function findClaim(p: Picture, id: string): 'figure' | 'event' | null {
  for (const f of p.figures) if (f.claims.some((c) => c.id === id)) return 'figure';
  for (const e of p.events) if (e.claims.some((c) => c.id === id)) return 'event';
  return null;
}

function optionalText(v: unknown, name: string, max: number): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > max) throw badRequest(`${name} must be a string of at most ${max} characters`);
  return v.trim() || undefined;
}

/** Builds and starts the server; resolves with the address it listens on. */
export async function startServer(options: ServerOptions): Promise<{ app: FastifyInstance; url: string }> {
  const app = buildServer(options);
  const address = await app.listen({ host: options.host ?? DEFAULT_HOST, port: options.port ?? DEFAULT_PORT });
  return { app, url: address };
}
