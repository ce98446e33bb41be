// Request schemas (validated by fastify) and the response shapes, both feeding the OpenAPI document.
// Response schemas are documentation only: fastify would otherwise drop fields the picture adds later.
import { MEASURES, HEDGES, SOURCE_KINDS } from '../extract/types.js';
import { CONTENT_TYPES, EXPORT_FORMATS, EXPORT_ROWS, REPORT_FORMATS } from '../share/formats.js';

type Schema = Record<string, unknown>;

export const SLUG_PATTERN = '^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$';

const slugParam: Schema = {
  type: 'object',
  required: ['slug'],
  properties: { slug: { type: 'string', pattern: SLUG_PATTERN, description: 'incident slug, e.g. jaffar-express-hijacking' } },
};

export const page: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
};

const errorSchema: Schema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', examples: ['not_found', 'bad_request', 'rate_limited'] }, message: { type: 'string' } },
    },
  },
};

const pageOf = (item: Schema): Schema => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: item }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
});

const value: Schema = {
  type: 'object',
  required: ['low', 'high', 'hedge'],
  properties: {
    low: { type: ['number', 'null'], minimum: 0 },
    high: { type: ['number', 'null'], minimum: 0 },
    hedge: { type: 'string', enum: [...HEDGES] },
  },
};

const reviewAction: Schema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, incident: { type: 'string' },
    target: { type: 'string', description: '"claim:<claim id>", "figure:<measure>/<group>", "source:<source key>", "report:<id>" or "incident:<slug>"' },
    action: { type: 'string', enum: ['reject', 'confirm', 'override', 'correct', 'merge-sources', 'split-source', 'move_report', 'merge_incident', 'split_incident', 'rename_incident'] },
    payload: { type: ['object', 'null'] }, who: { type: 'string' }, why: { type: ['string', 'null'] },
    at: { type: 'string', format: 'date-time' }, undoneAt: { type: ['string', 'null'] },
    undoneBy: { type: ['string', 'null'] }, undoneWhy: { type: ['string', 'null'] },
  },
};

const incidentItem: Schema = {
  type: 'object',
  properties: {
    slug: { type: 'string' }, name: { type: 'string' }, place: { type: ['string', 'null'] },
    reports: { type: 'integer' }, claims: { type: 'integer' }, sources: { type: 'integer' }, figures: { type: 'integer' },
    firstPublished: { type: ['string', 'null'] }, lastPublished: { type: ['string', 'null'] },
    changedLastHour: { type: 'integer', description: 'figures moved by reports that entered the store in the last hour' },
    contradictions: { type: 'integer', description: 'conflicts on figures not settled by a reviewer override' },
    failedChecks: { type: 'integer' },
  },
};

const picture: Schema = {
  type: 'object',
  description: 'The reconciled picture (same JSON as `sitrep show --json`).',
  properties: {
    incident: { type: 'string' },
    figures: { type: 'array', items: { type: 'object', properties: { measure: { type: 'string' }, group: { type: 'string' }, claims: { type: 'array' }, latest: { type: 'array' }, estimate: { type: 'object' }, conflicts: { type: 'array' }, history: { type: 'array' } } } },
    events: { type: 'array' }, sources: { type: 'array' }, checks: { type: 'array' }, timeline: { type: 'array' }, reports: { type: 'array' },
  },
};

const reportMeta: Schema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, incident: { type: 'string' }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, seq: { type: 'integer' }, ingestedAt: { type: 'string' },
    origin: { type: 'string' }, extractorVersion: { type: 'string' }, copyOf: { type: ['string', 'null'] },
  },
};

export const newReportBody: Schema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, description: 'the report as pasted (plain text)' },
    incident: { type: 'string', pattern: SLUG_PATTERN, description: 'file under this incident; assigned automatically when absent' },
    outlet: { type: 'string', maxLength: 200 },
    published: { type: 'string', maxLength: 40, description: 'ISO-8601 publish time' },
    url: { type: 'string', maxLength: 2000 },
    title: { type: 'string', maxLength: 500 },
  },
};

export const reviewBody: Schema = {
  type: 'object',
  required: ['action', 'who'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: ['reject', 'confirm', 'override', 'correct', 'merge-sources', 'split-source'] },
    claimId: { type: 'string', maxLength: 200, description: 'reject/confirm/correct: the picture claim id ("80091a564ba7:f4")' },
    figure: {
      type: 'object', required: ['measure', 'group'], additionalProperties: false,
      properties: { measure: { type: 'string', maxLength: 40 }, group: { type: 'string', maxLength: 60 } },
      description: 'override: the figure whose estimate is replaced',
    },
    low: { type: ['number', 'null'], minimum: 0 },
    best: { type: ['number', 'null'], minimum: 0 },
    high: { type: ['number', 'null'], minimum: 0 },
    value: { ...value, additionalProperties: false, description: 'correct: the right value' },
    measure: { type: 'string', enum: [...MEASURES], description: 'correct: the right measure' },
    group: { type: 'string', minLength: 1, maxLength: 60, description: 'correct: the right group' },
    source: {
      anyOf: [
        {
          type: 'object', required: ['name', 'kind'], additionalProperties: false,
          properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, kind: { type: 'string', enum: [...SOURCE_KINDS] } },
        },
        { type: 'string', minLength: 1, maxLength: 200 },
      ],
      description: 'correct: the right source {name, kind}; split-source: the key of the source a name is split from',
    },
    into: { type: 'string', minLength: 1, maxLength: 200, description: 'merge-sources: the key of the source that stays (its name is kept)' },
    from: {
      type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 200 },
      description: 'merge-sources: keys of the sources that are the same speaker as `into`',
    },
    name: { type: 'string', minLength: 1, maxLength: 300, description: 'split-source: the name (the source\'s own or an alias) that is someone else' },
    who: { type: 'string', minLength: 1, maxLength: 100 },
    why: { type: 'string', maxLength: 2000 },
  },
};

export const moveBody: Schema = {
  type: 'object',
  required: ['incident', 'who'],
  additionalProperties: false,
  properties: {
    incident: { type: 'string', pattern: SLUG_PATTERN, description: 'the incident the report belongs to (created on first use)' },
    who: { type: 'string', minLength: 1, maxLength: 100 },
    why: { type: 'string', maxLength: 2000 },
  },
};

export const mergeIncidentBody: Schema = {
  type: 'object',
  required: ['into', 'who'],
  additionalProperties: false,
  properties: {
    into: { type: 'string', pattern: SLUG_PATTERN, description: 'the incident that keeps the reports (it must have reports)' },
    who: { type: 'string', minLength: 1, maxLength: 100 },
    why: { type: 'string', maxLength: 2000 },
  },
};

export const undoBody: Schema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: { who: { type: 'string', minLength: 1, maxLength: 100 }, why: { type: 'string', maxLength: 2000 } },
};

export const reviewIdParam: Schema = {
  type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } },
};

export const reportIdParam: Schema = {
  type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'content hash (sha256 hex)' } },
};

export const claimsQuery: Schema = {
  ...page,
  properties: {
    ...(page.properties as Schema),
    type: { type: 'string', enum: ['figure', 'event'] },
    measure: { type: 'string', maxLength: 40, description: 'only the claims of figures with this measure' },
    group: { type: 'string', maxLength: 60, description: 'only the claims of figures with this group' },
  },
};

const pictureQuery: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    view: {
      type: 'string', enum: ['full', 'summary'], default: 'full',
      description: 'full = as `sitrep show --json`; summary = for the dashboard: long claim, history, timeline and check lists cut to the newest/most relevant, with *Total counts; history and figure timeline entries whose claim was cut carry its time and value (at, value) or report (reportId, outlet, span)',
    },
  },
};

export { slugParam };

/** One documented route: how fastify validates it and what the OpenAPI document says about it. */
export interface RouteDoc {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  params?: Schema;
  querystring?: Schema;
  body?: Schema;
  /** `content` lists several media types (one per format) instead of `contentType`. */
  ok: { status: number; schema: Schema; contentType?: string; content?: Record<string, Schema>; headers?: Record<string, Schema> };
  errors?: number[];
}

export const docs = {
  incidents: { method: 'GET', url: '/api/incidents', summary: 'Incidents with counts, contradictions and recent changes', querystring: page, ok: { status: 200, schema: pageOf(incidentItem) } },
  picture: { method: 'GET', url: '/api/incidents/:slug/picture', summary: 'The reconciled picture of an incident (ETag; If-None-Match answers 304)', params: slugParam, querystring: pictureQuery, ok: { status: 200, schema: picture }, errors: [404] },
  reports: { method: 'GET', url: '/api/incidents/:slug/reports', summary: 'Reports of an incident in publish order (no text)', params: slugParam, querystring: page, ok: { status: 200, schema: pageOf(reportMeta) }, errors: [404] },
  claims: { method: 'GET', url: '/api/incidents/:slug/claims', summary: 'Claims of an incident as the picture treats them (status, resolved source)', params: slugParam, querystring: claimsQuery, ok: { status: 200, schema: pageOf({ type: 'object' }) }, errors: [404] },
  sources: { method: 'GET', url: '/api/incidents/:slug/sources', summary: 'Sources of an incident with kinds and aliases', params: slugParam, querystring: page, ok: { status: 200, schema: pageOf({ type: 'object' }) }, errors: [404] },
  events: { method: 'GET', url: '/api/incidents/:slug/events', summary: 'Events of an incident', params: slugParam, querystring: page, ok: { status: 200, schema: pageOf({ type: 'object' }) }, errors: [404] },
  reviews: { method: 'GET', url: '/api/incidents/:slug/reviews', summary: 'Audit log of review actions, undone ones included', params: slugParam, querystring: page, ok: { status: 200, schema: pageOf(reviewAction) } },
  addReview: {
    method: 'POST', url: '/api/incidents/:slug/reviews', params: slugParam, body: reviewBody, ok: { status: 201, schema: reviewAction }, errors: [400, 404],
    summary: 'Take a review action: reject/confirm/correct a claim, override an estimate, merge sources ({into, from}) or split a name off a source ({source, name})',
  },
  mergeIncident: {
    method: 'POST', url: '/api/incidents/:slug/merge', params: slugParam, body: mergeIncidentBody, ok: { status: 200, schema: reviewAction }, errors: [400, 404],
    summary: 'Merge the incident into another: every report moves to `into`; recorded in the audit log of `into` (merge_incident), undoable',
  },
  undoReview: { method: 'POST', url: '/api/reviews/:id/undo', summary: 'Undo a review action (kept in the log as undone)', params: reviewIdParam, body: undoBody, ok: { status: 200, schema: reviewAction }, errors: [404] },
  moveReport: {
    method: 'POST', url: '/api/reports/:id/move', summary: 'Move a report to another incident (split/merge by hand); recorded in the audit log of the incident it left, undoable',
    params: reportIdParam, body: moveBody, ok: { status: 200, schema: reviewAction }, errors: [400, 404],
  },
  report: { method: 'GET', url: '/api/reports/:id', summary: 'One report: text, metadata and its claims', params: reportIdParam, ok: { status: 200, schema: { type: 'object', properties: { report: { ...reportMeta, properties: { ...(reportMeta.properties as Schema), text: { type: 'string' } } }, claims: { type: 'array' } } } }, errors: [404] },
  addReport: {
    method: 'POST', url: '/api/reports', summary: 'Ingest a pasted report (extracted and filed like `sitrep ingest`)', body: newReportBody,
    ok: { status: 201, schema: { type: 'object', properties: { status: { type: 'string', enum: ['stored', 'unchanged'] }, id: { type: 'string' }, incident: { type: 'string' }, claims: { type: 'integer' } } } },
    errors: [400, 413, 422],
  },
  stream: { method: 'GET', url: '/api/events/stream', summary: 'Server-sent events: "change" whenever reports arrive (any process) or reviews change', ok: { status: 200, schema: { type: 'string' }, contentType: 'text/event-stream' } },
  openapi: { method: 'GET', url: '/api/openapi.json', summary: 'This document', ok: { status: 200, schema: { type: 'object' } } },
} satisfies Record<string, RouteDoc>;

// Situation reports and exports as downloads (src/api/share-routes.ts, the same code as `sitrep report|export`).
const isoTime = (what: string): Schema => ({ type: 'string', maxLength: 40, description: what, examples: ['2025-03-12T12:00:00Z'] });
const sitrepQuery: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: [...REPORT_FORMATS], default: 'md', description: 'md (Markdown), html (standalone page) or pdf (printed by chromium, one at a time)' },
    asOf: isoTime('only reports published at or before this time (ISO-8601); undated reports are left out'),
    since: isoTime('add what changed since the sitrep of this earlier time (ISO-8601)'),
  },
};
const exportQuery: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv', description: 'csv, jsonl (the import format), hxl, events (conflict-event rows) or geojson' },
    what: { type: 'string', enum: [...EXPORT_ROWS], default: 'claims', description: 'csv/jsonl: one row per figure claim, or per figure' },
  },
};
const download = (formats: ReadonlyArray<keyof typeof CONTENT_TYPES>, name: string) => ({
  status: 200,
  schema: { type: 'string' },
  content: Object.fromEntries(formats.map((f) => [CONTENT_TYPES[f].split(';')[0], { schema: { type: 'string', ...(f === 'pdf' ? { format: 'binary' } : {}) } }])),
  headers: { 'Content-Disposition': { description: `attachment; filename="${name}"`, schema: { type: 'string' } } },
});

export const shareDocs = {
  sitrep: {
    method: 'GET', url: '/api/incidents/:slug/report', summary: 'Situation report of an incident as a download (Markdown, HTML or PDF), as of a time',
    params: slugParam, querystring: sitrepQuery, ok: download(REPORT_FORMATS, '<incident>.sitrep[-as-of-<time>].<md|html|pdf>'), errors: [400, 404, 503],
  },
  export: {
    method: 'GET', url: '/api/incidents/:slug/export', summary: 'Export of an incident as a download (CSV, JSON lines, HXL, event rows, GeoJSON; schemas in docs/schemas)',
    params: slugParam, querystring: exportQuery, ok: download(EXPORT_FORMATS, '<incident>.<claims|figures|hxl|events>.<csv|jsonl> or <incident>.geojson'), errors: [400, 404],
  },
  exportAll: {
    method: 'GET', url: '/api/export', summary: 'Export of every incident as one download',
    querystring: exportQuery, ok: download(EXPORT_FORMATS, 'sitrep-all-incidents.<…>'), errors: [400],
  },
} satisfies Record<string, RouteDoc>;

const ERROR_TEXT: Record<number, string> = {
  400: 'bad request', 401: 'missing or wrong access token', 404: 'not found', 413: 'request too large',
  415: 'only application/json bodies are accepted', 422: 'the report was refused (empty, binary, bad metadata…)', 429: 'rate limited',
  503: 'PDF printing is busy or unavailable (chromium missing, time limit); retry later',
};

/** The OpenAPI 3.1 document for the routes above. */
export function openApiDocument(version: string, withToken: boolean): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of [...Object.values(docs), ...Object.values(shareDocs)] as RouteDoc[]) {
    const path = d.url.replace(/:([a-z]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, s] of [['path', d.params], ['query', d.querystring]] as const) {
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s?.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries(props)) {
        parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema });
      }
    }
    const responses: Record<string, unknown> = {
      [String(d.ok.status)]: {
        description: 'ok',
        content: d.ok.content ?? { [d.ok.contentType ?? 'application/json']: { schema: d.ok.schema } },
        ...(d.ok.headers ? { headers: d.ok.headers } : {}),
      },
    };
    for (const code of [...(d.errors ?? []), 429, ...(withToken ? [401] : [])]) {
      responses[String(code)] = { description: ERROR_TEXT[code] ?? 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] ??= {};
    paths[path][d.method.toLowerCase()] = {
      summary: d.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(d.body ? { requestBody: { required: d.method === 'POST' && d.url !== docs.undoReview.url, content: { 'application/json': { schema: d.body } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Incidents, pictures, reports, claims, sources, events, review actions, ingest, situation reports and exports.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: errorSchema },
      ...(withToken ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(withToken ? { security: [{ bearer: [] }] } : {}),
  };
}
